"""The drill: the text, live figures, the on-screen keyboard, pause and restart.

Per key, this screen asks the core drill what happened and repaints only
what changed; the figures refresh on a 4 Hz timer, not per key.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.core.drill import Drill
from app.core.metrics import accuracy, chars_per_minute, words_per_minute
from app.core.records import TypingRecord
from app.core.sessions import Outcome, SessionSpec, judge_session
from app.core.timed import time_is_up
from app.core.vocabulary import ErrorMode
from app.storage.errors import SaveError
from app.ui.context import AppContext
from app.core.layouts import load_layout
from app.ui.keyboard_widget import KeyboardWidget
from app.ui.stat_bar import StatBar
from app.ui.typing_text import TypingText
from app.ui.core_texts import say_error


class DrillScreen(QWidget):
    finished = Signal(object, object, object, int)  # spec, drill, outcome, attempt id
    leave = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.spec: SessionSpec | None = None
        self.drill: Drill | None = None
        self._started_at = ""
        self._clock = time.monotonic

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setProperty("role", "warning")
        self.hint.setStyleSheet("font-size: 16px;")
        self.text = TypingText(font_size=ctx.preferences.font_size)
        self.stats = StatBar()
        self.keyboard = KeyboardWidget("ru")
        self.pause_button = QPushButton(self.tr("Пауза (Esc)"))
        self.restart_button = QPushButton(self.tr("Заново (Ctrl+R)"))
        self.exit_button = QPushButton(self.tr("Выйти"))
        for b in (self.pause_button, self.restart_button, self.exit_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.exit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addWidget(self.stats)
        layout.addSpacing(12)
        layout.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self.text.charTyped.connect(self._on_char)
        self.text.backspacePressed.connect(self._on_backspace)
        self.text.escapePressed.connect(self.toggle_pause)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.restart_button.clicked.connect(self.restart)
        self.exit_button.clicked.connect(self._leave_button)
        QShortcut(QKeySequence("Ctrl+R"), self, self.restart)
        ctx.preferencesChanged.connect(lambda: self.text.set_font_size(ctx.preferences.font_size))

    # -- starting -----------------------------------------------------------------
    def start(self, spec: SessionSpec) -> None:
        self.spec = spec
        prefs = self.ctx.preferences
        self.drill = Drill(spec.text, spec.layout, prefs.error_mode, prefs.typography)
        self._started_at = ""
        self.title.setText(spec.title)
        self.hint.clear()
        self.text.set_drill(spec.text, self.drill.states, self.drill.typed)
        # a course whose keyboard is not known (a KTouch course without its layout file) is typed without one
        self.keyboard.setVisible(prefs.show_keyboard and load_layout(spec.layout).drawn)
        self._show_next_key()
        self._tick()
        self._ticker.start()
        self.pause_button.setText(self.tr("Пауза (Esc)"))
        self.text.setFocus()

    def restart(self) -> None:
        if self.spec is not None:
            self.start(self.spec)

    # -- keys ---------------------------------------------------------------------
    def _on_char(self, ch: str) -> None:
        drill = self.drill
        if drill is None:
            return
        if not drill.started:
            self._started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        now = self._clock()
        if time_is_up(self.spec.time_limit, drill.started, drill.elapsed(now)):
            self._tick()  # time is up: this key comes too late
            return
        result = drill.type_char(ch, now)
        if result is None:
            return
        if result.keystroke.wrong_layout:
            self.hint.setText(self._layout_hint(drill.layout_for(drill.expected)))
            return
        self.text.refresh(result.changed, drill.position)
        self._show_next_key()
        if result.finished:
            self._finish()
        else:
            self._show_error_hint()

    def _on_backspace(self) -> None:
        if self.drill is None:
            return
        result = self.drill.backspace(self._clock())
        if result is not None:
            self.text.refresh(result.changed, self.drill.position)
            self._show_next_key()
            self._show_error_hint()

    def _show_error_hint(self) -> None:
        """In "correct" mode, say that an error stands and how to clear it; else clear the hint."""
        drill = self.drill
        if drill.mode is not ErrorMode.CORRECT or not drill.errors_standing:
            text = ""
        elif drill.position >= len(drill.target):
            text = self.tr("Текст набран, но ошибки остались: сотрите их клавишей Backspace и наберите верно.")
        else:
            text = self.tr("Ошибка: сотрите её клавишей Backspace и наберите верный знак.")
        if self.hint.text() != text:
            self.hint.setText(text)

    def _layout_hint(self, layout_id: str) -> str:
        if layout_id == "ru":
            return self.tr("Переключите раскладку на русскую: вы печатаете латиницей.")
        if layout_id == "en":
            return self.tr("Переключите раскладку на английскую: здесь нужна латиница.")
        title = load_layout(layout_id).title  # a keyboard a pack brought (Dvorak, German, Ukrainian…)
        return self.tr("Переключите раскладку клавиатуры на «{title}»: вы печатаете в другой.").format(title=title)

    def _show_next_key(self) -> None:
        drill = self.drill
        ch = drill.expected
        wanted = drill.layout_for(ch)
        if wanted != self.keyboard.layout_id:
            self.keyboard.set_layout_id(wanted)
        self.keyboard.show_next(ch)

    # -- clock, pause, finish ---------------------------------------------------------
    def toggle_pause(self) -> None:
        drill = self.drill
        if drill is None or drill.finished:
            return
        now = self._clock()
        if drill.paused:
            drill.resume(now)
            self.hint.clear()
            self.pause_button.setText(self.tr("Пауза (Esc)"))
        elif drill.started:
            drill.pause(now)
            self.hint.setText(self.tr("Пауза. Нажмите Esc, чтобы продолжить."))
            self.pause_button.setText(self.tr("Продолжить (Esc)"))
        self._tick()
        self.text.setFocus()

    def _tick(self) -> None:
        drill, spec = self.drill, self.spec
        if drill is None:
            return
        now = self._clock()
        elapsed = drill.elapsed(now)
        if spec.time_limit is not None:
            if time_is_up(spec.time_limit, drill.started, elapsed) and not drill.finished:
                drill.finish_now()
                self._finish()
                return
            self.stats.show_remaining(spec.time_limit - elapsed)
        else:
            self.stats.show_remaining(None)
        cpm = chars_per_minute(drill.live_correct, drill.live_seconds)
        self.stats.show_figures(cpm, words_per_minute(cpm), accuracy(drill.live_correct, drill.live_errors),
                                drill.live_errors, drill.live_time(now))

    def _finish(self) -> None:
        """Judge, commit the attempt, and only then hand over to the result screen."""
        self._ticker.stop()
        drill, spec = self.drill, self.spec
        outcome = judge_session(spec, drill)
        attempt_id = self._save(outcome)
        if attempt_id is None:  # the learner gave up saving: back to where the drill began
            self._exit()
            return
        self.finished.emit(spec, drill, outcome, attempt_id)

    def _save(self, outcome: Outcome) -> int | None:
        ctx, drill, spec = self.ctx, self.drill, self.spec
        if ctx.profile is None:
            return 0
        while True:
            try:
                attempt_id = ctx.store.attempts.save_typing(
                    ctx.profile.id, kind=spec.kind.value, pack_id=spec.pack_id,
                    exercise_id=spec.exercise_id, layout=spec.layout, mode=drill.mode.value,
                    text=spec.text, started_at=self._started_at, keystrokes=drill.log, passed=outcome.passed,
                    record=TypingRecord(summary=outcome.summary.to_dict(), completed=outcome.completed,
                                        title=spec.title, time_limit=spec.time_limit,
                                        typography=drill.policy.to_dict(),
                                        plausibility=outcome.plausibility.to_dict()),
                )
            except SaveError as exc:
                again = QMessageBox.warning(
                    self, self.tr("Попытка не сохранена"), say_error(exc),
                    QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Discard,
                    QMessageBox.StandardButton.Retry)
                if again == QMessageBox.StandardButton.Retry:
                    continue
                return None
            ctx.attemptSaved.emit(attempt_id)
            return attempt_id

    @property
    def in_progress(self) -> bool:
        return self.drill is not None and self.drill.in_progress

    def confirm_leave(self) -> bool:
        """Ask before an attempt under way is thrown away; the clock stands while the question is open."""
        if not self.in_progress:
            return True
        was_paused = self.drill.paused
        if not was_paused:
            self.toggle_pause()
        answer = QMessageBox.question(
            self, self.tr("Выйти из упражнения?"),
            self.tr("Упражнение не закончено. Если выйти сейчас, набранное не сохранится и попытка не "
                    "засчитается. Выйти?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.abandon()
            return True
        if not was_paused:
            self.toggle_pause()
        return False

    def abandon(self) -> None:
        """Drop the attempt under way without saving it."""
        self._ticker.stop()
        self.drill = None

    def _leave_button(self) -> None:
        if self.confirm_leave():
            self._exit()

    def _exit(self) -> None:
        self.abandon()
        self.leave.emit()
