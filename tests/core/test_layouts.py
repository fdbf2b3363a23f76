"""Keyboard layouts: keys, fingers and shift, and a letter typed in the other layout recognised."""

from app.core.layouts import is_wrong_layout, load_layout

RU = load_layout("ru")


def test_every_letter_maps_to_its_twin_key():
    assert is_wrong_layout("а", "f", "ru") and is_wrong_layout("ж", ";", "ru")
    assert is_wrong_layout("ю", ".", "ru") and is_wrong_layout("Я", "Z", "ru")
    assert is_wrong_layout("q", "й", "en")
    assert not is_wrong_layout("а", "а", "ru")
    assert not is_wrong_layout(",", "?", "ru")  # punctuation: an ordinary error


def test_layout_data_has_fingers_home_markers_and_shift():
    assert RU.stroke_for("Ф").shift and not RU.stroke_for("ф").shift
    assert RU.stroke_for("ф").key.finger == "left_pinky"
    assert RU.stroke_for("о").key.finger == "right_index"
    markers = {k.normal for row in RU.rows for k in row if k.home_marker}
    assert markers == {"а", "о"}
    assert RU.stroke_for("№").key.code == "Digit3"
    assert load_layout("en").stroke_for("@").shift
