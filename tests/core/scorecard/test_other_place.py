"""other_place: the customer names a town after a preposition and the reply answers about another town after the same
preposition, never naming the customer's. Replies of our own."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.other_place import other_place
from app.core.scorecard.reply import read_reply


def _aside(reply: str, customer: str) -> list[str]:
    r = read_reply(reply, customer)
    return [r.text[s:e].strip() for s, e in other_place(r)]


def test_another_town_after_the_same_preposition_is_set_aside():
    customer = "Подскажите, вы возите мебель в Псков?"
    reply = "Добрый день! В Смоленск привезём за три дня. Хорошего дня!"
    assert _aside(reply, customer) == ["В Смоленск привезём за три дня."]
    assert card(reply, [customer])["solution"].passed is False


def test_the_customers_town_a_whole_country_or_an_offer_instead_is_no_other_place():
    customer = "Подскажите, вы возите мебель в Псков?"
    assert _aside("Добрый день! В Псков привезём за три дня.", customer) == []
    assert _aside("Добрый день! Привозим по всей России за неделю.", customer) == []
    assert _aside("Добрый день! Можем предложить доставку в Смоленск, оттуда заберёте сами.", customer) == []
    # a reply that names the customer's town too compares, it does not answer about a neighbour
    assert _aside("Добрый день! В Смоленск за два дня, в Псков за три.", customer) == []
