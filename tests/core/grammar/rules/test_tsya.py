"""Our rule on -тся / -ться."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Вам нужно авторизоватся.", "OURS_TSYA", "авторизоватся", "авторизоваться"),
    ("Статус может не изменится.", "OURS_TSYA", "изменится", "измениться"),
    ("Деньги вернуться на карту.", "OURS_TSYA", "вернуться", "вернутся"),
    ("Заказ отправиться завтра.", "OURS_TSYA", "отправиться", "отправится"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]
