"""Someone else's data in a part that opens with «если» is a case set out, not data told."""

from __future__ import annotations

import pytest

from app.core.scorecard.data_if import in_condition
from app.core.scorecard.words import tokenize


def _at(text: str, word: str) -> bool:
    toks = tokenize(text)
    at = next(t for t in toks if t.lower == word)
    return in_condition(toks, (at.start, at.end - at.start), text)


@pytest.mark.parametrize("text, word", [
    ("Если дочь получит 85 баллов за тест, её запишут в сильную группу", "баллов"),
    ("А если долг у брата больше 5 000 ₽, связь ему отключат", "долг"),
    ("Но если телефон соседа не отвечает, оставьте заказ в пункте", "телефон"),
])
def test_data_in_a_condition_is_found_there(text, word):
    assert _at(text, word) is True


@pytest.mark.parametrize("text, word", [
    ("Если коротко, дочь получила 85 баллов за тест", "баллов"),
    ("Долг у брата 5 200 ₽, если считать пени", "долг"),
    ("Оценки сына: две пятёрки и четвёрка", "оценки"),
])
def test_data_outside_a_condition_is_not(text, word):
    assert _at(text, word) is False
