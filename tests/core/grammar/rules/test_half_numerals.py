"""«Полтора», «полторы», «полутора»."""

import pytest

from app.core.grammar.rules import check_rules


def halves(text):
    return [(text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id == "OURS_POLTORA"]


@pytest.mark.parametrize("text, span, fix", [
    ("Ремонт занял полтора недели.", "полтора", "полторы"),
    ("Осталось полторы месяца до сессии.", "полторы", "полтора"),
    ("Мы стояли в пробке более полтора часа.", "полтора часа", "полутора часов"),
    ("Билеты стоят до полторы тысячи рублей.", "полторы тысячи", "полутора тысяч"),
])
def test_the_form_that_fits_is_suggested(text, span, fix):
    assert halves(text) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Ремонт занял полторы недели.",
    "Дорога займёт полтора часа.",
    "Цены выросли в полтора раза.",
    "Мы стояли в пробке более полутора часов.",
    "Через полтора месяца у нас отпуск.",
])
def test_right_forms_are_left_alone(text):
    assert halves(text) == []


@pytest.mark.parametrize("text, span, fix", [
    ("Я добирался до работы полтора часов.", "полтора часов", "полтора часа"),  # a genitive singular, like «два»
    ("Ремонт шёл полторы недель.", "полторы недель", "полторы недели"),
])
def test_the_noun_after_it_is_singular(text, span, fix):
    assert halves(text) == [(span, (fix,))]


def test_a_noun_with_no_singular_stays():
    assert halves("Поезд шёл полтора суток.") == []


def test_no_form_polutory(rule_hits):
    assert rule_hits("Доставка стоит от полуторы тысяч рублей.", "OURS_POLTORA") == [("полуторы", ("полутора",))]
