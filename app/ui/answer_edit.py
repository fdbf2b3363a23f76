"""A text box that underlines grammar findings in place and explains them on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from app.core.grammar.findings import Category, Finding

UNDERLINE = {
    Category.SPELLING: QColor("#d32f2f"),
    Category.GRAMMAR: QColor("#f57c00"),
    Category.PUNCTUATION: QColor("#7b1fa2"),
    Category.TYPOGRAPHY: QColor("#1976d2"),
    Category.STYLE: QColor("#388e3c"),
}
DEBOUNCE_MS = 350


class AnswerEdit(QPlainTextEdit):
    """Emits ``settled`` once typing pauses; shows findings given to :meth:`show_findings`."""

    settled = Signal(str)
    submitted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.settled.emit(self.toPlainText()))
        self.textChanged.connect(self._edited)
        self.setMouseTracking(True)

    def _edited(self) -> None:
        if self.findings:  # stale marks would point at the wrong characters
            self.show_findings([])
        self._timer.start()

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        selections = []
        length = len(self.toPlainText())
        for f in self.findings:
            if f.offset + f.length > length:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(UNDERLINE.get(f.category, QColor("#d32f2f")))
            fmt.setToolTip(f.message)
            sel.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(_utf16(self.toPlainText(), f.offset))
            cursor.setPosition(_utf16(self.toPlainText(), f.offset + max(1, f.length)),
                               QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)

    def finding_at(self, position: int) -> Finding | None:
        """The finding under a code-point position of the text, if any."""
        for f in self.findings:
            if f.offset <= position < f.offset + max(1, f.length):
                return f
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            f = self.finding_at(_code_points(self.toPlainText(), cursor.position()))
            if f is not None:
                QToolTip.showText(event.globalPos(), f.message, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def _utf16(text: str, index: int) -> int:
    """Qt counts UTF-16 units; findings count code points (an emoji is two units, one point)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _code_points(text: str, units: int) -> int:
    count = 0
    for i, ch in enumerate(text):
        count += 2 if ord(ch) > 0xFFFF else 1
        if count > units:
            return i
    return len(text)
