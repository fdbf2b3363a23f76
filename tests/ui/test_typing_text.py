"""The drill text widget: glyphs for every character we teach, and word wrap."""

import tomllib

import pytest
from PySide6.QtGui import QFontMetrics

from app.core.drill import Drill
from app.core.layouts import load_layout
from app.core.paths import EXERCISES
from app.ui import theme
from app.ui.typing_text import TypingText


@pytest.fixture
def fonts(qapp):
    theme.load_fonts()


def course_characters():
    chars = set()
    for path in EXERCISES.glob("*/typing.toml"):
        for course in tomllib.loads(path.read_text(encoding="utf-8"))["course"]:
            for item in course.get("lesson", []) + course.get("timed", []):
                chars |= set(item["text"])
    for lid in ("ru", "en"):
        chars |= set(load_layout(lid).strokes)
    return chars - {"\n"}


def test_bundled_fonts_have_a_glyph_for_every_character_taught(fonts):
    """A pixel check passes even when every glyph is a box; ask the font itself."""
    for font in (theme.mono_font(22), theme.QFont(theme.UI_FAMILY)):
        metrics = QFontMetrics(font)
        missing = sorted(ch for ch in course_characters() if ch != " " and not metrics.inFontUcs4(ord(ch)))
        assert not missing, f"{font.family()} lacks {missing}"


def test_wrap_keeps_whole_words_and_no_row_starts_with_a_space(fonts, qtbot):
    text = " ".join(["подскажите", "пожалуйста", "номер", "заказа", "и", "мы", "всё", "проверим"] * 30)
    widget = TypingText(font_size=22)
    qtbot.addWidget(widget)
    widget.resize(700, widget.height())
    drill = Drill(text, "ru")
    widget.set_drill(text, drill.states, drill.typed)
    starts = widget._row_start
    assert len(starts) > 5
    assert all(text[i] != " " for i in starts)
    assert all(i == 0 or text[i - 1] == " " for i in starts)  # rows break between words
    cols = max(widget._col_of)
    assert 12 + (cols + 1) * widget._cw <= widget.width()


def _caret_pixels(widget) -> set[tuple[int, int]]:
    """Caret-coloured pixels as they stand on screen (grab() would paint the widget afresh)."""
    top_left = widget.mapTo(widget.window(), widget.rect().topLeft())
    image = widget.screen().grabWindow(widget.window().winId(), top_left.x(), top_left.y(),
                                       widget.width(), widget.height()).toImage()
    caret = theme.CARET.rgb()
    return {(x, y) for y in range(image.height()) for x in range(0, image.width(), 2)
            if image.pixel(x, y) == caret}


def test_finished_lines_keep_no_cursor_mark(window, qtbot):
    """Typed through four lines with real keys, only the caret's own cell shows the caret colour."""
    from app.core.thresholds import LessonThresholds
    from app.core.sessions import SessionKind, SessionSpec
    from tests.ui.keys import press

    text = " ".join(["подскажите", "пожалуйста", "номер", "заказа"] * 12)
    window.resize(1000, 700)
    window.start_session(SessionSpec(SessionKind.CUSTOM, "проба", text, "ru", LessonThresholds(0, 0)))
    widget = window.drill.text
    rows_passed = 4
    stop = widget._row_start[rows_passed] + 3
    qtbot.wait(20)
    for ch in text[:stop]:
        press(widget, ch)
        qtbot.wait(1)  # paint after each key, as a real event loop does
    qtbot.wait(20)
    cell = widget._cell_rect(stop)
    stray = {(x, y) for x, y in _caret_pixels(widget) if not cell.contains(x, y)}
    assert cell is not None and _caret_pixels(widget), "the caret itself is drawn"
    assert not stray, f"caret marks left at {sorted(stray)[:5]}"
