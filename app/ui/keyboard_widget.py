"""On-screen keyboard: finger zones in colour, the next key and the Shift it needs lit.

Only keys whose highlight changes are repainted on a key press.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.layouts import Key, Layout, load_layout
from app.ui import theme

UNIT = 50  # pixels per key unit at full size
GAP = 4


class KeyboardWidget(QWidget):
    def __init__(self, layout_id: str = "ru", parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._lit: set[str] = set()
        self._heat: dict[str, QColor] | None = None  # None: finger zones; a dict: heat map
        self._label_font = QFont(theme.UI_FAMILY)
        self.set_layout_id(layout_id)

    def set_layout_id(self, layout_id: str) -> None:
        self._layout: Layout = load_layout(layout_id)
        self.setFixedHeight(int(len(self._layout.rows) * UNIT + 2 * GAP))
        self._place_keys()
        self.update()

    def resizeEvent(self, event) -> None:
        self._place_keys()
        super().resizeEvent(event)

    def _place_keys(self) -> None:
        """Key rectangles for the current width, computed once per resize, not per paint."""
        self._rects = [(key, self._key_rect(key)) for row in self._layout.rows for key in row]
        self._rect_of = {key.code: rect for key, rect in self._rects}
        self._base = None  # the keyboard with nothing lit, drawn once and then copied

    def _base_pixmap(self) -> QPixmap:
        if self._base is None or self._base.size() != self.size() * self.devicePixelRatioF():
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.palette().window().color())
            p = QPainter(pixmap)
            self._prepare(p)
            for key, rect in self._rects:
                self._paint_key(p, key, rect, lit=False)
            p.end()
            self._base = pixmap
        return self._base

    def _prepare(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._label_font.setPixelSize(max(9, int(15 * self._scale())))
        p.setFont(self._label_font)

    @property
    def layout_id(self) -> str:
        return self._layout.id

    def sizeHint(self) -> QSize:
        return QSize(int(self._layout.width * UNIT + 2 * GAP), self.height())

    def _scale(self) -> float:
        return min(1.0, (self.width() - 2 * GAP) / (self._layout.width * UNIT))

    def _key_rect(self, key: Key) -> QRectF:
        s = self._scale() * UNIT
        left = (self.width() - self._layout.width * s) / 2
        return QRectF(left + key.x * s + GAP / 2, GAP + key.row * s + GAP / 2, key.width * s - GAP, s - GAP)

    def show_next(self, ch: str) -> None:
        """Light the key for ``ch`` and, for a capital or a shifted sign, the Shift of the other hand
        (and AltGr for a third-level character of an imported layout)."""
        lit: set[str] = set()
        stroke = self._layout.stroke_for(ch) if ch else None
        if stroke is not None:
            lit.add(stroke.key.code)
            if stroke.shift:
                left_hand = stroke.key.finger.startswith("left")
                lit.add("ShiftRight" if left_hand else "ShiftLeft")
            if stroke.altgr:
                lit.add("AltRight")
        if lit != self._lit:
            for code in self._lit ^ lit:
                rect = self._rect_of.get(code)
                if rect is not None:
                    self.update(rect.toAlignedRect().adjusted(-2, -2, 2, 2))
            self._lit = lit

    def layout_rows(self):
        return self._layout.rows

    def set_heat(self, colours: dict[str, QColor] | None) -> None:
        """Colour keys by code instead of by finger (a heat map); keys without a colour are drawn
        grey, so a key never typed does not look like a finger zone. None restores finger zones."""
        self._heat = None if colours is None else dict(colours)
        self._base = None
        self.update()

    def key_fill(self, code: str) -> QColor:
        """The colour a key is painted with when it is not lit."""
        if self._heat is None:
            return theme.FINGER_COLOURS[self._layout.by_code[code].finger]
        return self._heat.get(code, theme.UNTYPED_KEY)

    def paintEvent(self, event) -> None:
        """Copy the unlit keyboard for the dirty region, then draw the lit keys over it."""
        p = QPainter(self)
        base = self._base_pixmap()
        for r in event.region():
            p.drawPixmap(r, base, QRectF(r.topLeft() * base.devicePixelRatio(),
                                         r.size() * base.devicePixelRatio()).toRect())
        self._prepare(p)
        for code in self._lit:
            rect = self._rect_of.get(code)
            if rect is not None and event.region().intersects(rect.toAlignedRect()):
                self._paint_key(p, self._layout.by_code[code], rect, lit=True)

    def _paint_key(self, p: QPainter, key: Key, rect: QRectF, lit: bool) -> None:
        fill = theme.NEXT_KEY if lit else self.key_fill(key.code)
        p.setPen(QPen(QColor("#37474f") if lit else QColor("#90a4ae"), 2 if lit else 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect, 5, 5)
        p.setPen(QColor("#263238"))
        if key.normal:
            upper = key.shift if key.shift != key.normal.upper() else ""
            # a letter shows its capital, unless it has none of one character (ß → SS)
            label = key.normal.upper() if key.normal.isalpha() and len(key.normal.upper()) == 1 else key.normal
            p.drawText(rect.adjusted(0, 2, 0, 0), Qt.AlignmentFlag.AlignCenter, label)
            if upper:
                p.drawText(rect.adjusted(4, 1, -2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, upper)
        else:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, key.label)
        if key.home_marker:
            cx = rect.center().x()
            p.drawLine(int(cx - 5), int(rect.bottom() - 6), int(cx + 5), int(rect.bottom() - 6))
