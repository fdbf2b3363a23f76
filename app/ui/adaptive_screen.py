"""«Адаптивная тренировка»: the per-key model on a keyboard, the focus keys and why, and a drill
text made for them. The model is read and the text made on a worker thread."""

from __future__ import annotations

import random
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core import adaptive
from app.core.adaptive import MAX_ERROR_RATE, MIN_SAMPLES, TARGET_MS, TARGET_WPM, FocusReason
from app.core.layouts import load_layout
from app.core.sessions import SessionKind, build_session
from app.core.paths import ASSETS
from app.storage.store import open_reader
from app.ui import theme
from app.ui.keyboard_widget import KeyboardWidget
from app.ui.refresh_when_shown import RefreshWhenShown
from app.ui.workers import Worker
from app.ui.formatting import fmt_percent
from app.ui.core_texts import say, say_error

CONFIDENT, LEARNING, FOCUS = QColor("#b9dfb9"), QColor("#fff1b8"), QColor("#ffb74d")


@cache
def _words(layout: str) -> tuple[str, ...]:
    return tuple(adaptive.load_words((ASSETS / "wordlists" / f"{layout}.txt").read_text(encoding="utf-8")))


def _prepare(path, profile_id: int, layout: str, seed: int):
    """On the worker: the learner's recent keystrokes → model → plan → drill text."""
    with open_reader(path) as reader:
        history = reader.attempts.recent_typing_keystrokes(profile_id, layout)
    lesson = adaptive.plan(adaptive.KeyModel.from_attempts(layout, history))
    return lesson, adaptive.generate_text(lesson, _words(layout), random.Random(seed))


class AdaptiveScreen(QWidget):
    start = Signal(object)  # SessionSpec

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.lesson = self.drill_text = None
        self._start_when_ready = False
        self.worker = Worker(self)
        intro = QLabel(self.tr(
            "Тренажёр следит за каждой клавишей: сколько времени уходит на "
            "нажатие и как часто в нём ошибка. Новая буква добавляется, когда все прежние набираются "
            "со скоростью от {wpm} слов в минуту (не дольше {ms} мс на знак) и с ошибками не больше {err}. "
            "Текст собран из настоящих слов; клавиши в фокусе встречаются в нём чаще.").format(
                wpm=TARGET_WPM, ms=round(TARGET_MS), err=fmt_percent(MAX_ERROR_RATE * 100)))
        intro.setWordWrap(True)
        self.layout_box = QComboBox()
        for layout_id in adaptive.LETTER_ORDER:
            self.layout_box.addItem(say(load_layout(layout_id).title), layout_id)
        self.layout_box.currentIndexChanged.connect(self.refresh)
        self.keyboard = KeyboardWidget()
        legend = QLabel(self.tr("Зелёные — клавиши, которые уже набираются быстро и точно; жёлтые — ещё "
                                "набирают скорость или точность; оранжевые — в фокусе; серые — ещё не в игре."))
        legend.setWordWrap(True)
        self.letters = QLabel()
        self.letters.setWordWrap(True)
        self.focus = QLabel()
        self.focus.setWordWrap(True)
        self.focus.setTextFormat(Qt.TextFormat.RichText)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        # the theme's framed text panel (a white background of its own left light text on white in the dark scheme)
        self.preview.setProperty("role", "task")
        self.preview.setFont(theme.mono_font(16))
        self.go = QPushButton(self.tr("Начать (Enter)"))
        self.go.setDefault(True)
        self.another = QPushButton(self.tr("Другой текст (Ctrl+N)"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Раскладка:")))
        row.addWidget(self.layout_box)
        row.addStretch(1)
        row.addWidget(self.another)
        row.addWidget(self.go)
        box = QVBoxLayout(self)
        for w in (intro, self.keyboard, legend, self.letters, self.focus, self.preview):
            box.addWidget(w)
        box.addLayout(row)
        box.addStretch(1)
        self.go.clicked.connect(self.begin)
        self.another.clicked.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+N"), self, self.refresh)
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self, self.begin)
        self.when_shown = RefreshWhenShown(self, self.refresh)  # new keystrokes or another profile
        ctx.attemptSaved.connect(self.when_shown.changed)
        ctx.profileChanged.connect(self.when_shown.changed)
        self._set_busy(True)

    def refresh(self, *_args) -> None:
        """Read the model again and make a new text (after an attempt, on request, on a new layout)."""
        self._set_busy(True)
        path, profile_id, layout = self.ctx.store.path, self.ctx.profile.id, self.layout_box.currentData()
        seed = random.randrange(1 << 30)
        self.worker.submit(lambda: _prepare(path, profile_id, layout, seed), self._show, self._failed)

    def next_drill(self) -> None:
        """A fresh drill straight away, for «Ещё раз» after an adaptive attempt."""
        self._start_when_ready = True
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.go.setEnabled(not busy)
        self.another.setEnabled(not busy)
        if busy:
            self.preview.setText(self.tr("Подбираем текст…"))

    def _failed(self, exc: Exception) -> None:
        self._start_when_ready = False
        self.preview.setText(self.tr("Не удалось подобрать текст: {error}").format(error=say_error(exc)))
        self.another.setEnabled(True)

    def _show(self, result) -> None:
        self.lesson, self.drill_text = result
        self.when_shown.stale = False
        lesson = self.lesson
        self.keyboard.set_layout_id(lesson.layout)
        code_of = {k.normal: k.code for row in self.keyboard.layout_rows() for k in row if k.normal}
        colours = {}
        for letter in lesson.letters:
            state = lesson.states[letter]
            colours[code_of[letter]] = (FOCUS if letter in lesson.focus_keys
                                        else CONFIDENT if state.confident else LEARNING)
        self.keyboard.set_heat(colours)
        total = len(adaptive.LETTER_ORDER[lesson.layout])
        self.letters.setText(self.tr("Буквы в игре ({n} из {total}): {letters}").format(
            n=len(lesson.letters), total=total, letters=" ".join(lesson.letters)))
        self.focus.setText(self._focus_html())
        self.preview.setText(self.drill_text.text)
        self._set_busy(False)
        if self._start_when_ready:
            self._start_when_ready = False
            self.begin()

    def _focus_html(self) -> str:
        lesson = self.lesson
        if lesson.all_done:
            return self.tr("Все буквы раскладки набираются быстро и точно. Текст — из всех букв; "
                           "держите темп или переходите к тесту на время.")
        lines = [self.tr("<b>В фокусе:</b>")]
        for f in lesson.focus:
            lines.append(f"«{f.key}» — {self._reason(f)}")
        if self.drill_text.pseudo_words:
            lines.append(self.tr("Настоящих слов с этими буквами мало, поэтому в тексте есть "
                                 "придуманные сочетания: {words}.").format(words=", ".join(self.drill_text.pseudo_words)))
        return "<br>".join(lines)

    def _reason(self, focus) -> str:
        s = focus.state
        ms = round(s.ms) if s.ms is not None else 0
        err = round(s.error_rate * 100)
        target, limit = round(TARGET_MS), round(MAX_ERROR_RATE * 100)
        if focus.reason is FocusReason.NEW:
            return self.tr("новая буква: все прежние уже набираются быстро и точно.")
        if focus.reason is FocusReason.FEW_SAMPLES:
            return self.tr("пока мало данных: {n} нажатий из {need} нужных.").format(n=s.samples, need=MIN_SAMPLES)
        if focus.reason is FocusReason.SLOW:
            return self.tr("{ms} мс на знак, а цель — не дольше {target} мс.").format(ms=ms, target=target)
        if focus.reason is FocusReason.ERRORS:
            return self.tr("ошибки в {err} нажатий, а допустимо не больше {limit}.").format(
                err=fmt_percent(err), limit=fmt_percent(limit))
        return self.tr("{ms} мс на знак (цель — {target} мс) и ошибки в {err} нажатий (допустимо {limit}).").format(
            ms=ms, target=target, err=fmt_percent(err), limit=fmt_percent(limit))

    def begin(self) -> None:
        if self.drill_text is None or not self.go.isEnabled():
            return
        lesson = self.lesson
        keys = ", ".join(f"«{k}»" for k in lesson.focus_keys)
        title = (self.tr("Адаптивная тренировка: фокус {keys}").format(keys=keys) if keys
                 else self.tr("Адаптивная тренировка"))
        self.start.emit(build_session(SessionKind.ADAPTIVE, title, self.drill_text.text, lesson.layout,
                                      self.ctx.preferences, exercise_id="adaptive"))
