"""A blank answer is no answer: confirming it is refused instead of scored as wrong (issue 16, item 4)."""

import pytest

from app.core.content import QuizOption, QuizPair, QuizQuestion
from app.core.quiz import answered

OPTS = (QuizOption("а", correct=True), QuizOption("б"))
PAIRS = (QuizPair("x", "1"), QuizPair("y", "2"))


@pytest.mark.parametrize("q, blank, given", [
    (QuizQuestion("s", "single", "?", options=OPTS), None, 0),
    (QuizQuestion("m", "multiple", "?", options=OPTS), set(), {1}),
    (QuizQuestion("t", "truefalse", "?", answer=False), None, False),
    (QuizQuestion("p", "matching", "?", pairs=PAIRS), {"x": "1", "y": None}, {"x": "2", "y": "1"}),
    (QuizQuestion("w", "short", "?", options=OPTS), "  ", "а"),
    (QuizQuestion("n", "numerical", "?"), "", "0"),
], ids=lambda v: v.type if isinstance(v, QuizQuestion) else "")
def test_blank_answers_are_not_answers(q, blank, given):
    assert not answered(q, blank)
    assert answered(q, given)  # a wrong answer is still an answer (False, index 0, "0")


def test_an_ordering_is_always_an_answer():
    assert answered(QuizQuestion("o", "ordering", "?", items=("a", "b")), ["b", "a"])
