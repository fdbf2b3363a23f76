"""Colours and fonts shared by the screens."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.core.paths import ASSETS

MONO_FAMILY = "DejaVu Sans Mono"
UI_FAMILY = "DejaVu Sans"

PENDING = QColor("#5f6368")
CORRECT = QColor("#1b5e20")
ERROR_BG = QColor("#ffcdd2")
ERROR_FG = QColor("#b71c1c")
CORRECTED = QColor("#e65100")
CARET = QColor("#1565c0")
NEXT_KEY = QColor("#ffd54f")
UNTYPED_KEY = QColor("#e6e9eb")  # heat map: a key with no presses yet

# Finger zones, light enough to read a key label on.
FINGER_COLOURS = {
    "left_pinky": QColor("#f8bbd0"),
    "left_ring": QColor("#e1bee7"),
    "left_middle": QColor("#bbdefb"),
    "left_index": QColor("#c8e6c9"),
    "right_index": QColor("#dcedc8"),
    "right_middle": QColor("#b3e5fc"),
    "right_ring": QColor("#d1c4e9"),
    "right_pinky": QColor("#ffe0b2"),
    "thumb": QColor("#eeeeee"),
}


def load_fonts() -> None:
    """Register the bundled fonts, so Cyrillic shows on a machine with no fonts at all."""
    for path in sorted((ASSETS / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def mono_font(size: int) -> QFont:
    font = QFont(MONO_FAMILY)
    font.setPixelSize(size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
