"""Every course of Debian's ktouch-data (installed by scripts/setup.sh --test),
imported and checked against its source file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.core.layouts import is_wrong_layout, load_layout
from app.core.text_check import is_typographic
from app.packs.ktouch import import_ktouch
from app.packs.ktouch_layout import layout_id_for

KTOUCH = Path("/usr/share/ktouch")
COURSES = sorted((KTOUCH / "courses").glob("*.xml"))
pytestmark = pytest.mark.skipif(not COURSES, reason="нет пакета ktouch-data: bash scripts/setup.sh --test")

# No layout file in ktouch-data for Greek and Polish: imported without an on-screen keyboard, as KTouch does.
NO_KEYBOARD = {"gr.xml", "pl.xml"}


def _source_lessons(file: Path) -> list[tuple[str, str]]:
    root = ET.parse(file).getroot()
    out = []
    for lesson in root.findall("./lessons/lesson"):
        text = "".join(lesson.find("text").itertext()).strip()
        out.append(("".join(lesson.find("title").itertext()).strip(),
                    " ".join(" ".join(line.split()) for line in text.splitlines() if line.strip())))
    return out


@pytest.mark.parametrize("course", COURSES, ids=lambda p: p.name)
def test_every_course_imports_with_its_own_keyboard(course, tmp_path):
    assert len(COURSES) == 46
    pack = import_ktouch(course, tmp_path / "p")
    [typing] = pack.typing
    name = ET.parse(course).getroot().findtext("keyboardLayout").strip()
    expected = {"ru": "ru", "us": "en"}.get(name, layout_id_for(name))
    assert typing.layout == expected
    assert [lay.id for lay in pack.layouts] == ([] if name in ("ru", "us") else [expected])
    assert pack.manifest.language not in ("", None) and (pack.manifest.language == "en") == name.startswith(("us", "gb"))
    keyboard = load_layout(typing.layout)
    assert keyboard.drawn == (course.name not in NO_KEYBOARD)
    # every character of every lesson can be typed: KTouch takes what the system's keyboard gives
    assert all(keyboard.can_type(ch) or load_layout(keyboard.other).can_type(ch) or is_typographic(ch)
               for lesson in typing.lessons for ch in lesson.text if not ch.isspace())
    # every lesson of the source is in the pack with its text, in order, or named in a warning with its line
    left_out = {w.field.split(".")[0]: w for w in pack.warnings if "пропущен" in w.message}
    source = _source_lessons(course)
    kept = iter(typing.lessons)
    for n, (title, text) in enumerate(source, 1):
        warning = left_out.get(f"lesson[{n}]")
        if warning is not None:
            assert f"урок «{title}» пропущен" in warning.message and warning.file == course.name and warning.line
            continue
        lesson = next(kept)
        assert (lesson.title, " ".join(lesson.text.split())) == (title, text)
    assert next(kept, None) is None


def test_the_malayalam_course_keeps_its_invisible_joiner(tmp_path):
    pack = import_ktouch(KTOUCH / "courses" / "in.mal_enhanced1.xml", tmp_path / "ml")
    assert any("\u200c" in lesson.text for lesson in pack.typing[0].lessons)
    assert pack.manifest.language == "ml" and load_layout(pack.typing[0].layout).can_type("\u200c")


def test_wrong_layout_is_told_on_dvorak_and_ukrainian(tmp_path):
    import_ktouch(KTOUCH / "courses" / "us.dvorak1.xml", tmp_path / "dv")
    import_ktouch(KTOUCH / "courses" / "ua.xml", tmp_path / "ua")
    # QWERTY's «s» sits where Dvorak has «o»; QWERTY's «d» where the Ukrainian keyboard has «в»
    assert is_wrong_layout("o", "s", "kt-us-dvorak") and not is_wrong_layout("o", "a", "kt-us-dvorak")
    assert is_wrong_layout("в", "d", "kt-ua")
    dvorak = load_layout("kt-us-dvorak")
    assert dvorak.stroke_for("o").key.code == "KeyS" and dvorak.home_row == "aoeuhtns"
