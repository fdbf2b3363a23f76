"""Loading a whole pack: every kind, ids unique across kinds, all problems at once."""

import pickle

import pytest

from app.packs.loader import PackError, load_pack
from app.packs.problems import Problem

from .helpers import edit, errors


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


def test_a_pack_may_be_in_a_course_language_but_grammar_and_replies_are_checked_in_ru_and_en(mini):
    edit(mini, "pack.toml", 'language = "ru"', 'language = "de"')
    [problem] = errors(mini)
    assert "pack.toml" in problem and "language" in problem and "только на языках ru, en" in problem
    edit(mini, "pack.toml", 'language = "de"', 'language = "xx"')
    assert any("«xx» — недопустимое значение" in e for e in errors(mini))


def test_warnings_of_a_loaded_pack_point_at_their_lines_when_read(mini):
    # each question's line is located only when a warning is read (a big bank's unread warnings cost nothing)
    text = (mini / "quiz.toml").read_text(encoding="utf-8").replace(
        'explanation = "CVV не спрашивают никогда: это данные для списания денег."\n', "")
    extra = '\n[[question]]\nid = "mini-q-two"\ntype = "truefalse"\ntext = """\n[[question]]\nне таблица\n"""\nanswer = true\n'
    (mini / "quiz.toml").write_text(text + extra, encoding="utf-8")
    warnings = [w for w in load_pack(mini).warnings if w.field.endswith("explanation")]
    lines = text.splitlines()
    assert [(w.file, w.field) for w in warnings] == [("quiz.toml", "question[1].explanation"),
                                                     ("quiz.toml", "question[2].explanation")]
    assert [w.line for w in warnings] == [lines.index("[[question]]") + 1, len(lines) + 2]
    assert warnings[1] == Problem("quiz.toml", len(lines) + 2, "question[2].explanation", warnings[1].message)
    assert pickle.loads(pickle.dumps(warnings[0])) == warnings[0]
    with pytest.raises(AttributeError):
        warnings[0].line = 1
