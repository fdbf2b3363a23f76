"""A code to dial answers a question how to do something, in any wording around it."""

from __future__ import annotations

import pytest

from app.core.scorecard.dial_codes import dialled_way
from app.core.scorecard.reply import read_reply

from reply_cases import card


@pytest.mark.parametrize("reply", [
    "*105#",
    "Здравствуйте! Остаток минут присылает по СМС команда *105*3#. Хорошего дня!",
    "Добрый день. Проверка остатка минут производится посредством запроса *105#.",
])
def test_a_code_to_dial_is_the_way(reply):
    customer = ["Как проверить остаток минут?"]
    assert dialled_way(read_reply(reply, customer))
    assert card(reply, customer)["solution"].passed is True


def test_a_code_in_a_question_back_or_to_a_question_of_value_is_no_way():
    assert dialled_way(read_reply("Здравствуйте! Вы набирали *105#?", ["Как узнать остаток минут?"])) == []
    assert dialled_way(read_reply("Здравствуйте! Наберите *105#.", ["Сколько минут у меня осталось?"])) == []
