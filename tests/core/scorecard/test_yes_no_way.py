"""A yes to «можно ли <do it>?» that says nothing of how the customer does it."""

from __future__ import annotations

import pytest

from app.core.scorecard.reply import read_reply
from app.core.scorecard.yes_no_way import yes_without_way
from reply_cases import card

ASKED = ["Добрый день. Можно ли оформить абонемент в бассейн со скидкой для студентов?"]


@pytest.mark.parametrize("reply, yes", [
    ("Добрый день! Да, такая программа у нас есть. Ждём вас! Хорошего дня!", "Да"),  # only that it exists
    ("Добрый день! Да, у нас есть аккредитация, поэтому скидку оформить можно. Хорошего дня!", "Да"),  # a reason
    ("Добрый день! Конечно, абонемент со скидкой оформить можно. Будем рады видеть вас в бассейне!", "Конечно"),
])
def test_a_yes_with_no_way_is_found(reply, yes):
    r = read_reply(reply, ASKED)
    assert [r.text[s:s + n] for s, n in yes_without_way(r, [])] == [yes]


@pytest.mark.parametrize("reply", [
    "Добрый день! Да, скидку оформит администратор на стойке по студенческому билету.",  # a party and a means
    "Добрый день! Да, студенческий абонемент стоит 2 400 ₽ вместо 3 000 ₽.",  # a figure
    "Добрый день! Да, оформите его в приложении: «Абонементы» → «Студенческий».",  # a step and a path
    "Добрый день! Нет, скидки для студентов у нас нет.",  # a no is judged by other rules
])
def test_a_way_a_figure_a_step_or_a_no_is_left(reply):
    assert yes_without_way(read_reply(reply, ASKED), []) == []


def test_a_question_of_how_or_with_no_doing_is_left_to_other_rules():
    reply = "Добрый день! Да, такая программа у нас есть. Хорошего дня!"
    assert yes_without_way(read_reply(reply, ["Как оформить абонемент со скидкой для студентов?"]), []) == []
    assert yes_without_way(read_reply(reply, ["А со справкой из вуза в бассейн можно?"]), []) == []


def test_the_customers_doing_said_back_by_its_noun_is_no_way():
    r = read_reply("Здравствуйте! Да, номер при переходе сохраняется. Хорошего дня!",
                   ["Могу ли я перейти к вам и сохранить свой номер?"])
    assert yes_without_way(r, [])


@pytest.mark.parametrize("reply, ok", [
    ("Добрый день! Да, такая программа у нас есть. Ждём вас! Хорошего дня!", False),
    ("Добрый день! Да, скидку оформит администратор на стойке по студенческому билету. Хорошего дня!", True),
])
def test_the_verdict(reply, ok):
    c = card(reply, ASKED)
    assert c["solution"].passed is ok, c["solution"].reason


def test_already_before_a_participle_is_no_time_frame():
    """«на уже оплаченный заказ»: «уже» tells which order, it sets no time for the doing."""
    from reply_cases import card
    asked = ["Я уже оплатил заказ, а потом заметил скидку. Можно теперь применить промокод?"]
    got = card("Здравствуйте! Да, промокод можно применить и к уже оплаченному заказу. Хорошего дня!", asked)["solution"]
    assert got.passed is False, got.reason


@pytest.mark.parametrize("customer", [
    ["Хочу сдвинуть запись к мастеру с пятницы на субботу, можно?"],
    ["Мне бы продлить абонемент ещё на месяц — это можно ли?"],
])
def test_a_doing_said_first_and_leave_asked_after_it_wants_the_way_too(customer):
    r = read_reply("Добрый день! Да, можно. Хорошего дня!", customer)
    assert [r.text[s:s + n] for s, n in yes_without_way(r, [])] == ["Да"]


def test_a_wish_with_no_leave_asked_is_left_to_other_rules():
    r = read_reply("Добрый день! Да, можно. Хорошего дня!", ["Хочу сдвинуть запись к мастеру на субботу."])
    assert yes_without_way(r, []) == []
