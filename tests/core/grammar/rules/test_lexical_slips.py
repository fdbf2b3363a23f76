"""«Ложу», «поклади», «самый наилучший»."""

import pytest

from app.core.grammar.rules import check_rules

IDS = ("OURS_KLAST", "OURS_DOUBLE_SUPERLATIVE")


def slips(text):
    return [(f.rule_id, text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id in IDS]


@pytest.mark.parametrize("text, rule, span, fixes", [
    ("Я всегда ложу зонт в рюкзак.", "OURS_KLAST", "ложу", ("кладу",)),
    ("Он ложит квитанции в папку.", "OURS_KLAST", "ложит", ("кладёт",)),
    ("Покладите документы на стол.", "OURS_KLAST", "Покладите", ("Положите",)),
    ("Это самый наилучший вариант для нас.", "OURS_DOUBLE_SUPERLATIVE", "самый наилучший",
     ("наилучший", "самый лучший")),
])
def test_the_literary_form_is_suggested(text, rule, span, fixes):
    assert slips(text) == [(rule, span, fixes)]


@pytest.mark.parametrize("text", [
    "Я всегда кладу зонт в рюкзак.",
    "Мы взяли билеты в ложу бенуара.",
    "Они заняли ложу у сцены.",
    "Это наилучший вариант для нас.",
    "Это самый лучший вариант для нас.",
])
def test_right_sentences_are_left_alone(text):
    assert slips(text) == []
