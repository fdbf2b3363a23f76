"""A deed done on another numbered thing than the customer's is no solution."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply


@pytest.mark.parametrize("customer, reply, passed", [
    ("Отмените, пожалуйста, заказ 55123, он мне больше не нужен.",
     "Здравствуйте! Заказ 55124 отменила, деньги вернутся в течение 3 дней. Хорошего дня!", False),
    ("Отмените, пожалуйста, заказ 55123, он мне больше не нужен.",
     "Здравствуйте! Заказ 55123 отменила, деньги вернутся в течение 3 дней. Хорошего дня!", True),
    ("Заблокируйте карту, которая заканчивается на 4412, я её потеряла!",
     "Здравствуйте! Очень жаль. Карту *7781 я заблокировала. Хорошего дня!", False),
    ("Заблокируйте карту, которая заканчивается на 4412, я её потеряла!",
     "Здравствуйте! Очень жаль. Карту *4412 я заблокировала, новую выпущу за 5 дней. Хорошего дня!", True),
])
def test_a_deed_on_another_number_of_the_same_kind(customer, reply, passed):
    assert score_reply(reply, [customer])["solution"].passed is passed


def test_an_amount_is_no_other_number():
    card = score_reply("Здравствуйте! Заказ 55123 отменила, 12500 ₽ вернутся на карту за 3 дня.",
                       ["Отмените заказ 55123, пожалуйста."])
    assert card["solution"].passed is True


def test_moved_onto_another_numbered_thing_is_the_deed_asked():
    card = score_reply("Здравствуйте! Пересадила вас на рейс 4471 завтра в 09:40, билет на почте. Хорошего дня!",
                       ["Рейс 4470 отменили, что делать?"])
    assert card["solution"].passed is True, card["solution"].reason
