"""Moodle XML read as Moodle reads it: formats by default, aliases, localized true/false, grades."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.quiz import right_answer, score_question
from app.packs.moodle_xml import parse_moodle_xml
from app.packs.problems import PackError
from app.packs.quiz_import import import_quiz

XML = Path(__file__).parent / "data" / "quiz" / "moodle_rules.xml"


@pytest.fixture(scope="module")
def parsed():
    result = parse_moodle_xml(XML.read_bytes(), XML.name)
    assert result.errors == [] and result.skipped == []
    return {q.id: q for q in result.questions}, result


def test_answers_without_format_take_the_questions_html(parsed):
    q = parsed[0]["bez-atributa-formata"]
    assert q.title == "Без атрибута формата"
    assert q.text == "Что написать клиенту первым?"
    # the empty third choice is dropped, as Moodle drops it
    assert [(o.text, o.correct) for o in q.options] == [("Приветствие", True), ("Номер заказа", False)]
    assert q.options[0].feedback == "Да, сначала поздороваться."


def test_localized_true_false_goes_by_answer_order_with_a_warning(parsed):
    qs, result = parsed
    q = qs["lokalizovannyy"]
    assert (q.answer, q.feedback_true, q.feedback_false) == (False, "Нет, попрощайтесь.", "Правильно.")
    (warning,) = result.warnings
    assert warning.file == XML.name and warning.line == 16
    assert "«Верно», «Неверно»" in warning.message and "правильный ответ: «неверно»" in warning.message


def test_match_is_read_as_matching(parsed):
    q = parsed[0]["staroe-imya-tipa"]
    assert q.type == "matching" and [p.left for p in q.pairs] == ["Спасибо за ожидание", "Ждите"]


def test_wildcards_and_any_other_answer(parsed):
    qs = parsed[0]
    short = qs["zvezdochka"]
    assert score_question(short, "оттоком").fraction == 1.0
    assert score_question(short, "уход").feedback == ["Это «отток»."]
    num = qs["lyuboe-drugoe-chislo"]
    assert score_question(num, "65").fraction == 1.0
    assert score_question(num, "300").feedback == ["Не больше минуты."]


def test_escaped_tag_stays_text_and_thirds_make_full_credit(parsed):
    q = parsed[0]["ekranirovannyy-teg"]
    assert q.text == "Что значит <br>?"
    assert score_question(q, {0, 1, 2}).correct


def test_the_pack_answers_full_and_warnings_point_at_the_xml(tmp_path):
    report = import_quiz(XML, tmp_path / "pack")
    assert report.imported == 6
    for q in report.pack.quiz:
        assert score_question(q, right_answer(q)).fraction == 1.0, q.id
    assert any(w.file == XML.name and w.line == 16 for w in report.warnings)


def _bank(answers: str, qtype: str = "multichoice") -> bytes:
    return (f'<quiz>\n<question type="category"><category><text>К</text></category></question>\n'
            f'<question type="{qtype}">\n<name><text>Доли</text></name>\n'
            f'<questiontext><text>Что?</text></questiontext>\n<single>false</single>\n{answers}\n'
            f'</question>\n</quiz>\n').encode()


@pytest.mark.parametrize("answers, qtype, message", [
    ('<answer fraction="33"><text>а</text></answer><answer fraction="33.33333"><text>б</text></answer>'
     '<answer fraction="33.33333"><text>в</text></answer>', "multichoice", "fraction=«33» не из списка оценок Moodle"),
    ('<answer fraction="50"><text>а</text></answer>', "shortanswer", "нет ответа на 100 %"),
])
def test_moodles_refusals_refuse_the_file(tmp_path, answers, qtype, message):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(_bank(answers, qtype))
    with pytest.raises(PackError) as exc:
        import_quiz(bad, tmp_path / "out")
    (problem,) = exc.value.problems
    assert problem.file == "bad.xml" and problem.line == 3 and message in problem.message
    assert "«Доли»" in problem.message
