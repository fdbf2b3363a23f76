from pathlib import Path

import pytest

from app.packs import registry
from app.packs.loader import FORMAT_VERSION, PackError, load_pack, validate_pack


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(folder: Path) -> list[str]:
    return [str(p) for p in validate_pack(folder).errors]


def test_loads_every_kind(mini):
    pack = load_pack(mini)
    assert pack.id == "mini" and pack.manifest.version == "1.0.0"
    assert pack.counts() == {"typing": 4, "grammar": 1, "correspondence": 1, "quiz": 1}
    ru, en = pack.typing
    assert (ru.layout, en.layout) == ("ru", "en")
    assert ru.lessons[0].text == "ааа ооо аоа оао"  # check_text: one line, trimmed
    assert ru.lessons[0].min_cpm == 100 and ru.lessons[1].min_cpm is None
    assert ru.timed_texts[0].id == "mini-timed"
    assert pack.manifest.certificate.typing_cpm == 200
    assert pack.correspondence[0].context == (("Номер заказа", "12345"),)
    assert pack.quiz[0].answer is False
    assert len(pack.content_hash) == 64 and not pack.warnings


def test_hash_ignores_line_ends_and_bom_but_not_content(mini):
    before = load_pack(mini).content_hash
    path = mini / "typing.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_pack(mini).content_hash == before
    edit(mini, "typing.toml", "вода", "вода вода")
    assert load_pack(mini).content_hash != before


def test_problem_names_file_line_and_field(mini):
    edit(mini, "typing.toml", 'min_accuracy = 95', 'min_accuracy = "высокая"')
    [problem] = errors(mini)
    assert problem.startswith("typing.toml:15: course[1].lesson[1].min_accuracy: ожидается число")


def test_line_of_second_course_lesson(mini):
    edit(mini, "typing.toml", 'text = "fff jjj fjf jfj"', 'text = "fff ☺"')
    [problem] = errors(mini)
    assert problem.startswith("typing.toml:38: course[2].lesson[1].text: ")
    assert "☺" in problem


def test_unknown_field_is_an_error_but_x_fields_are_ignored(mini):
    edit(mini, "typing.toml", 'stage = "words"', 'stage = "words"\nmin_acuracy = 90\nx-note = "ok"')
    [problem] = errors(mini)
    assert "course[1].lesson[2].min_acuracy: неизвестное поле" in problem


def test_newer_format_is_refused_plainly(mini):
    edit(mini, "pack.toml", "format = 1", f"format = {FORMAT_VERSION + 1}")
    [problem] = errors(mini)
    assert problem.startswith("pack.toml:1: format: ") and "обновите программу" in problem


def test_duplicate_id_across_kinds(mini):
    edit(mini, "quiz.toml", 'id = "mini-q-cvv"', 'id = "mini-ao"')
    [problem] = errors(mini)
    assert problem.startswith("quiz.toml:2: question[1].id: id «mini-ao» уже занят (typing.toml: course[1].lesson[1].id)")


def test_missing_referenced_file_and_unknown_kind(mini):
    edit(mini, "pack.toml", 'quiz = "quiz.toml"', 'quiz = "nope.toml"\nvideo = "v.toml"')
    found = errors(mini)
    assert any("files.quiz: файл «nope.toml» не найден" in p for p in found)
    assert any("files.video: неизвестное поле" in p for p in found)


def test_load_pack_raises_with_all_problems(mini):
    edit(mini, "pack.toml", 'version = "1.0.0"', 'version = "первая"')
    edit(mini, "grammar.toml", 'kind = "punctuation"', 'kind = "essay"')
    with pytest.raises(PackError) as info:
        load_pack(mini)
    fields = {p.field for p in info.value.problems}
    assert fields == {"version", "item[1].kind"}


def test_registry_installed_replaces_builtin_and_reports_broken(mini, tmp_path, monkeypatch):
    builtin = tmp_path / "exercises"
    builtin.mkdir()
    import shutil
    shutil.copytree(mini, builtin / "mini")
    shutil.copytree(mini, builtin / "broken")
    (builtin / "broken" / "pack.toml").write_text("format = 1\nid = 'broken'\n", encoding="utf-8")
    monkeypatch.setattr(registry, "builtin_dir", lambda: builtin)
    data = tmp_path / "data"
    shutil.copytree(mini, data / "packs" / "mini")
    edit(data / "packs" / "mini", "pack.toml", 'version = "1.0.0"', 'version = "1.1.0"')
    scan = registry.scan_packs(data)
    assert [(p.id, p.manifest.version, p.builtin) for p in scan.packs] == [("mini", "1.1.0", False)]
    assert [b.folder.name for b in scan.broken] == ["broken"]
    assert [(p.id, p.builtin) for p in registry.available_packs(None)] == [("mini", True)]


def test_registry_cache_sees_edits(mini):
    first = registry.load_cached(mini)
    assert registry.load_cached(mini) is first
    edit(mini, "pack.toml", 'version = "1.0.0"', 'version = "1.0.10"')
    assert registry.load_cached(mini).manifest.version == "1.0.10"
