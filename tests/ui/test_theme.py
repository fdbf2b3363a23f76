"""The design system: readable colours in both schemes, one stylesheet that styles by role, bundled fonts."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontDatabase, QFontInfo, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import theme


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 … 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_dark_scheme_has_a_dark_palette_and_readable_typing_colours(qapp):
    """Checked without touching the running application: restyling it under other tests' widgets crashes."""
    assert theme.qpalette(theme.DARK).window().color().lightness() < 60
    assert theme.DARK.window in theme.stylesheet(theme.DARK) and theme.LIGHT.window not in theme.stylesheet(theme.DARK)
    light = theme.CORRECT.name()
    try:
        theme.set_typing_colours(True)
        assert theme.CORRECT.lightness() > 100  # still readable on the dark text field
    finally:
        theme.set_typing_colours(False)
    assert theme.CORRECT.name() == light


@pytest.mark.parametrize("palette", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_text_is_readable_on_every_surface_of_both_schemes(palette):
    """WCAG AA: 4.5 for body text, captions and coloured verdicts on pages and cards; text and captions
    also on the alternate surface (the customer's chat bubble, alternate rows)."""
    for background in (palette.window, palette.surface):
        for name in ("text", "muted", "error", "success", "warning"):
            assert contrast(getattr(palette, name), background) >= 4.5, (name, background)
    for name in ("text", "muted"):
        assert contrast(getattr(palette, name), palette.surface_alt) >= 4.5, name
    assert contrast(palette.accent_text, palette.accent) >= 4.5  # the label of a primary button
    assert contrast(palette.text, palette.accent_soft) >= 4.5  # a selected row, the operator's bubble


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_typed_text_colours_are_readable_in_both_schemes(qapp, dark):
    """The text to type is set large (22 px by default), so WCAG's 3:1 for large text applies; the text still to type and
    a wrong character on its red mark are held to 4.5."""
    field = theme.DARK.surface if dark else theme.LIGHT.surface
    try:
        theme.set_typing_colours(dark)
        for colour in (theme.PENDING, theme.CORRECT, theme.CORRECTED):
            assert contrast(colour, field) >= 3, colour.name()
        assert contrast(theme.PENDING, field) >= 4.5
        assert contrast(theme.ERROR_FG, theme.ERROR_BG) >= 4.5
    finally:
        theme.set_typing_colours(False)


def test_finger_zones_are_light_enough_to_read_a_key_label_on():
    for finger, colour in theme.FINGER_COLOURS.items():
        assert contrast(colour, "#263238") >= 7, finger  # the keyboard draws its labels in #263238


def test_the_palette_greys_out_disabled_text(qapp):
    pal = theme.qpalette(theme.LIGHT)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        assert pal.color(QPalette.ColorGroup.Disabled, role) == QColor(theme.LIGHT.muted)
        assert pal.color(QPalette.ColorGroup.Active, role) == QColor(theme.LIGHT.text)
    assert pal.color(QPalette.ColorRole.Highlight) == QColor(theme.LIGHT.accent)


def test_a_widget_is_styled_by_its_role(qtbot):
    """Screens set a role, never colours: the stylesheet gives an error label the error colour and the
    page's main button the accent colour."""
    page = QWidget()
    qtbot.addWidget(page)
    page.setStyleSheet(theme.stylesheet(theme.LIGHT))
    box = QVBoxLayout(page)
    error, muted, plain = QLabel("Файл не читается"), QLabel("подсказка"), QLabel("текст")
    error.setProperty("role", "error")
    muted.setProperty("role", "muted")
    start, other = QPushButton("Начать"), QPushButton("Назад")
    start.setProperty("role", "primary")
    for widget in (error, muted, plain, start, other):
        box.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    assert error.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.LIGHT.error)
    assert muted.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.LIGHT.muted)
    assert plain.palette().color(QPalette.ColorRole.WindowText) == QColor(theme.LIGHT.text)
    image = page.grab().toImage()
    centre = start.geometry().center()
    assert image.pixelColor(start.geometry().left() + 4, centre.y()) == QColor(theme.LIGHT.accent)
    assert image.pixelColor(other.geometry().left() + 4, centre.y() + other.y() - start.y()) != QColor(theme.LIGHT.accent)


def test_the_typing_font_is_fixed_pitch_at_the_size_asked(qapp):
    """Every character of the text to type takes one cell, so the lines under each other stay aligned."""
    theme.load_fonts()
    families = QFontDatabase.families()
    assert theme.UI_FAMILY in families and theme.MONO_FAMILY in families
    mono = theme.mono_font(22)
    info = QFontInfo(mono)
    assert info.family() == theme.MONO_FAMILY and info.fixedPitch() and mono.pixelSize() == 22


FIRST_FRAME_FONTS = """
import json
from PySide6.QtGui import QFontDatabase, QGuiApplication
from app.ui import theme
app = QGuiApplication([])
theme.load_fonts(first_frame_only=True)
first = [QFontDatabase.applicationFontFamilies(i) for i in range(8)]
theme.load_fonts()
print(json.dumps([first, [QFontDatabase.applicationFontFamilies(i) for i in range(8)]]))
"""


def test_the_first_frame_registers_the_regular_interface_face_and_the_rest_follow():
    """On a machine without fonts the first frame still shows Cyrillic; bold and monospace come after it."""
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME_FONTS], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    first, after = json.loads(result.stdout)
    assert [f for f in first if f] == [[theme.UI_FAMILY]]
    assert [f for f in after if f] == [[theme.UI_FAMILY], [theme.UI_FAMILY], [theme.MONO_FAMILY], [theme.MONO_FAMILY]]


class RecordingApp:
    """Stands in for the application: restyling the real one under other tests' widgets crashes."""

    def __init__(self):
        self.sheets, self.properties, self.followers = [], {"fusionAtStart": True}, []
        hints = self

        class Signal:
            def connect(self, slot):
                hints.followers.append(slot)
        self.colorSchemeChanged = Signal()

    def property(self, name):
        return self.properties.get(name)

    def setProperty(self, name, value):
        self.properties[name] = value

    def setPalette(self, _palette):
        pass

    def setStyleSheet(self, sheet):
        self.sheets.append(sheet)

    def styleHints(self):
        return self


@pytest.mark.parametrize("system_dark", [False, True], ids=["unchanged", "changed"])
def test_a_start_styled_as_last_time_restyles_only_when_the_system_changed(monkeypatch, system_dark):
    monkeypatch.setattr(theme, "system_is_dark", lambda: system_dark)
    app = RecordingApp()
    try:
        theme.apply(app, dark=False)  # the first frame, as the system was last seen
        assert app.followers == []
        assert theme.follow_system(app) is system_dark
        assert len(app.sheets) == (2 if system_dark else 1)
        assert (theme.DARK.window in app.sheets[-1]) is system_dark
        assert len(app.followers) == 1  # and it follows the system from now on
    finally:
        theme.set_typing_colours(False)
        theme._current = theme.LIGHT
