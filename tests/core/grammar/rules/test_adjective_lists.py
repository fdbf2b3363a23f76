"""Commas between homogeneous adjectives with no conjunction: «честный, вежливый, внимательный сотрудник»."""

import pytest


@pytest.mark.parametrize("text, hits", [
    ("Это честный вежливый внимательный сотрудник.",
     [("честный вежливый", ("честный, вежливый",)), ("вежливый внимательный", ("вежливый, внимательный",))]),
    ("Вежливый внимательный заботливый оператор ответит вам.",
     [("Вежливый внимательный", ("Вежливый, внимательный",)), ("внимательный заботливый", ("внимательный, заботливый",))]),
])
def test_a_list_of_qualities_takes_commas(rule_hits, text, hits):
    assert rule_hits(text, "OURS_LIST_COMMA") == hits


@pytest.mark.parametrize("text", [
    "У нас большой красный мяч.",  # size and colour: different sides, no list
    "Это новый деревянный дом.",  # a classifying adjective
    "Нам нужен быстрый точный ответ.",  # two adjectives most often stack
    "Ближайшие свободные окна — в среду.",
    "Это честный, вежливый, внимательный сотрудник.",
    "Старый добрый друг позвонил вчера.",
])
def test_stacked_adjectives_are_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_LIST_COMMA") == []
