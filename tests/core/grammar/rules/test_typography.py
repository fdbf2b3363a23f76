"""Our typography rules: «ёлочки» instead of straight quotes, no space before a mark."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ('Нажмите "Оформить возврат".', "OURS_QUOTES", '"Оформить возврат"', "«Оформить возврат»"),
    ('В разделе «Заказы» есть "возврат".', "OURS_QUOTES", '"возврат"', "«возврат»"),
    ("Спасибо за обращение !", "OURS_SPACE_BEFORE_MARK", " !", "!"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Нажмите «Оформить возврат».",
    'Клиент написал: "Когда привезут заказ?"',  # quoted speech in a plain keyboard's quotes
    'Такая доставка "экономит" нам время.',  # a word used in irony
])
def test_quoted_speech_and_irony_are_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_QUOTES") == []
