"""The dash where a part built like the first one leaves its predicate out."""

import pytest

RULE = "OURS_ELLIPSIS_DASH"


@pytest.mark.parametrize("text, span, fix", [
    ("Курьер привёз заказ, Маша деньги.", "Маша деньги", "Маша — деньги"),
    ("Курьеру отдайте документы, а Ивану чек.", "Ивану чек", "Ивану — чек"),
    ("Мне нужен чай, тебе кофе.", "тебе кофе", "тебе — кофе"),  # the first predicate is a short adjective
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, RULE) == [(span, (fix,))]


def test_every_part_without_its_verb_gets_a_dash(rule_hits):
    text = "Оля проверяет счета, Дима заявки, я почту."
    assert rule_hits(text, RULE) == [("Дима заявки", ("Дима — заявки",)), ("я почту", ("я — почту",))]


@pytest.mark.parametrize("text", [
    "Курьер привёз заказ, Маша — деньги.",       # the dash is there
    "Мы купили хлеб, молоко масло.",             # a third item of a list, not a part of its own
    "Мы ждём вас, Анна Сергеевна.",              # an address with the patronymic
    "Я проверю заказ, Мария минутку.",           # an address and a word of courtesy
    "Оператор принял заявку, мастер её закрыл.",  # the second part has its verb
    "Мы ждём вас, Ольга завтра.",                # no noun after the name
])
def test_silent(rule_hits, text):
    assert rule_hits(text, RULE) == []
