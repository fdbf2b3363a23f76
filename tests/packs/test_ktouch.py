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
    ("dvorak.xml", "раскладка «us.dvorak»: не найден её файл KTouch", False),
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
