"""A «почему?» about a harm done to the customer's thing is settled by giving the thing back with its term; a why about
a figure still wants its reason."""

from __future__ import annotations

import pytest

from app.core.scorecard.harm_undone import harm_undone
from app.core.scorecard.reasons import why_questions
from app.core.scorecard.reply import read_reply
from reply_cases import card

_LOCKED = "Почему терминал на парковке забрал мой пропуск?! Я опаздываю!"


def _undone(reply: str, customer: str) -> bool:
    r = read_reply(reply, [customer])
    return harm_undone(r, why_questions(r))


@pytest.mark.parametrize("reply, undone", [
    # the thing given back: a step or a deed to come on the thing, with a time
    ("Здравствуйте! Пропуск вам вернёт охрана на въезде через 10 минут.", True),
    ("Здравствуйте! Заберите пропуск у охраны на въезде, его принесут туда в течение часа.", True),
    # no time for it, or the thing not named in the step
    ("Здравствуйте! Пропуск вам вернёт охрана на въезде.", False),
    ("Здравствуйте! Охрана на въезде работает до 20:00.", False),
])
def test_the_harmed_thing_given_back_with_its_term(reply, undone):
    assert _undone(reply, _LOCKED) is undone


def test_a_why_about_a_figure_names_no_thing_to_give_back():
    customer = "Почему за май на 300 рублей больше, чем за апрель?"
    assert not _undone("Здравствуйте! Оплатите счёт за май до 25 мая в приложении.", customer)


def test_the_scorecard_passes_the_thing_given_back_and_fails_the_reason_left_out():
    on = card("Здравствуйте! Пропуск вам вернёт охрана на въезде через 10 минут. Хорошего дня!", [_LOCKED])
    assert on["solution"].passed is True, on["solution"].reason
    off = card("Здравствуйте! Охрана на въезде работает до 20:00. Хорошего дня!", [_LOCKED])
    assert off["solution"].passed is False
