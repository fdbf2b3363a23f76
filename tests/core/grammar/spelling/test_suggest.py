"""Spelling suggestions: the word meant comes first, within a time budget; Latin and digits get none."""

import time

import pytest

from app.core.grammar.spelling.suggest import suggest


@pytest.mark.parametrize("typo, right", [
    ("севодня", "сегодня"), ("щитаю", "считаю"), ("расчитать", "рассчитать"), ("интиресно", "интересно"),
    ("оплотить", "оплатить"), ("здраствуйте", "здравствуйте"), ("пожалуста", "пожалуйста"),
    ("будеш", "будешь"), ("вобщем", "в общем"), ("както", "как-то"), ("потомучто", "потому что"),
    ("ошибочьно", "ошибочно"), ("карзина", "корзина"), ("обезательно", "обязательно"), ("зделать", "сделать"),
    ("досвидания", "до свидания"), ("симпатичьный", "симпатичный"), ("Поздравлям", "Поздравляю"),
    ("ПОЖАЛУСТА", "ПОЖАЛУЙСТА"), ("ваще", "вообще"),
])
def test_the_first_suggestion_is_the_word_meant(typo, right):
    assert suggest(typo)[0] == right


def test_a_hopeless_word_gives_up_within_its_budget():
    suggest("пожалуста")  # the frequency list and the dictionary are loaded
    started = time.perf_counter()
    assert suggest("ыъыъыъыъыъыъыъыъыъыъыъыъ", budget=0.05) == ()
    assert time.perf_counter() - started < 0.5


def test_latin_and_digits_get_no_russian_suggestion():
    assert suggest("iPhone") == () and suggest("5G") == ()
