"""Our rules on prepositions: «в течение», «по окончании»."""

import pytest


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Ответ придёт в течении двух часов.", "OURS_V_TECHENIE", "в течении", "в течение"),
    ("Деньги поступят в течении 3 рабочих дней.", "OURS_V_TECHENIE", "в течении", "в течение"),
    ("В течении недели.", "OURS_V_TECHENIE", "В течении", "В течение"),
    ("По окончанию проверки напишем.", "OURS_PO_PREPOSITIONAL", "По окончанию", "По окончании"),
    ("Курьер позвонит по приезду.", "OURS_PO_PREPOSITIONAL", "по приезду", "по приезде"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]
