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
    ("Мы то же напишем вам завтра.", "OURS_TO_ZHE", "то же", "тоже"),
    ("Меню устроено по другому после обновления.", "OURS_PO_HYPHEN", "по другому", "по-другому"),
    ("Подождите пол часа, пожалуйста.", "OURS_POL", "пол часа", "полчаса"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


def test_ne_ni_leaves_concessive_clauses_alone():
    for text in ("Что бы вы ни выбрали, доставка будет бесплатной.",
                 "Как бы мы ни старались, курьер приедет только завтра."):
        assert not [f for f in check_rules(text, "ru") if f.rule_id == "OURS_NE_NI"], text
    assert [f for f in check_rules("Мы ни получили ваш заказ.", "ru") if f.rule_id == "OURS_NE_NI"]


@pytest.mark.parametrize("text", [
    "Мы сделаем то же, что и в прошлый раз.",
    "Они то же получили вчера.",
    "Напишите по другому адресу.",
    "Помыли пол дома и подъезд.",
])
def test_apart_where_apart_is_right(rule_hits, text):
    assert [hit for rule in ("OURS_TO_ZHE", "OURS_PO_HYPHEN", "OURS_POL") for hit in rule_hits(text, rule)] == []
