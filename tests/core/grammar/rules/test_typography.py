"""Our typography rules: «ёлочки» instead of straight quotes, no space before a mark."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ('Нажмите "Оформить возврат".', "OURS_QUOTES", '"Оформить возврат"', "«Оформить возврат»"),
    ("Спасибо за обращение !", "OURS_SPACE_BEFORE_MARK", " !", "!"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]
