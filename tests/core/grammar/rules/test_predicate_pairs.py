"""Two predicates of one form with no conjunction, parted by the first one's words."""

import pytest

from app.core.grammar.rules import predicate_pairs
from app.core.grammar.rules._base import Text


def fixes(text):
    return [f.replacements[0] for f in predicate_pairs.check(Text(text))]


@pytest.mark.parametrize("text, expected", [
    ("Курьер позвонил клиенту уточнил адрес.", ["клиенту, уточнил"]),
    ("Оператор сидел у телефона ждал звонка.", ["телефона, ждал"]),
    ("Клиент звонил оператору не дозвонился.", ["оператору, не"]),   # the comma goes before «не»
])
def test_the_second_predicate_is_parted(text, expected):
    assert fixes(text) == expected


@pytest.mark.parametrize("text", [
    "Курьер приехал домой поздно лёг спать.",      # the adverb may be the second verb's
    "Я знаю ты придёшь вовремя.",                   # a nominative between: another clause, another rule
    "Курьер стучал в дверь не достучался.",         # «дверь» may be a nominative: the border is not sure
    "Когда курьер позвонил клиенту уточнил адрес.",  # the pair may be a clause's
    "Курьер позвонил клиенту и уточнил адрес.",     # a conjunction joins them
    "Курьер позвонил клиенту, уточнил адрес.",      # the comma is there
    "Курьер позвонил клиенту уточнила адрес.",      # two forms: no pair
])
def test_no_comma_where_the_pair_is_not_sure(text):
    assert fixes(text) == []
