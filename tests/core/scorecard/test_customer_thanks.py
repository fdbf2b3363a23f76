"""Thanks for a trouble put right: the customer names the trouble, but only to thank for the remedy."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_thanks import thanked_spans
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message", [
    "Благодарю, что так быстро починили роутер после поломки.",
    "Спасибо, что возместили 300 рублей за ошибку в счёте, очень приятно",
    "Спасибо! Перерасчёт получил: 1 100 вместо 1 400, всё верно.",
    "Всё сходится, 900 вместо 1 200, спасибо большое",
])
def test_thanks_for_a_trouble_put_right_is_calm(message):
    state = read(message)
    assert not state.needs_empathy, state.states
    assert not state.asks


@pytest.mark.parametrize("message", [
    "Спасибо, что списали деньги за сбой дважды",  # irony: thanks for a harm
    "Спасибо, что вернули деньги за сбой, но только половину",  # it turns
    "Спасибо, что исправили ошибку. Но интернет опять не работает!",  # a new trouble after the thanks
])
def test_thanks_that_turn_or_mock_leave_the_complaint(message):
    assert read(message).needs_empathy, read(message).states


def test_the_spans_are_the_thanking_sentences_only():
    text = "Спасибо, что исправили ошибку. А сбой с оплатой так и не решён."
    spans = thanked_spans(text, tokenize(text))
    assert spans == [(0, len("Спасибо, что исправили ошибку."))]
    text = "Спасибо, что не исправили ошибку."  # a remedy not done
    assert thanked_spans(text, tokenize(text)) == []
    text = "Спасибо, что вернули деньги за сбой?"  # asked, not said
    assert thanked_spans(text, tokenize(text)) == []
