"""The live figures above the keyboard: зн/мин, WPM, accuracy, errors and time."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

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
        for key, caption in (("cpm", self.tr("зн/мин")), ("wpm", self.tr("WPM")),
                             ("accuracy", self.tr("точность")), ("errors", self.tr("ошибки")),
                             ("time", self.tr("время"))):
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
        row.addStretch(1)

    def show_figures(self, cpm: float, wpm: float, accuracy: float, errors: int, time_text: str) -> None:
        self._values["cpm"].setText(fmt_number(cpm))
        self._values["wpm"].setText(fmt_number(wpm))
        self._values["accuracy"].setText(fmt_percent(accuracy, 1))
        self._values["errors"].setText(str(errors))
        self._values["time"].setText(time_text)

    def value(self, key: str) -> str:
        return self._values[key].text()
