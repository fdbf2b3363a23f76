"""The on-screen keyboard: the next key lit (with the other hand's Shift for a capital), finger colours
or a heat map."""

from PySide6.QtGui import QColor

from app.ui import theme
from app.ui.keyboard_widget import KeyboardWidget


def codes(kb):
    return {k.normal: k for row in kb.layout_rows() for k in row if k.normal}


def test_a_capital_lights_its_key_and_the_shift_of_the_other_hand(qtbot):
    kb = KeyboardWidget("ru")
    qtbot.addWidget(kb)
    keys = codes(kb)
    kb.show_next("Ф")  # left little finger
    assert kb._lit == {keys["ф"].code, "ShiftRight"}
    kb.show_next("о")  # right index finger, no shift
    assert kb._lit == {keys["о"].code}
    kb.show_next("")
    assert kb._lit == set()


def test_keys_take_finger_colours_until_a_heat_map_is_set(qtbot):
    kb = KeyboardWidget("ru")
    qtbot.addWidget(kb)
    keys = codes(kb)
    assert kb.key_fill(keys["а"].code) == theme.FINGER_COLOURS[keys["а"].finger]
    kb.set_heat({keys["а"].code: QColor("#ff0000")})
    assert kb.key_fill(keys["а"].code) == QColor("#ff0000")
    assert kb.key_fill(keys["о"].code) == theme.UNTYPED_KEY  # never typed: grey, not a finger zone
    kb.set_heat(None)
    assert kb.key_fill(keys["о"].code) == theme.FINGER_COLOURS[keys["о"].finger]


def test_switching_to_english_shows_qwerty(qtbot):
    kb = KeyboardWidget("ru")
    qtbot.addWidget(kb)
    kb.set_layout_id("en")
    assert kb.layout_id == "en" and "q" in codes(kb)
