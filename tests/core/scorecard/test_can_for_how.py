"""A question of how, answered only by «можно» said of the asked doing."""

from __future__ import annotations

import pytest

from app.core.scorecard.can_for_how import can_for_how
from app.core.scorecard.reply import read_reply
from reply_cases import card

ASKED = ["как сменить куратора группы? мы с ним не сработаемся"]


def test_the_doing_said_back_with_can_is_found():
    r = read_reply("Здравствуйте! Да, конечно, куратора можно сменить, это бесплатно, а все ваши работы останутся в "
                   "системе. Хорошего дня!", ASKED)
    assert [r.text[s:s + n] for s, n in can_for_how(r)] == ["можно сменить"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Сменить куратора можно через учебную часть, это бесплатно.",  # a means named
    "Здравствуйте! Куратора можно сменить: напишите в учебную часть, ответят в течение дня.",  # a step
    "Здравствуйте! Куратора можно сменить в разделе «Группа» → «Куратор».",  # a path
])
def test_a_means_a_step_or_a_path_is_the_how(reply):
    assert can_for_how(read_reply(reply, ASKED)) == []


def test_a_yes_or_no_question_is_left_to_the_yes_rules():
    r = read_reply("Здравствуйте! Да, куратора можно сменить, это бесплатно.", ["Можно ли сменить куратора группы?"])
    assert can_for_how(r) == []


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Да, конечно, куратора можно сменить, это бесплатно, а все ваши работы останутся в системе. "
     "Хорошего дня!", False),
    ("Здравствуйте! Куратора можно сменить: напишите в учебную часть, ответят в течение дня. Хорошего дня!", True),
])
def test_the_verdict(reply, ok):
    c = card(reply, ASKED)
    assert c["solution"].passed is ok, c["solution"].reason
