"""A cloze question as the learner fills it: the text with its gaps inline — a list to choose
from (drop-down, or radio buttons down or across), boxes to tick several (MULTIRESPONSE), or a field to
type a word or a number."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget,
)

from app.core.quiz import DrawnQuestion

_PLACE = re.compile(r"\{#(\d+)\}")


class ClozeWidget(QWidget):
    submitted = Signal()  # Enter in a typed gap

    def __init__(self, drawn: DrawnQuestion, parent: QWidget | None = None):
        super().__init__(parent)
        self._drawn = drawn
        self._inputs: dict[int, object] = {}  # gap index -> its widget (or button group)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        for line in drawn.question.text.split("\n"):
            row = QHBoxLayout()
            pos = 0
            for m in _PLACE.finditer(line):
                self._label(row, line[pos:m.start()])
                index = int(m[1]) - 1
                if 0 <= index < len(drawn.question.gaps) and index not in self._inputs:
                    row.addWidget(self._gap(index))
                pos = m.end()
            self._label(row, line[pos:])
            row.addStretch(1)
            outer.addLayout(row)

    def _label(self, row: QHBoxLayout, text: str) -> None:
        if text.strip():
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the question's text, never markup
            label.setStyleSheet("font-size: 16px;")
            row.addWidget(label)

    def _gap(self, index: int) -> QWidget:
        gap = self._drawn.question.gaps[index]
        order = self._drawn.gap_orders[index] if index < len(self._drawn.gap_orders) else \
            tuple(range(len(gap.options)))
        if gap.kind == "multichoice" and gap.display == "dropdown":
            combo = QComboBox()
            combo.setAccessibleName(f"gap-{index + 1}")
            combo.addItem("—", None)
            for i in order:
                combo.addItem(gap.options[i].text, i)
            self._inputs[index] = combo
            return combo
        if gap.kind in ("multichoice", "multiresponse"):
            holder = QWidget()
            box = QVBoxLayout(holder) if gap.display == "vertical" else QHBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(holder)
            group.setExclusive(gap.kind == "multichoice")  # multiresponse: several boxes may be ticked
            for i in order:
                button = (QRadioButton if gap.kind == "multichoice" else QCheckBox)(gap.options[i].text)
                group.addButton(button, i)
                box.addWidget(button)
            self._inputs[index] = group
            return holder
        line = QLineEdit()
        line.setAccessibleName(f"gap-{index + 1}")
        line.setFixedWidth(160)
        line.setStyleSheet("font-size: 16px;")
        line.returnPressed.connect(self.submitted)
        self._inputs[index] = line
        return line

    def inputs(self) -> list[object]:
        """The gaps' widgets in gap order (a combo box, a button group or a line edit)."""
        return [self._inputs.get(i) for i in range(len(self._drawn.question.gaps))]

    def answer(self) -> list:
        """One answer per gap, in the core's representation (see app.core.quiz)."""
        out = []
        for widget in self.inputs():
            if isinstance(widget, QComboBox):
                out.append(widget.currentData())
            elif isinstance(widget, QButtonGroup) and not widget.exclusive():
                out.append(sorted(widget.id(b) for b in widget.buttons() if b.isChecked()))
            elif isinstance(widget, QButtonGroup):
                out.append(widget.checkedId() if widget.checkedId() >= 0 else None)
            elif isinstance(widget, QLineEdit):
                out.append(widget.text())
            else:
                out.append(None)
        return out

    def lock(self) -> None:
        """After the answer: nothing changes any more."""
        for widget in self.inputs():
            if isinstance(widget, QButtonGroup):
                for button in widget.buttons():
                    button.setEnabled(False)
            elif widget is not None:
                widget.setEnabled(False)
