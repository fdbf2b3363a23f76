"""Figures said in digits or in words, and a task's fact found by its value."""

from __future__ import annotations

import pytest

from app.core.scorecard.numbers import fact_in_reply, numbers
from app.core.scorecard.words import tokenize


def _values(text: str) -> list[int]:
    return [value for value, _, _ in numbers(tokenize(text), text)]


def test_digits_groups_and_words_are_read_as_numbers():
    assert _values("Вернём 3 300 рублей за три тысячи триста минут") == [3300, 3300]
    assert _values("двести девяносто рублей, пяти рабочих дней, 48213") == [290, 5, 48213]
    assert _values("двое суток") == [2]


@pytest.mark.parametrize("fact, reply, found", [
    ("3 рабочих дней", "Деньги вернутся в течение трёх рабочих дней.", True),
    ("3 рабочих дней", "Деньги вернутся в течение 3 рабочих дня.", True),
    ("3 рабочих дней", "Деньги вернутся в течение тридцати рабочих дней.", False),
    ("3 300", "За роуминг начислено три тысячи триста рублей.", True),
    ("3 300", "За роуминг начислено 3 800 рублей.", False),
    ("15:00", "Бригада закончит ремонт к 15 часам.", True),
    ("15:00", "Бригада закончит ремонт к пятнадцати часам.", True),
    ("15:00", "Бригада закончит ремонт через 15 минут.", False),
    ("«Оптимальный»", "Тариф «Оптимальный».", False),  # no figure: left to the usual match
])
def test_a_fact_with_a_figure_is_found_by_its_value(fact, reply, found):
    assert fact_in_reply(fact, tokenize(reply), reply) is found
