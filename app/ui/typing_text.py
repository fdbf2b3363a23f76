"""The drill text: every character coloured by its state, the caret, errors in place.

Speed matters here: a key press changes two characters (the one typed and
the caret's next one), so only their cells are repainted. The wrap layout
is computed once per resize; a key press does constant work.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QKeyEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.drill import CharState
from app.ui import theme

VISIBLE_ROWS = 4
_PENS = {CharState.PENDING: theme.PENDING, CharState.CORRECT: theme.CORRECT,
         CharState.CORRECTED: theme.CORRECTED}
MARGIN = 12


class TypingText(QWidget):
    """Shows a drill's target and states; emits key presses it receives."""

    charTyped = Signal(str)
    backspacePressed = Signal()
    escapePressed = Signal()

    def __init__(self, parent=None, font_size: int = 22, rows: int | None = VISIBLE_ROWS):
        """``rows=None`` shows the whole text (the result screen) instead of following the caret."""
        super().__init__(parent)
        self._fit_all = rows is None
        rows = rows or 1
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
        self._row_start: list[int] = []  # index of each row's first character
        self._top = 0  # first row shown
        self.set_font_size(font_size)

    # -- content -------------------------------------------------------------
    def set_font_size(self, size: int) -> None:
        font = theme.mono_font(size)
        advance = QFontMetricsF(font).horizontalAdvance("Ж")
        self._cw = math.ceil(advance)
        # Whole-pixel cells, and spacing that makes a drawn string advance by exactly one cell
        # per character, so a stretch of text can be drawn in one call.
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, self._cw - advance)
        self.setFont(font)
        fm = QFontMetrics(font)
        self._rh = int(fm.lineSpacing() * 1.6)
        self._baseline = (self._rh - fm.height()) // 2 + fm.ascent()
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
        # One column is kept spare for the space that ends a full row: it stays on that row.
        cols = max(10, (self.width() - 2 * MARGIN) // max(1, self._cw) - 1)
        rows, colsl, starts = [], [], []
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
                if col >= cols and text[k] != " ":  # a word longer than a row is cut
                    row, col = row + 1, 0
                if col == 0:
                    starts.append(k)
                rows.append(row)
                colsl.append(col)
                col += 1
            i = end
        self._row_of, self._col_of, self._row_start = rows, colsl, starts
        if self._fit_all and len(starts) != self._rows_shown:
            self._rows_shown = max(1, len(starts))
            self.setFixedHeight(self._rh * self._rows_shown + 2 * MARGIN)
        self._scroll_to_caret(repaint=False)
        self.update()

    # -- updates from the drill -------------------------------------------------
    def refresh(self, positions: tuple[int, ...], caret: int) -> None:
        """Repaint only ``positions`` (and the caret's cell), scrolling when the caret changes row."""
        self._caret = caret
        # After a scroll the shifted pixels still hold the old row's last cell as it was (with the
        # caret under it), so the changed cells are repainted in either case.
        self._scroll_to_caret(repaint=True)
        for pos in positions:
            rect = self._cell_rect(pos)
            if rect is not None:
                self.update(rect)

    def _scroll_to_caret(self, repaint: bool) -> bool:
        if not self._row_of or self._fit_all:
            self._top = 0
            return False
        row = self._row_of[min(self._caret, len(self._row_of) - 1)]
        top = max(0, row - 1)  # keep one typed row above the caret for context
        if top == self._top:
            return False
        step, self._top = top - self._top, top
        if repaint:
            if step == 1:  # the usual case: shift the pixels up, paint only the new bottom row
                self.scroll(0, -self._rh, QRect(0, MARGIN, self.width(), self._rh * self._rows_shown))
            else:
                self.update()
        return True

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
        # Paint each dirty rectangle alone: the two cells of a key press at a row's end
        # lie on two rows, and their bounding box would cover both rows whole.
        for clip in event.region():
            p.fillRect(clip, self.palette().base())
            if self._text:
                self._paint_rect(p, clip)

    def _paint_rect(self, p: QPainter, clip: QRect) -> None:
        cw, rh = self._cw, self._rh
        first = max(0, (clip.top() - MARGIN) // rh)
        last = min(self._rows_shown - 1, (clip.bottom() - MARGIN) // rh)
        c0 = max(0, (clip.left() - MARGIN) // cw)
        c1 = (clip.right() - MARGIN) // cw
        for shown in range(first, last + 1):
            row = shown + self._top
            if row >= len(self._row_start):
                break
            row_end = self._row_start[row + 1] if row + 1 < len(self._row_start) else len(self._text)
            lo = self._row_start[row] + c0
            hi = min(row_end, self._row_start[row] + c1 + 1)
            if lo < hi:
                self._paint_run(p, lo, hi, MARGIN + shown * rh)

    def _paint_run(self, p: QPainter, lo: int, hi: int, y: int) -> None:
        """Draw text[lo:hi] of one row, one drawText per stretch of equal state."""
        states, text, cw = self._states, self._text, self._cw
        base_x = MARGIN + self._col_of[lo] * cw - lo * cw
        baseline = y + self._baseline
        i = lo
        while i < hi:
            state = states[i]
            j = i + 1
            if state != CharState.ERROR:
                while j < hi and states[j] == state:
                    j += 1
                p.setPen(_PENS[state])
                p.drawText(base_x + i * cw, baseline, text[i:j])
            else:
                p.fillRect(base_x + i * cw, y + 2, cw, self._rh - 4, theme.ERROR_BG)
                p.setPen(theme.ERROR_FG)
                p.drawText(base_x + i * cw, baseline, "·" if text[i] == " " else text[i])  # a wrong space shows
            i = j
        if lo <= self._caret < hi:
            p.fillRect(base_x + self._caret * cw, y + self._rh - 4, cw, 3, theme.CARET)

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
