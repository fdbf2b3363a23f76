"""A text box that underlines grammar findings in place and explains them on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from app.core.grammar.findings import Category, Finding
from app.core.grammar.spelling.not_errors import normal
from app.ui.core_texts import say_finding

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
    addWordRequested = Signal(str)  # «Добавить в словарь» on a spelling underline: the word as written

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
            fmt.setToolTip(say_finding(f.message, f.rule_id))
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

    def misspelt_word_at(self, position: int) -> str:
        """The word under a spelling underline at a code-point position, or ""."""
        f = self.finding_at(position)
        if f is None or f.category != Category.SPELLING:
            return ""
        return self.toPlainText()[f.offset:f.offset + f.length]

    def forget_word(self, word: str) -> None:
        """Take the spelling underlines off ``word`` at once, before the re-check confirms it."""
        text, key = self.toPlainText(), normal(word)
        self.show_findings([f for f in self.findings if f.category != Category.SPELLING
                            or normal(text[f.offset:f.offset + f.length]) != key])

    def context_menu(self, pos) -> QMenu:
        """The editing menu at viewport point ``pos``, led by «Добавить … в словарь» on a spelling underline."""
        menu = self.createStandardContextMenu(pos)
        word = self.misspelt_word_at(_code_points(self.toPlainText(), self.cursorForPosition(pos).position()))
        if word:
            first = menu.actions()[0] if menu.actions() else None
            action = menu.addAction(self.tr("Добавить «{word}» в словарь").format(word=word))
            action.triggered.connect(lambda _=False, w=word: self.addWordRequested.emit(w))
            menu.insertAction(first, action)
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            f = self.finding_at(_code_points(self.toPlainText(), cursor.position()))
            if f is not None:
                QToolTip.showText(event.globalPos(), say_finding(f.message, f.rule_id), self)
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
