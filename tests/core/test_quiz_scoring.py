"""Quiz scoring rules with exact numbers, drawing and grading."""

from __future__ import annotations

import pytest

from app.core.quiz import (
    draw, grade, normalise_short, retry_wrong, right_answer, score_matching, score_multiple,
    score_numerical, score_ordering, score_question, score_short, score_single, score_truefalse,
)
from app.core.content import Quiz, QuizOption, QuizPair, QuizQuestion

O = QuizOption


def q(type_, **kw) -> QuizQuestion:
    return QuizQuestion(id=kw.pop("id", "q"), type=type_, text="?", **kw)


SINGLE = q("single", options=(O("Здравствуйте!", correct=True, feedback="Да"), O("Чё надо?", feedback="Грубо"),
                              O("Привет", weight=50, feedback="Полбалла")))
MULTI_W = q("multiple", options=(O("КАПС", weight=50, feedback="крик"), O("!!!", weight=50),
                                 O("«вы»", weight=-50, feedback="нет"), O("смайлик", weight=-100)))
MULTI_N = q("multiple", options=(O("a", correct=True), O("b", correct=True), O("c", correct=True), O("d"), O("e")))


def test_single():
    assert score_single(SINGLE, 0).fraction == 1.0 and score_single(SINGLE, 0).correct
    assert score_single(SINGLE, 0).feedback == ["Да"]
    s = score_single(SINGLE, 1)
    assert (s.fraction, s.correct, s.feedback) == (0.0, False, ["Грубо"])
    assert score_single(SINGLE, 2).fraction == 0.5
    assert score_single(SINGLE, None).fraction == 0.0
    assert score_single(SINGLE, 7).fraction == 0.0


@pytest.mark.parametrize("chosen, expected", [
    ({0, 1}, 1.0), ({0}, 0.5), ({1}, 0.5), ({0, 1, 2}, 0.5), ({0, 2}, 0.0), ({2}, 0.0),
    ({0, 1, 3}, 0.0), ({0, 1, 2, 3}, 0.0), (set(), 0.0),
])
def test_multiple_weights(chosen, expected):
    assert score_multiple(MULTI_W, chosen).fraction == pytest.approx(expected)
    assert score_multiple(MULTI_W, chosen).correct == (expected == 1.0)


@pytest.mark.parametrize("chosen, expected", [
    ({0, 1, 2}, 1.0), ({0}, 1 / 3), ({0, 1}, 2 / 3), ({0, 1, 2, 3}, 2 / 3), ({0, 3}, 0.0), ({0, 3, 4}, 0.0),
    ({0, 1, 3}, 1 / 3), ({0, 1, 2, 3, 4}, 1 / 3),
])
def test_multiple_without_weights(chosen, expected):
    assert score_multiple(MULTI_N, chosen).fraction == pytest.approx(expected)


def test_multiple_feedback_and_bad_indices():
    s = score_multiple(MULTI_W, [0, 2, 99, -1])
    assert s.feedback == ["крик", "нет"] and s.fraction == 0.0


def test_truefalse():
    tf = q("truefalse", answer=False, feedback_true="CVV не спрашивают", feedback_false="Верно")
    assert score_truefalse(tf, False) == score_truefalse(tf, False)
    assert (score_truefalse(tf, False).fraction, score_truefalse(tf, False).feedback) == (1.0, ["Верно"])
    assert (score_truefalse(tf, True).fraction, score_truefalse(tf, True).feedback) == (0.0, ["CVV не спрашивают"])
    assert score_truefalse(tf, None).fraction == 0.0
    assert score_truefalse(tf, "false").fraction == 0.0


def test_matching_share_of_pairs():
    m = q("matching", pairs=(QuizPair("Здравствуйте", "Приветствие"), QuizPair("До свидания", "Прощание"),
                             QuizPair("Минуту", "Ожидание"), QuizPair("Извините", "Извинение")),
          distractors=("Спор",))
    right = {"Здравствуйте": "Приветствие", "До свидания": "Прощание", "Минуту": "Ожидание", "Извините": "Извинение"}
    assert score_matching(m, right).fraction == 1.0
    assert score_matching(m, {**right, "Минуту": "Спор"}).fraction == 0.75
    assert score_matching(m, {"Здравствуйте": "Приветствие"}).fraction == 0.25
    assert score_matching(m, {}).fraction == 0.0


def test_ordering_absolute_positions():
    o = q("ordering", items=("A", "B", "C", "D"))
    assert score_ordering(o, ["A", "B", "C", "D"]).fraction == 1.0
    assert score_ordering(o, ["A", "B", "D", "C"]).fraction == 0.5
    assert score_ordering(o, ["B", "C", "D", "A"]).fraction == 0.0  # every item one place off
    assert score_ordering(o, ["A", "C", "B"]).fraction == 0.25  # missing place counts as wrong
    assert score_ordering(o, None).fraction == 0.0


def test_short_normalisation():
    s = q("short", options=(O("пожалуйста"), O("будьте добры", weight=50, feedback="Можно и так")))
    for given in ("пожалуйста", "  Пожалуйста!!", "ПОЖАЛУЙСТА.", "пожалуйста…"):
        assert score_short(s, given).fraction == 1.0, given
    half = score_short(s, "Будьте   добры")
    assert (half.fraction, half.correct, half.feedback) == (0.5, False, ["Можно и так"])
    assert score_short(s, "спасибо").fraction == 0.0
    assert score_short(s, "").fraction == 0.0
    yo = q("short", options=(O("ещё"),))
    assert score_short(yo, "Еще") .fraction == 1.0
    cs = q("short", options=(O("CVV"),), case_sensitive=True)
    assert score_short(cs, "CVV").fraction == 1.0 and score_short(cs, "cvv").fraction == 0.0
    assert normalise_short("  Ёлка ,  зелёная! ") == "елка , зеленая"


def test_numerical_tolerance_and_weights():
    n = q("numerical", options=(O(value=60, tolerance=5, feedback="Точно"), O(value=120, weight=50)))
    assert score_numerical(n, 60).fraction == 1.0
    assert score_numerical(n, "64,9").fraction == 1.0
    assert score_numerical(n, 65).fraction == 1.0
    assert score_numerical(n, 65.1).fraction == 0.0
    assert score_numerical(n, "120").fraction == 0.5
    assert score_numerical(n, "много").fraction == 0.0
    assert score_numerical(n, float("nan")).fraction == 0.0
    assert score_numerical(n, 55).feedback == ["Точно"]


def test_score_question_dispatch_and_unknown_type():
    assert score_question(SINGLE, 0).fraction == 1.0
    with pytest.raises(ValueError):
        score_question(q("essay"), "text")


def _bank():
    cats = ["Этикет", "Этикет/Приветствие", "Этикет/Приветствие/Имя", "Безопасность", "Этикетка"]
    return [q("single", id=f"q{i}", category=cats[i % 5],
              options=(O("a", correct=True), O("b"), O("c"), O("d"))) for i in range(20)]


def test_draw_categories_count_and_seed():
    bank = _bank()
    quiz = Quiz(id="z", title="Z", categories=("Этикет",))
    ids = {d.id for d in draw(bank, quiz, 1)}
    assert ids == {f"q{i}" for i in range(20) if i % 5 in (0, 1, 2)}  # "Этикетка" is not a subcategory
    a, b = draw(bank, quiz, 42), draw(bank, quiz, 42)
    assert [(d.id, d.options) for d in a] == [(d.id, d.options) for d in b]
    assert [(d.id, d.options) for d in a] != [(d.id, d.options) for d in draw(bank, quiz, 43)]
    assert sorted(a[0].options) == [0, 1, 2, 3]
    five = draw(bank, Quiz(id="z", title="Z", count=5), 7)
    assert len(five) == 5 and len({d.id for d in five}) == 5
    fixed = draw(bank, Quiz(id="z", title="Z", shuffle_questions=False, shuffle_options=False), 3)
    assert [d.id for d in fixed] == [f"q{i}" for i in range(20)] and fixed[0].options == (0, 1, 2, 3)


def test_draw_ordering_never_shown_solved_and_matching_choices():
    o = q("ordering", id="o", items=("A", "B"))
    m = q("matching", id="m", pairs=(QuizPair("x", "1"), QuizPair("y", "2")), distractors=("3",))
    for seed in range(20):
        d = draw([o, m], Quiz(id="z", title="Z"), seed)
        by = {x.id: x for x in d}
        assert by["o"].items == ("B", "A")
        assert sorted(by["m"].rights) == ["1", "2", "3"]


def test_grade_percent_pass_categories_and_retry():
    bank = [q("single", id="a", category="Этикет/Тон", options=SINGLE.options),
            q("multiple", id="b", category="Этикет/Тон", options=MULTI_W.options),
            q("truefalse", id="c", category="Безопасность", answer=False),
            q("ordering", id="d", category="Безопасность", items=("1", "2", "3", "4"))]
    drawn = draw(bank, Quiz(id="z", title="Z"), 5)
    answers = {"a": 0, "b": {0}, "c": False, "d": ["1", "2", "4", "3"]}
    r = grade(drawn, answers, pass_percent=75)
    assert r.percent == 75.0 and r.passed  # (1 + 0.5 + 1 + 0.5) / 4
    assert r.per_category["Этикет/Тон"].earned == 1.5 and r.per_category["Этикет/Тон"].total == 2
    assert r.per_category["Безопасность"].percent == 75.0
    assert retry_wrong(r) == [d.id for d in drawn if d.id in ("b", "d")]
    assert not grade(drawn, answers, pass_percent=80).passed
    empty = grade(drawn, {})
    assert empty.percent == 0.0 and not empty.passed and len(retry_wrong(empty)) == 4
    full = grade(drawn, {d.id: right_answer(d.question) for d in drawn})
    assert full.percent == 100.0 and retry_wrong(full) == []
