"""KTouch keyboard-layout files read into our layouts: keys, fingers and characters in place, the home row
from the haptic markers, special keys, a pack's layouts.toml written from them, and files refused with why."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.packs.ktouch_layout import (
    KTouchLayoutError, find_layout_file, layout_id_for, layout_toml, load_ktouch_layout, read_ktouch_layout,
)
from app.packs.loader import load_pack
from tests.packs.conftest import DATA

SAMPLE = DATA / "ktouch" / "layout-ru-test.xml"  # a small ЙЦУКЕН: home row, three keys with AltGr, Shifts, Space
LAYOUTS = sorted(Path("/usr/share/ktouch/keyboardlayouts").glob("*.xml"))


def test_keys_keep_their_place_finger_and_characters():
    layout = load_ktouch_layout(SAMPLE)
    assert (layout.id, layout.title, layout.home_row) == ("kt-ru-test", "Проба (ЙЦУКЕН)", "фываолдж")
    stroke = layout.stroke_for("Ф")
    assert (stroke.key.code, stroke.key.finger, stroke.shift) == ("KeyA", "left_pinky", True)
    euro = layout.stroke_for("€")
    assert (euro.key.code, euro.key.normal, euro.altgr) == ("KeyQ", "й", True)
    assert layout.stroke_for("ж").key.finger == "right_pinky"
    assert layout.by_code["KeyA"].home_marker is False and layout.stroke_for("а").key.home_marker
    assert layout.stroke_for(" ").key.finger == "thumb"
    assert {"ShiftLeft", "ShiftRight"} <= set(layout.by_code)


def test_a_non_latin_layout_pairs_with_qwerty_and_ids_are_made_from_names():
    assert read_ktouch_layout(SAMPLE)["other"] == "en"
    assert layout_id_for("us(dvorak)") == "kt-us-dvorak" and layout_id_for("DE (Neo 2)") == "kt-de-neo-2"


def test_the_layout_written_as_toml_is_the_packs_own_keyboard(tmp_path):
    (tmp_path / "pack.toml").write_text(
        'format = 2\nid = "kt"\ntitle = "Проба"\nversion = "1.0.0"\nlanguage = "ru"\nauthors = ["Тест"]\n'
        'description = "Проба."\nlicence = "CC0-1.0"\n[files]\nlayouts = "layouts.toml"\ntyping = "typing.toml"\n',
        encoding="utf-8")
    (tmp_path / "layouts.toml").write_text(layout_toml(read_ktouch_layout(SAMPLE)), encoding="utf-8")
    (tmp_path / "typing.toml").write_text(
        '[[course]]\nid = "c"\ntitle = "Курс"\nlayout = "kt-ru-test"\n[[course.lesson]]\nid = "l1"\n'
        'title = "Основной ряд"\nstage = "keys"\nnew_keys = "фыва"\ntext = "фыва олдж ФЫВА"\n', encoding="utf-8")
    pack = load_pack(tmp_path)
    assert [lay.id for lay in pack.layouts] == ["kt-ru-test"]
    assert pack.layouts[0] == load_ktouch_layout(SAMPLE)


def test_the_file_is_found_by_the_name_inside_it(tmp_path):
    (tmp_path / "other.xml").write_text("<keyboardLayout><name>us</name><keys/></keyboardLayout>", encoding="utf-8")
    (tmp_path / "renamed.xml").write_bytes(SAMPLE.read_bytes())
    assert find_layout_file("ru(test)", [tmp_path / "missing", tmp_path]) == tmp_path / "renamed.xml"
    assert find_layout_file("de", [tmp_path]) is None


@pytest.mark.parametrize("text, message", [
    ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<keyboardLayout/>',
     "bad.xml: объявления DOCTYPE и ENTITY не допускаются"),
    ("<keyboardLayout>\n<name>x</name>\n<keys>\n</keyboardLayout>", "bad.xml: строка 4: ошибка в XML раскладки"),
    ("<course><title>Курс</title></course>", "bad.xml: это не раскладка KTouch (нужен <keyboardLayout> с <keys>)"),
    ("<keyboardLayout><keys/></keyboardLayout>", "bad.xml: у раскладки нет имени <name>"),
    ('<keyboardLayout><name>x</name><keys><key left="0" top="0" width="80" fingerIndex="9"><char>a</char></key>'
     "</keys></keyboardLayout>", "bad.xml: неверная клавиша раскладки (fingerIndex 9)"),
])
def test_a_file_that_is_no_layout_is_refused_naming_it(tmp_path, text, message):
    bad = tmp_path / "bad.xml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KTouchLayoutError) as exc:
        read_ktouch_layout(bad)
    assert str(exc.value) == message


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(KTouchLayoutError, match="nope.xml: не удалось прочитать файл раскладки"):
        read_ktouch_layout(tmp_path / "nope.xml")


@pytest.mark.skipif(not LAYOUTS, reason="нет пакета ktouch-data: bash scripts/setup.sh --test")
@pytest.mark.parametrize("file", LAYOUTS, ids=lambda p: p.name)
def test_every_keyboard_layout_keeps_its_keys_fingers_and_characters(file):
    layout = load_ktouch_layout(file)
    root = ET.parse(file).getroot()
    assert layout.id == layout_id_for(root.findtext("name").strip())
    keys = {(k.row, round(k.x * 100)): k for row in layout.rows for k in row}
    fingers = ("left_pinky", "left_ring", "left_middle", "left_index",
               "right_index", "right_middle", "right_ring", "right_pinky")
    for el in root.find("keys").findall("key"):
        key = keys[(round(int(el.get("top")) / 100), int(el.get("left")))]
        assert key.finger == fingers[int(el.get("fingerIndex"))]
        assert key.home_marker == (el.get("hasHapticMarker") == "true")
        for char in el.findall("char"):
            ch, modifier = char.text, char.get("modifier") or ""
            if ch is None or len(ch) != 1 or ch.isspace() or modifier not in ("", "left_shift", "right_shift", "altgr"):
                continue
            assert ch in (key.normal, key.shift, key.altgr, key.altgr_shift), (file.name, ch)
            assert layout.stroke_for(ch) is not None
