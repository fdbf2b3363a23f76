from pathlib import Path

import pytest

from app.packs.ktouch import import_ktouch, slug, toml_string
from app.packs.loader import load_pack
from app.packs.problems import PackError

from .conftest import DATA

KT = DATA / "ktouch"


def test_russian_course(tmp_path):
    pack = import_ktouch(KT / "ru-operator.xml", tmp_path / "p", authors=("Отдел обучения",))
    assert pack.id == "operator-domashniy-ryad" and pack.manifest.language == "ru"
    [course] = pack.typing
    assert course.layout == "ru" and course.id == "c-3f1c2b7a-0d4e-4a61-9b3e-5c7d8e9f0a12"
    first, second, third = course.lessons
    assert first.id == "k-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" and first.new_keys == "ол" and first.stage == "keys"
    assert first.text == "ол ло лол оло ллоо оолл ол"
    assert second.text == 'вал вола лава ало "вал" и лава'
    assert third.id == "lesson-3" and third.stage == ""
    assert pack.manifest.description == "Учебный курс в формате KTouch для проверки импорта."
    assert load_pack(tmp_path / "p").content_hash == pack.content_hash


def test_english_course_and_layout_override(tmp_path):
    pack = import_ktouch(KT / "en-basics.xml", tmp_path / "en", pack_id="support-en")
    assert pack.id == "support-en" and pack.typing[0].layout == "en"
    # new characters the chosen keyboard lacks are named and left out of the lesson's new keys
    on_ru = import_ktouch(KT / "en-basics.xml", tmp_path / "ru", layout="ru")
    [note] = [w for w in on_ru.warnings if w.field.endswith("newCharacters")]
    assert "новых знаков f j нет на раскладке «Русская (ЙЦУКЕН)»" in note.message
    assert on_ru.typing[0].lessons[0].new_keys == ""
    assert import_ktouch(KT / "dvorak.xml", tmp_path / "dv", layout="en").typing[0].lessons[0].text == "aoeu"


@pytest.mark.parametrize("name, words, strict", [
    ("broken-text.xml", "broken-text.xml:12: lesson[2].text: урок «Урок с эмодзи» пропущен: В тексте есть знаки", True),
    ("broken-xml.xml", "broken-xml.xml:6: ошибка в XML", False),
    ("entities.xml", "DOCTYPE", False),
])
def test_broken_courses(tmp_path, name, words, strict):
    with pytest.raises(PackError) as info:
        import_ktouch(KT / name, tmp_path / "out", strict=strict)
    assert words in str(info.value)
    assert not (tmp_path / "out").exists()


def test_refuses_non_empty_output(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("x")
    with pytest.raises(PackError, match="не пуста"):
        import_ktouch(KT / "en-basics.xml", tmp_path / "out")
    assert (tmp_path / "out" / "keep.txt").read_text() == "x"


def test_helpers():
    assert slug("Оператор: домашний ряд", "x") == "operator-domashniy-ryad"
    assert slug("☺☺", "fallback") == "fallback"
    import tomllib
    tricky = 'a "b" \\ c\x01\n"""'
    assert tomllib.loads(f"s = {toml_string(tricky)}")["s"] == tricky
    assert tomllib.loads(f"s = {toml_string(tricky, multiline=True)}")["s"] == tricky


def test_a_course_with_an_untypable_lesson_keeps_the_others_and_names_the_one_left_out(tmp_path):
    pack = import_ktouch(KT / "broken-text.xml", tmp_path / "out")
    [course] = pack.typing
    assert len(course.lessons) >= 1
    [left_out] = [w for w in pack.warnings if "пропущен" in w.message]
    assert (left_out.file, left_out.line, left_out.field) == ("broken-text.xml", 12, "lesson[2].text")


KEYBOARD = """<?xml version="1.0"?>
<keyboardLayout>
 <title>Проба</title>
 <name>xx</name>
 <width>1500</width>
 <height>500</height>
 <keys>
{keys}
  <specialKey type="space" left="400" top="400" width="600" height="80"/>
 </keys>
</keyboardLayout>
"""


def _course(tmp_path, keyboard: str, *texts: str) -> Path:
    """A KTouch course on ``keyboard`` in courses/, with our layout file «xx» in keyboardlayouts/ beside it."""
    keys = "\n".join(f'  <key left="{180 + 100 * i}" top="200" width="80" height="80" fingerIndex="{i}">'
                     f'<char position="hidden">{ch}</char></key>' for i, ch in enumerate("asdfjkl;"))
    (tmp_path / "keyboardlayouts").mkdir(exist_ok=True)
    (tmp_path / "keyboardlayouts" / "xx.xml").write_text(KEYBOARD.format(keys=keys), encoding="utf-8")
    lessons = "".join(f"<lesson><title>Урок {n}</title><text>{t}</text></lesson>" for n, t in enumerate(texts, 1))
    (tmp_path / "courses").mkdir(exist_ok=True)
    course = tmp_path / "courses" / "course.xml"
    course.write_text(f'<?xml version="1.0"?><course><title>Проба</title><keyboardLayout>{keyboard}</keyboardLayout>'
                      f"<lessons>{lessons}</lessons></course>", encoding="utf-8")
    return course


def test_characters_the_layout_file_lacks_are_typed_as_the_system_gives_them(tmp_path):
    from app.core.layouts import load_layout

    course = _course(tmp_path, "xx", "asdf jkl;", "sad ı\u200cas")
    pack = import_ktouch(course, tmp_path / "out")
    assert [len(c.lessons) for c in pack.typing] == [2]  # no lesson left out, as KTouch keeps them all
    [note] = [w for w in pack.warnings if w.field == "keyboardLayout"]
    assert "нет знаков ı U+200C" in note.message
    load_pack(tmp_path / "out")  # the keyboard travels in the pack with them
    keyboard = load_layout("kt-xx")
    assert keyboard.drawn and keyboard.can_type("ı") and keyboard.can_type("\u200c")
    assert keyboard.stroke_for("ı") is None  # no key is lit for it
    with pytest.raises(PackError, match="Урок 2» пропущен"):
        import_ktouch(course, tmp_path / "strict", strict=True)


def test_a_course_without_its_layout_file_is_typed_without_an_on_screen_keyboard(tmp_path):
    from app.core.layouts import load_layout

    pack = import_ktouch(KT / "dvorak.xml", tmp_path / "dv")
    assert [len(c.lessons) for c in pack.typing] == [1]
    assert any("не найден её файл KTouch" in w.message and "без экранной клавиатуры" in w.message
               for w in pack.warnings)
    keyboard = load_layout(pack.typing[0].layout)
    assert not keyboard.drawn and all(keyboard.can_type(ch) for ch in "aoeu")


@pytest.mark.parametrize("keyboard, language", [("de(neo)", "de"), ("ua", "uk"), ("xx", "ru")])
def test_the_pack_is_in_the_language_of_the_course_keyboard(tmp_path, keyboard, language):
    course = _course(tmp_path, keyboard, "фыва" if keyboard == "xx" else "asdf")
    assert import_ktouch(course, tmp_path / "out").manifest.language == language
    assert import_ktouch(course, tmp_path / "o2", language="fi").manifest.language == "fi"
