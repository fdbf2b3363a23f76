"""Our typography rules: «ёлочки» instead of straight quotes, no space before a mark."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ('В разделе «Заказы» нажмите "Оформить возврат".', "OURS_QUOTES", '"Оформить возврат"',
     "«Оформить возврат»"),
    ("Спасибо за обращение !", "OURS_SPACE_BEFORE_MARK", " !", "!"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    'Нажмите "Оформить возврат".',  # straight quotes alone: a plain keyboard's quotes, accepted
    "Нажмите «Оформить возврат».",
])
def test_quotes_of_one_kind_are_accepted(rule_hits, text):
    assert rule_hits(text, "OURS_QUOTES") == []
