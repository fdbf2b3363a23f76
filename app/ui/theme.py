"""The design system: palette (light and dark), type scale, spacing, corner radius, one stylesheet.

Screens do not style widgets one by one: they give a widget an object name or a ``role`` property
(see :func:`stylesheet`) and the application-wide stylesheet does the rest, so every section looks
the same and follows the system's colour scheme.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from app.core.paths import ASSETS

MONO_FAMILY = "DejaVu Sans Mono"
UI_FAMILY = "DejaVu Sans"
UI_FONT_FILE = "DejaVuSans.ttf"  # the regular face of UI_FAMILY, in assets/fonts

# Set on an application created with Qt's own ``-style Fusion`` option (see application.run), so
# apply() need not ask for the style: wrapping a QStyle in Python costs start-up time.
FUSION_AT_START = "fusionAtStart"

# Type scale, in pixels.
FONT_SMALL = 12
FONT_BODY = 14
FONT_LARGE = 16
FONT_HEADING = 18
FONT_TITLE = 24
FONT_FIGURE = 30

# Spacing steps and the one corner radius.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 20, 28
RADIUS = 8
# text on the light green and red of marked quiz answers, in both schemes (light text would not be read)
MARKED_TEXT = "color: #1f2933;"
PAGE_MARGINS = (SPACE_XL, SPACE_L, SPACE_XL, SPACE_L)  # left, top, right, bottom
NAV_WIDTH = 235
# a check box's tick, white on the accent colour (Fusion's own indicators vanish on a dark page)
CHECK_MARK = (ASSETS / "icons" / "check.png").as_posix()


class Palette(NamedTuple):  # not a dataclass: importing dataclasses would delay the first frame
    window: str
    surface: str      # cards, inputs, lists
    surface_alt: str  # hover, alternate rows, the other side of the chat
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    accent_soft: str  # selection and the operator's chat bubbles
    success: str
    error: str
    warning: str


LIGHT = Palette(window="#f4f6f8", surface="#ffffff", surface_alt="#eef1f4", text="#1f2933", muted="#5f6b7a",
                border="#d5dbe1", accent="#2563eb", accent_text="#ffffff", accent_soft="#dbe7fd",
                success="#2e7d32", error="#c62828", warning="#b45309")
DARK = Palette(window="#16191d", surface="#1f2329", surface_alt="#2a3038", text="#e6e9ed", muted="#9aa5b1",
               border="#38404a", accent="#5b8def", accent_text="#0d1117", accent_soft="#23395f",
               success="#66bb6a", error="#ef6b6b", warning="#f0a35c")

# Colours of the typing text. Widgets keep references to these objects, so switching the scheme
# changes them in place (see set_typing_colours) rather than rebinding the names.
PENDING = QColor("#5f6368")
CORRECT = QColor("#1b5e20")
ERROR_BG = QColor("#ffcdd2")
ERROR_FG = QColor("#b71c1c")
CORRECTED = QColor("#e65100")
CARET = QColor("#1565c0")
NEXT_KEY = QColor("#ffd54f")
UNTYPED_KEY = QColor("#e6e9eb")  # heat map: a key with no presses yet

_TYPING = {
    False: {"PENDING": "#5f6368", "CORRECT": "#1b5e20", "ERROR_BG": "#ffcdd2", "ERROR_FG": "#b71c1c",
            "CORRECTED": "#e65100", "CARET": "#1565c0", "UNTYPED_KEY": "#e6e9eb"},
    True: {"PENDING": "#9aa5b1", "CORRECT": "#81c784", "ERROR_BG": "#5c2626", "ERROR_FG": "#ff8a80",
           "CORRECTED": "#ffb74d", "CARET": "#82b1ff",
           "UNTYPED_KEY": "#a9b2bc"},  # dimmer on a dark page; the keys' dark labels still read on it
}

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

_current = LIGHT


def current() -> Palette:
    """The palette in use, for the few things painted by hand (charts, bubbles)."""
    return _current


def system_is_dark() -> bool:
    # Imported here: the first use of Qt's namespace builds ~100 Python enums, about 15 ms that
    # the window's first frame need not wait for (see follow_system).
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def stylesheet(p: Palette) -> str:
    """The one stylesheet. Object names and ``role`` values it knows:

    ``#PageTitle`` a section's title; ``#Nav`` the section list; ``#Card`` a framed panel;
    ``#Transcript``, ``#BubbleTheirs``, ``#BubbleMine`` the chat (app/ui/chat_bubbles.py);
    ``QLabel[role="muted"|"error"|"warning"|"success"|"alert"|"heading"|"figure"|"task"|"meta"]``;
    ``QPushButton[role="primary"]`` the main action of a page.
    """
    return f"""
QWidget {{ color: {p.text}; }}
QMainWindow, QDialog, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {p.window}; }}
QLabel#PageTitle {{ font-size: {FONT_TITLE}px; font-weight: bold; padding-bottom: {SPACE_XS}px; }}
QLabel[role="heading"] {{ font-size: {FONT_HEADING}px; font-weight: bold; }}
QLabel[role="figure"] {{ font-size: {FONT_FIGURE}px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="error"] {{ color: {p.error}; }}
QLabel[role="warning"] {{ color: {p.warning}; font-weight: bold; }}
QLabel[role="success"] {{ color: {p.success}; font-weight: bold; }}
QLabel[role="alert"] {{ color: {p.warning}; font-weight: bold; border: 2px solid {p.warning}; border-radius: {RADIUS - 4}px;
    padding: 6px; }}
QLabel[role="task"] {{ font-size: {FONT_LARGE + 1}px; padding: {SPACE_S}px; background: {p.surface};
    border: 1px solid {p.border}; border-radius: {RADIUS - 2}px; }}
QScrollArea#Transcript, QWidget#TranscriptInner {{ background: {p.surface}; }}
QScrollArea#Transcript {{ border: 1px solid {p.border}; border-radius: {RADIUS}px; }}
QFrame#BubbleTheirs {{ background: {p.surface_alt}; border-radius: {RADIUS + 4}px; }}
QFrame#BubbleMine {{ background: {p.accent_soft}; border-radius: {RADIUS + 4}px; }}
QLabel[role="meta"] {{ color: {p.muted}; font-size: {FONT_SMALL}px; }}
QFrame#Card {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS}px; }}
QListWidget#Nav {{ background: {p.surface}; border: none; border-right: 1px solid {p.border};
    font-size: {FONT_LARGE - 1}px; padding: {SPACE_S}px {SPACE_XS}px; outline: 0; }}
QListWidget#Nav::item {{ padding: {SPACE_S}px {SPACE_M}px; border-radius: {RADIUS - 2}px; margin: 1px 0; }}
QListWidget#Nav::item:hover {{ background: {p.surface_alt}; }}
QListWidget#Nav::item:selected {{ background: {p.accent_soft}; color: {p.text}; font-weight: bold; }}
QPushButton {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS - 2}px;
    padding: 6px 14px; min-height: 20px; }}
QPushButton:hover {{ background: {p.surface_alt}; }}
QPushButton:pressed {{ background: {p.accent_soft}; }}
QPushButton:disabled {{ color: {p.muted}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    font-weight: bold; }}
QPushButton[role="primary"]:hover {{ background: {p.accent}; border-color: {p.text}; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 14px; height: 14px; border: 1px solid {p.muted};
    background: {p.surface}; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QRadioButton::indicator:checked {{ width: 8px; height: 8px; border: 4px solid {p.accent}; }}
QCheckBox::indicator {{ border-radius: 3px; }}
QCheckBox::indicator:checked {{ background: {p.accent}; border-color: {p.accent}; image: url({CHECK_MARK}); }}
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {{ border-color: {p.border}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: {RADIUS - 2}px; padding: 4px 6px;
    selection-background-color: {p.accent}; selection-color: {p.accent_text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {p.accent}; }}
QTreeWidget, QTreeView, QListWidget, QListView, QTableWidget, QTableView {{ background: {p.surface};
    alternate-background-color: {p.surface_alt}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
    selection-background-color: {p.accent_soft}; selection-color: {p.text}; }}
QTreeView::item {{ min-height: 24px; }}
QHeaderView::section {{ background: {p.surface_alt}; color: {p.muted}; border: none;
    border-bottom: 1px solid {p.border}; padding: 6px 8px; font-weight: bold; }}
QGroupBox {{ border: 1px solid {p.border}; border-radius: {RADIUS}px; margin-top: {SPACE_M}px;
    padding: {SPACE_M}px {SPACE_S}px {SPACE_S}px {SPACE_S}px; background: {p.surface}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {SPACE_M}px; padding: 0 {SPACE_XS}px; font-weight: bold; }}
QProgressBar {{ background: {p.surface_alt}; border: 1px solid {p.border}; border-radius: {RADIUS - 3}px;
    text-align: center; }}
QTreeView QProgressBar {{ margin: 7px 8px 7px 0; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: {RADIUS - 4}px; }}
QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: {RADIUS}px; background: {p.surface}; }}
QTabBar::tab {{ padding: 6px 14px; border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ border-bottom-color: {p.accent}; font-weight: bold; }}
QStatusBar {{ background: {p.surface}; border-top: 1px solid {p.border}; color: {p.muted}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; padding: 4px; }}
QSplitter::handle {{ background: {p.window}; }}
"""


def qpalette(p: Palette) -> QPalette:
    """Qt's palette for what the stylesheet does not reach (painted widgets, charts, dialogs)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, p.window), (roles.WindowText, p.text), (roles.Base, p.surface),
                         (roles.AlternateBase, p.surface_alt), (roles.Text, p.text), (roles.Button, p.surface),
                         (roles.ButtonText, p.text), (roles.Highlight, p.accent),
                         (roles.HighlightedText, p.accent_text), (roles.ToolTipBase, p.surface),
                         (roles.ToolTipText, p.text), (roles.PlaceholderText, p.muted), (roles.Link, p.accent),
                         (roles.Mid, p.border), (roles.Midlight, p.surface_alt)):
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(p.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor(p.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(p.muted))
    return pal


def style_chart(chart) -> None:
    """A QChart in the current palette (Qt Charts paints its own white background otherwise).
    Call before adding axes and series: the chart theme is applied to what is added later too."""
    p = _current
    themes = type(chart).ChartTheme
    chart.setTheme(themes.ChartThemeDark if p is DARK else themes.ChartThemeLight)
    chart.setBackgroundBrush(QColor(p.surface))
    chart.setBackgroundRoundness(RADIUS)
    chart.setTitleBrush(QColor(p.text))
    chart.legend().setLabelColor(QColor(p.text))


def set_typing_colours(dark: bool) -> None:
    for name, value in _TYPING[dark].items():
        globals()[name].setRgba(QColor(value).rgba())


def apply(app, dark: bool | None = None) -> None:
    """Style the application; ``dark`` None follows the system, now and when it changes."""
    global _current
    if not app.property(FUSION_AT_START) and app.style().name().lower() != "fusion":
        # The same look on every platform, and one that honours the palette. Set once: replacing the
        # style deletes the old one under every live widget.
        app.setStyle("Fusion")
    is_dark = system_is_dark() if dark is None else dark
    _current = DARK if is_dark else LIGHT
    set_typing_colours(is_dark)
    app.setPalette(qpalette(_current))
    app.setStyleSheet(stylesheet(_current))
    if dark is None:
        _follow(app)


def follow_system(app) -> bool:
    """Restyle if the system's colour scheme is not the one applied, and follow it from now on.

    For a start that styled the first frame as the system was last seen (asking the system
    first costs start-up time, see application.run). Returns whether the scheme is dark.
    """
    is_dark = system_is_dark()
    if (_current is DARK) != is_dark:
        apply(app)
    else:
        _follow(app)
    return is_dark


def _follow(app) -> None:
    if not app.property("themeFollowsSystem"):
        app.setProperty("themeFollowsSystem", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


_loaded_fonts: set[str] = set()


def load_fonts(first_frame_only: bool = False) -> None:
    """Register the bundled fonts, so Cyrillic shows on a machine with no fonts at all.

    ``first_frame_only``: just the regular interface face, all the empty first frame shows (its
    list has no selection, so nothing bold); the rest is registered before the screens are built.
    """
    folder = ASSETS / "fonts"
    for path in [folder / UI_FONT_FILE] if first_frame_only else sorted(folder.glob("*.ttf")):
        if str(path) in _loaded_fonts:
            continue
        QFontDatabase.addApplicationFont(str(path))
        _loaded_fonts.add(str(path))


def set_app_font(app) -> None:
    font = app.font()
    font.setFamily(UI_FAMILY)
    font.setPixelSize(FONT_BODY)
    app.setFont(font)


def mono_font(size: int) -> QFont:
    font = QFont(MONO_FAMILY)
    font.setPixelSize(size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
