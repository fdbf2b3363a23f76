"""«Отнесите утюг в сервисный центр»: carried to one of the company's places, and not told which (issue 15)."""

from __future__ import annotations

from reply_cases import card

IRON = ["Утюг перестал греться через месяц после покупки. Что мне с ним делать?"]
SORRY = "Здравствуйте! Жаль, что утюг сломался. "
BYE = " Если будут вопросы, пишите."


def test_a_place_of_many_not_named_is_no_way():
    c = card(SORRY + "Отнесите его с чеком в сервисный центр." + BYE, customer=IRON)
    assert c["solution"].passed is False


def test_any_of_them_is_a_way():
    c = card(SORRY + "Отнесите его с чеком в любой сервисный центр." + BYE, customer=IRON)
    assert c["solution"].passed is True


def test_a_name_and_an_address_is_a_way():
    c = card(SORRY + "Отнесите его с чеком в сервисный центр «Искра», Литейный, 12." + BYE, customer=IRON)
    assert c["solution"].passed is True


def test_the_customers_own_shop_is_a_way():
    c = card(SORRY + "Отнесите его с чеком в магазин, где покупали." + BYE, customer=IRON)
    assert c["solution"].passed is True
