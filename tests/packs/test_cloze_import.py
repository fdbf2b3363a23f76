"""Cloze (embedded answers) from Moodle XML and GIFT: every gap type, weights, feedback, the pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.quiz import combined_feedback, right_answer, score_question
from app.packs.gift import parse_gift
from app.packs.loader import load_pack
from app.packs.moodle_xml import parse_moodle_xml
from app.packs.quiz_import import import_quiz

XML = Path(__file__).parent / "data" / "quiz" / "cloze.xml"


@pytest.fixture(scope="module")
def parsed():
    result = parse_moodle_xml(XML.read_bytes(), XML.name)
    assert result.errors == []
    return {q.id: q for q in result.questions}, result


def test_every_gap_type_with_its_display_weight_and_order(parsed):
    q = parsed[0]["vse-vidy-propuskov"]
    assert q.type == "cloze" and q.text.startswith("Клиент {#1} ответа.\nОператор {#2} и {#3}.")
    kinds = [(g.kind, g.display, g.shuffle, g.case_sensitive, g.weight) for g in q.gaps]
    assert kinds == [
        ("multichoice", "dropdown", False, False, 1), ("multichoice", "vertical", False, False, 2),
        ("multichoice", "horizontal", False, False, 1), ("multichoice", "dropdown", True, False, 1),
        ("multichoice", "vertical", True, False, 1), ("multichoice", "horizontal", True, False, 1),
        ("short", "dropdown", False, False, 1), ("short", "dropdown", False, True, 1),
        ("numerical", "dropdown", False, False, 1), ("short", "dropdown", False, False, 1)]
    assert [o.text for o in q.gaps[9].options] == ["a}b#c~d"]  # Cloze escapes
    assert q.explanation == "Пропуски проверяются по отдельности."


def test_gaps_are_scored_by_weight_with_their_feedback(parsed):
    q = parsed[0]["vse-vidy-propuskov"]
    right = right_answer(q)
    assert score_question(q, right).correct
    # the heavier second gap wrong: 2 of 11 shares lost
    wrong = list(right)
    wrong[1] = 1
    assert score_question(q, wrong).fraction == pytest.approx(9 / 11)
    # half credit in the third gap, any other number and any other word get their feedback
    answer = list(right)
    answer[2], answer[8], answer[6] = 0, "99", "ты"
    scored = score_question(q, answer)
    assert scored.fraction == pytest.approx((11 - 0.5 - 1 - 1) / 11)
    assert "Слишком долго." in scored.feedback and "С большой буквы: Вы." in scored.feedback
    assert score_question(q, [0] + [None] * 9).feedback == ["Да, ждёт."]
    case = list(right)
    case[7] = "вы"  # SAC: case matters
    assert not score_question(q, case).correct


def test_multianswer_alias_and_multiresponse_gaps(parsed, tmp_path):
    qs, result = parsed
    assert qs["staroe-imya"].gaps[0].options[0].text == "Ольга"
    assert result.skipped == []
    q = qs["neskol-ko-otvetov"]
    [gap] = q.gaps
    assert (gap.kind, gap.display, [o.text for o in gap.options]) == ("multiresponse", "vertical", ["а", "б", "в"])
    # each ticked box adds its weight (=: 100 %), the sum clamped to the gap's whole credit, as in Moodle
    assert score_question(q, [[0, 1]]).fraction == 1.0 and score_question(q, [[2]]).fraction == 0.0
    assert right_answer(q) == [[0, 1]]


def test_combined_feedback_and_hints_are_carried(parsed):
    q = parsed[0]["obschiy-otzyv-i-podskazki"]
    assert (q.feedback_correct, q.feedback_partial, q.feedback_incorrect) == (
        "Отлично!", "Почти.", "Перечитайте регламент.")
    assert q.hints == ("Начните с вежливости.", "Клиента приветствуют.")
    assert combined_feedback(q, score_question(q, 1)) == "Перечитайте регламент."
    assert combined_feedback(q, score_question(q, 0)) == "Отлично!"


def test_the_pack_keeps_gaps_feedback_and_hints(tmp_path):
    import_quiz(XML, tmp_path / "pack")
    pack = load_pack(tmp_path / "pack")
    assert pack.quiz == tuple(parse_moodle_xml(XML.read_bytes()).questions)
    for q in pack.quiz:
        assert score_question(q, right_answer(q)).correct, q.id


def test_cloze_written_in_gift():
    result = parse_gift("::Кл::Клиент {1:MCV:=ждёт~спит} ответа, а оператор {2:SA:=отвечает#Да.}.\n", "c.gift")
    [q] = result.questions
    assert q.type == "cloze" and q.text == "Клиент {#1} ответа, а оператор {#2}."
    assert score_question(q, [1, "отвечает"]).fraction == pytest.approx(2 / 3)


@pytest.mark.parametrize("source, words", [
    ("Число {1:NM:=три}\n", "пропуск 1: «три» — не число"),
    ("Пусто {1:SA:~%0%нет}\n", "в пропуске 1 нет верного ответа"),
    ("Открыт {1:MC:=да~нет\n", "не закрыта фигурная скобка"),
])
def test_broken_cloze_in_gift_names_the_gap_and_line(source, words):
    result = parse_gift("\n" + source, "c.gift")
    [problem] = result.errors
    assert problem.line == 2 and words in problem.message
