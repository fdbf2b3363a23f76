"""Our typography rules: «ёлочки» instead of straight quotes where the learner's policy asks for them,
no space before a mark."""

import pytest

from app.core.typography import TypographyPolicy

ELOCHKI = TypographyPolicy(quotes=False)  # straight quotes are not accepted for « »


@pytest.mark.parametrize("text, span, fix", [
    ('Нажмите "Оформить возврат".', '"Оформить возврат"', "«Оформить возврат»"),
    ('В разделе «Заказы» есть "возврат".', '"возврат"', "«возврат»"),
])
def test_straight_quotes_around_a_name_are_flagged_where_the_policy_asks_for_elochki(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_QUOTES", ELOCHKI) == [(span, (fix,))]


@pytest.mark.parametrize("policy", [None, TypographyPolicy()])
def test_straight_quotes_are_a_choice_not_an_error_by_default(rule_hits, policy):
    # no policy (``chat-trainer check``, grading) or the default one, which accepts straight quotes
    assert rule_hits('Купил билет на поезд "Стрела" до Москвы.', "OURS_QUOTES", policy) == []
    assert rule_hits('В разделе «Заказы» есть "возврат".', "OURS_QUOTES", policy) == []


def test_space_before_a_mark_is_flagged_whatever_the_policy(rule_hits):
    assert rule_hits("Спасибо за обращение !", "OURS_SPACE_BEFORE_MARK") == [(" !", ("!",))]


@pytest.mark.parametrize("text", [
    "Нажмите «Оформить возврат».",
    'Клиент написал: "Когда привезут заказ?"',  # quoted speech in a plain keyboard's quotes
    'Такая доставка "экономит" нам время.',  # a word used in irony
])
def test_quoted_speech_and_irony_are_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_QUOTES", ELOCHKI) == []
