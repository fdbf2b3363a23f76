"""A chat transcript drawn as a messenger does: the customer's bubbles on the left, the operator's
on the right, each with its sender and time, and a «печатает…» line while the other side writes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui import theme

BUBBLE_SHARE = 0.75  # of the transcript's width: long messages wrap, short ones stay short


class Bubble(QFrame):
    def __init__(self, who: str, text: str, stamp: str, mine: bool):
        super().__init__()
        self.setObjectName("BubbleMine" if mine else "BubbleTheirs")
        box = QVBoxLayout(self)
        box.setContentsMargins(theme.SPACE_M, theme.SPACE_S, theme.SPACE_M, theme.SPACE_S)
        box.setSpacing(2)
        self.meta = QLabel(f"{who} · {stamp}")
        self.meta.setProperty("role", "meta")
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.meta, 0, Qt.AlignmentFlag.AlignRight if mine else Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.text)
        self._natural = max(self.text.fontMetrics().horizontalAdvance(line) for line in text.split("\n")) + 2

    def fit(self, width: int) -> None:
        """At most ``width`` wide; a short message on one line (a wrapped label alone would pick a narrow
        column and break even a short sentence)."""
        self.setMaximumWidth(width)
        self.text.setMinimumWidth(min(self._natural, width - 2 * theme.SPACE_M))


class ChatTranscript(QScrollArea):
    """The messages of one conversation, newest at the bottom and kept in view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Transcript")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("TranscriptInner")
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(theme.SPACE_M, theme.SPACE_M, theme.SPACE_M, theme.SPACE_M)
        self._column.setSpacing(theme.SPACE_S)
        self._column.addStretch(1)  # messages gather at the bottom, as in a messenger
        self.typing = QLabel()
        self.typing.setProperty("role", "muted")
        self.typing.hide()
        self._column.addWidget(self.typing)
        self.setWidget(inner)
        self._lines: list[str] = []
        self._bubbles: list[Bubble] = []
        self.verticalScrollBar().rangeChanged.connect(lambda _lo, hi: self.verticalScrollBar().setValue(hi))

    def clear(self) -> None:
        while self._column.count() > 2:  # the stretch and the typing line stay
            item = self._column.takeAt(1)
            item.widget().deleteLater()
        self._lines.clear()
        self._bubbles.clear()
        self.set_typing("")

    def add(self, who: str, text: str, mine: bool, when: datetime | None = None) -> Bubble:
        bubble = Bubble(who, text, (when or datetime.now()).strftime("%H:%M"), mine)
        bubble.fit(self._bubble_width())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if mine:
            row.addStretch(1)
        row.addWidget(bubble)
        if not mine:
            row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self._column.insertWidget(self._column.count() - 1, holder)
        self._bubbles.append(bubble)
        self._lines.append(f"{who}: {text}")
        return bubble

    def note(self, text: str) -> None:
        """A line across the conversation (the chat is over …)."""
        label = QLabel(text)
        label.setProperty("role", "muted")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self._column.insertWidget(self._column.count() - 1, label)
        self._lines.append(text)

    def set_typing(self, text: str) -> None:
        """«Клиент печатает…» under the last message; empty hides it."""
        self.typing.setText(text)
        self.typing.setVisible(bool(text))

    def toPlainText(self) -> str:
        return "\n".join(self._lines)

    def _bubble_width(self) -> int:
        return max(240, int(self.viewport().width() * BUBBLE_SHARE))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = self._bubble_width()
        for bubble in self._bubbles:
            bubble.fit(width)
