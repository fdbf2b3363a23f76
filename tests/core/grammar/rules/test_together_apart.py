"""Our rules on words written together or apart: чтобы, то же, не с глаголами, несмотря, не/ни."""

import pytest

from app.core.grammar.rules import check_rules


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Мы хотим что бы вы были довольны.", "OURS_CHTOBY", "хотим что бы", "хотим, чтобы"),
    ("Напишите, что бы уточнить статус.", "OURS_CHTOBY", "что бы", "чтобы"),
    ("Это тоже самое.", "OURS_TO_ZHE", "тоже", "то же"),
    ("В тоже время мы проверим.", "OURS_TO_ZHE", "тоже", "то же"),
    ("Я незнаю.", "OURS_NE_VERB", "незнаю", "не знаю"),
    ("Не смотря на то что заказ оплачен.", "OURS_NESMOTRYA", "Не смотря", "Несмотря"),
    ("Я ни могу найти заказ.", "OURS_NE_NI", "ни", "не"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


def test_ne_ni_leaves_concessive_clauses_alone():
    for text in ("Что бы вы ни выбрали, доставка будет бесплатной.",
                 "Как бы мы ни старались, курьер приедет только завтра."):
        assert not [f for f in check_rules(text, "ru") if f.rule_id == "OURS_NE_NI"], text
    assert [f for f in check_rules("Мы ни получили ваш заказ.", "ru") if f.rule_id == "OURS_NE_NI"]
