"""Free and priced as a reply says them of a thing (prices_said), which the contradiction rule weighs."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.core.scorecard.prices_said import bare_price, free, negated, priced, priced_things, two_prices
from app.core.scorecard.words import Token, tokenize


@pytest.mark.parametrize("text, word", [
    ("Доставка бесплатная", "бесплатная"),
    ("Перевод пройдёт без комиссии", "комиссии"),
    ("Доплачивать не нужно", "Доплачивать"),
])
def test_free_said_in_several_ways(text, word):
    found = free(tokenize(text))
    assert found is not None and found.text == word


@pytest.mark.parametrize("text", ["Без доплаты перенести не получится", "Доставка не бесплатная"])
def test_free_refused_is_not_free(text):
    assert free(tokenize(text)) is None


@pytest.mark.parametrize("text, word", [
    ("Стоимость доставки 290 ₽", "290"),
    ("Подъём на этаж платный", "платный"),
])
def test_a_price_said(text, word):
    found = priced(tokenize(text), text)
    assert found is not None and found.text == word


def test_money_given_back_is_no_price():
    text = "Я вернула 900 ₽ за месяц"
    assert priced(tokenize(text), text) is None


def test_a_bare_price_has_nothing_to_say_what_it_is():
    assert bare_price(tokenize("1 500 ₽"), "1 500 ₽")
    assert not bare_price(tokenize("подъём стоит 1 500 ₽"), "подъём стоит 1 500 ₽")


def test_negated_looks_two_words_back():
    words = tokenize("баллы точно не сгорят")
    assert negated(words, words[-1]) and not negated(words, words[0])


@dataclass(frozen=True)
class _Part:
    words: tuple[Token, ...]
    refs: frozenset[str] = frozenset()


def test_two_prices_for_one_thing_and_for_two():
    text = "Доставка в Тулу стоит 350 ₽. Доставка в Тулу обойдётся в 500 ₽"
    words = tokenize(text)
    cut = next(i for i, t in enumerate(words) if t.text == "Доставка" and i)
    one, two = _Part(tuple(words[:cut])), _Part(tuple(words[cut:]))
    assert two_prices(one, two, text, {"достав", "тула"}, frozenset()) != []
    other = "Доставка в Тулу стоит 350 ₽. Доставка в Калугу обойдётся в 500 ₽"
    words = tokenize(other)
    one, two = _Part(tuple(words[:cut])), _Part(tuple(words[cut:]))
    assert two_prices(one, two, other, {"достав"}, frozenset()) == []


@pytest.mark.parametrize("text, priced_of, not_of", [
    ("абонентская плата 450 ₽ спишется в день перехода", "плат", "перехо"),
    ("Стоимость перехода — 100 ₽", "перехо", ""),
    ("за переход спишем 100 ₽", "перехо", ""),
    ("Остаток на счёте — 1 250 ₽", "остато", "сч"),
])
def test_what_a_price_is_of(text, priced_of, not_of):
    found = priced_things(tokenize(text))
    assert any(x.startswith(priced_of) for x in found), found
    assert not not_of or not any(x.startswith(not_of) for x in found), found
