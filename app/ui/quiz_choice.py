"""One answer to choose in a quiz question: a numbered button with the answer in a label beside it.

A label wraps a long answer and shows formatting, which a button does neither of: a long answer on a
button once widened the window past a 1280-pixel screen. Once answered, the row is marked as one band,
✓ and green on a right answer, ✗ and red on a wrong choice, the answers staying in line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QWidget

from app.ui import theme

RIGHT, WRONG = "#c8e6c9", "#ffcdd2"  # light in both schemes: the marked text is dark (theme.MARKED_TEXT)


class Choice(QWidget):
    def __init__(self, button: QAbstractButton, rich: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.button = button
        self.setObjectName("Choice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the band's colour once marked
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        number, plain = button.text(), button.styleSheet()
        widths = []
        for right in (True, False):  # as wide as it will be once marked: the answers stay in line
            self._style_button(right, number)
            widths.append(button.sizeHint().width())
        button.setText(number)
        button.setStyleSheet(plain)
        button.setMinimumWidth(max(widths))
        self.label = QLabel(rich)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 16px;")
        self.label.mousePressEvent = lambda event: button.click()  # as a click on a button's own text
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def mark(self, right: bool) -> None:
        """✓ and green for a right answer, ✗ and red for a wrong one chosen."""
        colour, weight = self._style_button(right, self.button.text())
        self.label.setStyleSheet(f"font-size: 16px; {theme.MARKED_TEXT} {weight}")
        self.setStyleSheet(f"QWidget#Choice {{ background: {colour}; border-radius: {theme.RADIUS - 4}px; }}")

    def _style_button(self, right: bool, number: str) -> tuple[str, str]:
        colour, weight = (RIGHT, "font-weight: bold;") if right else (WRONG, "")
        self.button.setText(("✓ " if right else "✗ ") + number)
        self.button.setStyleSheet(f"font-size: 16px; background: {colour}; {theme.MARKED_TEXT} {weight}")
        return colour, weight
