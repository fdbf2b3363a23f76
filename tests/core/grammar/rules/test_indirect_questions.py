"""An indirect question after a request to tell, check or choose takes a comma before its question word."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Подскажите как оформить возврат.", "Подскажите как", "Подскажите, как"),
    ("Уточните какой у вас тариф.", "Уточните какой", "Уточните, какой"),
    ("Напишите когда вам удобно принять курьера.", "Напишите когда", "Напишите, когда"),
    ("Проверьте сколько бонусов осталось на карте.", "Проверьте сколько", "Проверьте, сколько"),
])
def test_a_request_before_an_indirect_question_gets_a_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Подскажите, как оформить возврат.",  # the comma is there
    "Напишите что угодно, мы прочитаем.",  # a set phrase
    "Скажите как есть.",
    "Скажите что-нибудь приятное.",
    "Вы уточните какой-то момент?",  # no question word: «какой-то»
])
def test_set_phrases_and_written_commas_get_no_finding(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []
