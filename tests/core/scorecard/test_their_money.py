"""A sum on someone else's card or account («по его карте — 2 400 ₽») is their data; a sum before it or none is not."""

from __future__ import annotations

import pytest

from app.core.scorecard.their_money import their_money
from app.core.scorecard.words import tokenize


def _found(text: str) -> list[str]:
    return [text[s:s + n] for s, n in their_money(tokenize(text), text)]


@pytest.mark.parametrize("text, word", [
    ("Вчера по её карте списали 1 350 ₽ в кафе", "карте"),
    ("На его счёте сейчас 18 тыс. рублей", "счёте"),
    ("Их кредит погашен не весь, осталось 92 000 руб.", "кредит"),
])
def test_a_sum_on_their_card_or_account_is_found(text, word):
    assert _found(text) == [word]


@pytest.mark.parametrize("text", [
    "Тариф за 450 ₽ подойдёт, а его карту можно привязать в приложении",
    "Выписку по его карте он может заказать сам в приложении",
    "По вашей карте вчера прошла покупка на 700 ₽",
])
def test_no_sum_after_it_or_the_customers_own_card_is_not(text):
    assert _found(text) == []
