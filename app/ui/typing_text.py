"""The drill text: every character coloured by its state, the caret, errors in place.

Speed matters here: a key press changes two characters (the one typed and
the caret's next one), so only their cells are repainted. The wrap layout
is computed once per resize; a key press does constant work.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.drill import CharState
from app.ui import theme

VISIBLE_ROWS = 4
MARGIN = 12


class TypingText(QWidget):
    """Shows a drill's target and states; emits key presses it receives."""

    charTyped = Signal(str)
    backspacePressed = Signal()
    escapePressed = Signal()

    def __init__(self, parent=None, font_size: int = 22, rows: int = VISIBLE_ROWS):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._rows_shown = rows
        self._text = ""
        self._states: list[CharState] = []
        self._typed: list[str] = []
        self._caret = 0
        self._row_of: list[int] = []
        self._col_of: list[int] = []
        self._top = 0  # first row shown
        self.set_font_size(font_size)

    # -- content -------------------------------------------------------------
    def set_font_size(self, size: int) -> None:
        self.setFont(theme.mono_font(size))
        fm = QFontMetrics(self.font())
        self._cw = fm.horizontalAdvance("Ж")
        self._rh = int(fm.lineSpacing() * 1.6)
        self._ascent = fm.ascent()
        self.setFixedHeight(self._rh * self._rows_shown + 2 * MARGIN)
        self._relayout()

    def set_drill(self, text: str, states: list[CharState], typed: list[str]) -> None:
        """Show a drill; ``states`` and ``typed`` are the drill's own lists, read live."""
        self._text, self._states, self._typed = text, states, typed
        self._caret = len(typed)
        self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(self._cw * 60 + 2 * MARGIN, self.height())

    def resizeEvent(self, event) -> None:
        self._relayout()
        super().resizeEvent(event)

    def _relayout(self) -> None:
        """Greedy word wrap into rows of whole words."""
        cols = max(10, (self.width() - 2 * MARGIN) // max(1, self._cw))
        rows, colsl = [], []
        row = col = 0
        text = self._text
        i, n = 0, len(text)
        while i < n:
            j = text.find(" ", i)
            end = n if j < 0 else j + 1  # a word with its trailing space
            length = end - i
            if col and col + length - (1 if j >= 0 else 0) > cols:
                row, col = row + 1, 0
            for k in range(i, end):
                if col >= cols:  # a word longer than a row is cut
                    row, col = row + 1, 0
                rows.append(row)
                colsl.append(col)
                col += 1
            i = end
        self._row_of, self._col_of = rows, colsl
        self._scroll_to_caret(repaint=False)
        self.update()

    # -- updates from the drill -------------------------------------------------
    def refresh(self, positions: tuple[int, ...], caret: int) -> None:
        """Repaint only ``positions`` (and the caret's cell), scrolling when the caret changes row."""
        self._caret = caret
        if self._scroll_to_caret(repaint=True):
            return
        for pos in positions:
            rect = self._cell_rect(pos)
            if rect is not None:
                self.update(rect)

    def _scroll_to_caret(self, repaint: bool) -> bool:
        if not self._row_of:
            self._top = 0
            return False
        row = self._row_of[min(self._caret, len(self._row_of) - 1)]
        top = max(0, row - 1)  # keep one typed row above the caret for context
        if top != self._top:
            self._top = top
            if repaint:
                self.update()
            return True
        return False

    def _cell_rect(self, pos: int) -> QRect | None:
        if pos >= len(self._row_of):
            return None
        row = self._row_of[pos] - self._top
        if not 0 <= row < self._rows_shown:
            return None
        return QRect(MARGIN + self._col_of[pos] * self._cw, MARGIN + row * self._rh, self._cw, self._rh)

    # -- painting -------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self)
        clip = event.rect()
        p.fillRect(clip, self.palette().base())
        if not self._text:
            return
        first = max(0, (clip.top() - MARGIN) // self._rh) + self._top
        last = (clip.bottom() - MARGIN) // self._rh + self._top
        start = self._first_index_of_row(first)
        cw, rh, asc = self._cw, self._rh, self._ascent
        baseline_pad = (rh - QFontMetrics(self.font()).height()) // 2 + asc
        n = len(self._text)
        i = start
        while i < n and self._row_of[i] <= last:
            x = MARGIN + self._col_of[i] * cw
            y = MARGIN + (self._row_of[i] - self._top) * rh
            if x + cw >= clip.left() and x <= clip.right():
                self._paint_char(p, i, x, y, baseline_pad)
            i += 1

    def _paint_char(self, p: QPainter, i: int, x: int, y: int, baseline: int) -> None:
        state = self._states[i] if i < len(self._states) else CharState.PENDING
        ch = self._text[i]
        if state == CharState.ERROR:
            p.fillRect(x, y + 2, self._cw, self._rh - 4, theme.ERROR_BG)
            p.setPen(theme.ERROR_FG)
            if ch == " ":
                ch = "·"  # a wrong space must be visible
        elif state == CharState.CORRECTED:
            p.setPen(theme.CORRECTED)
        elif state == CharState.CORRECT:
            p.setPen(theme.CORRECT)
        else:
            p.setPen(theme.PENDING)
        p.drawText(x, y + baseline, ch)
        if i == self._caret:
            p.fillRect(x, y + self._rh - 4, self._cw, 3, theme.CARET)

    def _first_index_of_row(self, row: int) -> int:
        """Binary search: rows are non-decreasing along the text."""
        lo, hi = 0, len(self._row_of)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._row_of[mid] < row:
                lo = mid + 1
            else:
                hi = mid
        return lo

    # -- keys -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            self.backspacePressed.emit()
            return
        if key == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        text = event.text()
        if len(text) == 1 and (text.isprintable() or text == "\u00a0"):
            self.charTyped.emit(text)
            return
        super().keyPressEvent(event)
