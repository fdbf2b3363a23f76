"""The live figures above the keyboard: зн/мин, WPM, accuracy, errors, active time (and time left)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.drill_clock import ClockState, LiveTime
from app.ui.formatting import fmt_number, fmt_percent


def format_time(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class StatBar(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        for key, caption in (("cpm", self.tr("зн/мин")), ("wpm", self.tr("WPM")),
                             ("accuracy", self.tr("точность")), ("errors", self.tr("ошибки")),
                             ("time", self.tr("время")), ("left", self.tr("осталось"))):
            box = QVBoxLayout()
            value = QLabel("—")
            value.setObjectName("statValue")
            value.setStyleSheet("font-size: 22px; font-weight: bold;")
            label = QLabel(caption)
            label.setProperty("role", "muted")
            box.addWidget(value)
            box.addWidget(label)
            row.addLayout(box)
            row.addSpacing(24)
            self._values[key] = value
            self._captions[key] = label
        row.addStretch(1)
        self._state_captions = {
            ClockState.WAITING: self.tr("время: с первого нажатия"),
            ClockState.RUNNING: self.tr("время набора"),
            ClockState.IDLE: self.tr("время стоит: нет нажатий дольше 5 с"),
            ClockState.PAUSED: self.tr("время стоит: пауза"),
        }
        self.show_remaining(None)

    def show_figures(self, cpm: float, wpm: float, accuracy: float, errors: int, clock: LiveTime) -> None:
        """The figures; the time is the active time the result will show, captioned with why it stands."""
        self._values["cpm"].setText(fmt_number(cpm))
        self._values["wpm"].setText(fmt_number(wpm))
        self._values["accuracy"].setText(fmt_percent(accuracy, 1))
        self._values["errors"].setText(str(errors))
        self._values["time"].setText(format_time(clock.seconds))
        caption = self._state_captions[clock.state]
        if self._captions["time"].text() != caption:
            self._captions["time"].setText(caption)

    def show_remaining(self, seconds: float | None) -> None:
        """A timed test's countdown (its limit runs on the drill clock); hidden for other drills."""
        shown = seconds is not None
        self._values["left"].setVisible(shown)
        self._captions["left"].setVisible(shown)
        if shown:
            self._values["left"].setText(format_time(seconds))

    def value(self, key: str) -> str:
        return self._values[key].text()

    def caption(self, key: str) -> str:
        return self._captions[key].text()
