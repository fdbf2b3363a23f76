"""After a drill: the figures against the thresholds, and a replay of the typing.

The replay feeds the stored keystrokes into a fresh core drill at their
recorded pace (as TIPP10 does), so what is shown is exactly what was judged.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from app.core.drill import BACKSPACE, Drill
from app.core.metrics import check_thresholds, words_per_minute
from app.core.sessions import Outcome, SessionKind, SessionSpec
from app.ui import theme
from app.ui.core_texts import say
from app.ui.end_guard import EndGuard
from app.ui.formatting import fmt_number, fmt_percent
from app.ui.result_figures import ResultFigures
from app.ui.stat_bar import format_time
from app.ui.typing_text import TypingText

REPLAY_SPEED = 2.0  # replay twice as fast as typed


class ResultScreen(QWidget):
    again = Signal()
    next_lesson = Signal()
    back = Signal()
    discard = Signal(int)  # attempt id: take this attempt out of every figure
    undo_discard = Signal()

    def __init__(self, font_size: int = 20, parent=None):
        super().__init__(parent)
        self.end_guard = EndGuard(self, clock=lambda: self._clock())
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.grid = QGridLayout()
        # the figures stay next to their names: the room to the right goes to an empty fourth column
        self.grid.setHorizontalSpacing(theme.SPACE_XL * 2)
        self.grid.setColumnStretch(3, 1)
        self.replay_text = TypingText(font_size=font_size, rows=None)
        self.replay_text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller = QScrollArea()
        scroller.setWidget(self.replay_text)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.replay_button = QPushButton(self.tr("Воспроизвести набор"))
        self.again_button = QPushButton(self.tr("Ещё раз (Ctrl+R)"))
        self.next_button = QPushButton(self.tr("Следующий урок (Ctrl+N)"))
        self.back_button = QPushButton(self.tr("К списку"))
        self.discard_button = QPushButton(self.tr("Не засчитывать попытку"))
        self.discard_button.setToolTip(self.tr("Убрать эту попытку из статистики, адаптивной тренировки и "
                                               "сертификатов — например, если набирал не вы или вас прервали."))
        self.undo_button = QPushButton(self.tr("Вернуть попытку"))
        self.discarded_note = QLabel(self.tr("Попытка не засчитана: её нет ни в статистике, ни в адаптивной "
                                             "тренировке, ни в сертификатах."))
        self.discarded_note.setProperty("role", "warning")
        self.discarded_note.setWordWrap(True)  # a long note must not widen the window past 1280 px
        discard_row = QHBoxLayout()
        discard_row.addWidget(self.discarded_note)
        discard_row.addWidget(self.undo_button)
        discard_row.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.again_button, self.next_button, self.replay_button):
            buttons.addWidget(b)
        # A learner still typing when the attempt ends must not press a button: none takes the
        # focus by itself (Tab still reaches them); the screen holds the focus and swallows keys.
        for b in (self.again_button, self.next_button, self.replay_button, self.back_button,
                  self.discard_button, self.undo_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._clock = time.monotonic
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)  # in the row of buttons: a row of its own took the typed text's room
        buttons.addWidget(self.back_button)
        legend = QLabel(self.tr("Зелёным — верно с первого раза, оранжевым — исправлено, "
                                "красным — ошибка, оставленная в тексте."))
        legend.setProperty("role", "muted")
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        self.warning = QLabel()  # orange: the attempt looks typed by something other than a person
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "alert")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.figures = ResultFigures()  # big figures, the chart by seconds, missed keys, the next step
        layout.addWidget(self.figures)
        layout.addLayout(self.grid)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Ваш набор:")))
        layout.addWidget(scroller, 1)
        layout.addWidget(legend)
        layout.addLayout(discard_row)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._replay_step)
        self.replay_button.clicked.connect(self.start_replay)
        self.again_button.clicked.connect(self.again)
        self.next_button.clicked.connect(self.next_lesson)
        self.back_button.clicked.connect(self.back)
        self.discard_button.clicked.connect(lambda: self.discard.emit(self._attempt_id))
        self.undo_button.clicked.connect(self.undo_discard)
        self._attempt_id = 0
        self._next_earned = False
        QShortcut(QKeySequence("Ctrl+R"), self, self._again_unless_just_ended)
        QShortcut(QKeySequence("Ctrl+N"), self, self._next_if_shown)
        self._drill: Drill | None = None
        self._replay: Drill | None = None
        self._step = 0

    def show_outcome(self, spec: SessionSpec, drill: Drill, outcome: Outcome, has_next: bool,
                     attempt_id: int = 0) -> None:
        """``attempt_id`` is the stored attempt (0 when nothing was stored), which the learner may discard."""
        self._timer.stop()
        self._drill = drill
        self._attempt_id = attempt_id
        s, t = outcome.summary, spec.thresholds
        # An adaptive drill is not repeated: the next one is made for the keys this attempt moved.
        self.again_button.setText(self.tr("Новый текст (Ctrl+R)") if spec.kind is SessionKind.ADAPTIVE
                                  else self.tr("Ещё раз (Ctrl+R)"))
        if outcome.passed and outcome.plausibility.flags:  # the warning below says what was seen
            text = self.tr("Порог достигнут, но набор отмечен как неправдоподобный.")
            colour = theme.current().warning
        elif outcome.passed:
            text = self.tr("Пройдено! Скорость и точность не ниже порога.")
            colour = theme.current().success
        elif spec.kind is SessionKind.LESSON and not outcome.completed:
            text = self.tr("Урок прерван: текст набран не до конца.")
            colour = theme.current().error
        else:
            text = self.tr("Пока не пройдено: нужно {cpm} зн/мин при точности {acc}.").format(
                cpm=fmt_number(t.cpm), acc=fmt_percent(t.accuracy))
            colour = theme.current().error
        self.banner.setText(f"<span style='font-size:20px;font-weight:bold;color:{colour}'>{text}</span>"
                            f"<br>{spec.title}")
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        met = check_thresholds(s, t)
        self.figures.show_attempt(s, t, met, drill.log, has_next)
        rows = [
            (self.tr("Скорость, зн/мин"), fmt_number(s.cpm), fmt_number(t.cpm), met.speed),
            (self.tr("Скорость, WPM"), fmt_number(s.wpm, 1), fmt_number(words_per_minute(t.cpm), 1), met.speed),
            (self.tr("Точность"), fmt_percent(s.accuracy, 1), fmt_percent(t.accuracy), met.accuracy),
            (self.tr("Ошибок на знак"), fmt_number(s.errors_per_char, 3), "", None),
            (self.tr("Ошибки / исправления"), f"{s.errors} / {s.backspaces}", "", None),
            (self.tr("Время набора"), format_time(s.seconds), "", None),
        ]
        cons = outcome.plausibility.consistency
        rows.append((self.tr("Стабильность темпа"),
                     fmt_percent(cons) if cons is not None else self.tr("— (меньше 2 с)"),
                     "", None))
        if s.wrong_layout:
            rows.append((self.tr("Нажатий не в той раскладке (не ошибки)"), str(s.wrong_layout), "", None))
        for col, head in enumerate((self.tr("Показатель"), self.tr("Результат"), self.tr("Порог"))):
            label = QLabel(f"<b>{head}</b>")
            self.grid.addWidget(label, 0, col)
        for r, (name, value, need, ok) in enumerate(rows, start=1):
            mark = "" if ok is None else (" ✓" if ok else " ✗")
            self.grid.addWidget(QLabel(name), r, 0)
            value_label = QLabel(value + mark)
            if ok is not None:
                value_label.setStyleSheet(f"color: {theme.current().success if ok else theme.current().error}; font-weight: bold;")
            self.grid.addWidget(value_label, r, 1)
            self.grid.addWidget(QLabel(need), r, 2)
        flags = outcome.plausibility.flags
        if flags:
            seen = "; ".join(say(f.detail) for f in flags)
            self.warning.setText(self.tr("Набор выглядит неправдоподобно: {0}. Эта попытка не будет "
                                         "засчитана для сертификата.").format(seen))
        self.warning.setVisible(bool(flags))
        self.replay_text.set_drill(drill.target, drill.states, drill.typed)
        self._next_earned = has_next and outcome.passed
        self.show_discarded(False)
        self.end_guard.arm()

    def show_discarded(self, discarded: bool) -> None:
        """After a discard: say so and offer to undo it; before: offer the discard."""
        self.discard_button.setVisible(not discarded and self._attempt_id > 0)
        self.next_button.setVisible(self._next_earned and not discarded)  # a discarded pass opens nothing
        self.discarded_note.setVisible(discarded)
        self.undo_button.setVisible(discarded)

    def _just_ended(self) -> bool:
        return self.end_guard.active()

    def event(self, event) -> bool:
        """Swallow every key (shortcuts and Tab included) in the grace period after the end."""
        return self.end_guard.swallows(event) or super().event(event)

    def keyPressEvent(self, event) -> None:
        """Space, Enter and letters on the screen itself do nothing: only a chosen button or shortcut acts."""
        event.accept()

    def _again_unless_just_ended(self) -> None:
        if not self._just_ended():
            self.again.emit()

    def _next_if_shown(self) -> None:
        if self.next_button.isVisible() and not self._just_ended():
            self.next_lesson.emit()

    # -- replay ---------------------------------------------------------------------
    def start_replay(self) -> None:
        drill = self._drill
        if drill is None or not drill.log:
            return
        self._replay = Drill(drill.target, drill.layout_id, drill.mode, drill.policy)
        self._step = 0
        self.replay_text.set_drill(drill.target, self._replay.states, self._replay.typed)
        self._timer.start(0)

    def _replay_step(self) -> None:
        replay, log = self._replay, self._drill.log
        stroke = log[self._step]
        if stroke.typed == BACKSPACE:
            result = replay.backspace(stroke.t)
        else:
            result = replay.type_char(stroke.typed, stroke.t)
        if result is not None:
            self.replay_text.refresh(result.changed, replay.position)
        self._step += 1
        if self._step < len(log):
            gap = max(0.0, min(1.0, log[self._step].t - stroke.t))
            self._timer.start(int(gap * 1000 / REPLAY_SPEED))
        else:
            self.replay_text.set_drill(self._drill.target, self._drill.states, self._drill.typed)
