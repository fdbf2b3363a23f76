"""The day of what was done left to be told later, with no term: a promise of a promise."""

from __future__ import annotations

import pytest

from app.core.scorecard.reply import read_reply
from app.core.scorecard.told_later import day_told_later
from reply_cases import card

_ASKED = "Можно перенести вебинар с пятницы на следующую неделю?"


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Вебинар перенесён. Новая дата будет сообщена дополнительно.",
    "Здравствуйте! Перенесли. О новом времени сообщим позже.",
    "Здравствуйте! Вебинар перенесён, дату вам пришлют отдельно.",
])
def test_a_day_told_later_is_found(reply):
    assert day_told_later(read_reply(reply, _ASKED), []) != []


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Вебинар перенесён на вторник, 18:00, ссылку пришлём на почту.",  # the day is named
    "Здравствуйте! Вебинар перенесён. Запись пришлём на почту.",  # a record sent, no day left open
    "Здравствуйте! Какую дату вам сообщить?",  # a question
])
def test_a_day_named_or_no_day_left_is_not_found(reply):
    r = read_reply(reply, _ASKED)
    frames = [(reply.index("вторник"), 7)] if "вторник" in reply else []
    assert day_told_later(r, frames) == []


def test_a_move_with_its_day_left_to_later_fails():
    result = card("Здравствуйте! Вебинар перенесён. Новая дата будет сообщена дополнительно.", _ASKED)["solution"]
    assert result.passed is False and "не сказано, когда" in result.reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Если хотите, посмотрю места на вашу дату и пришлю варианты.",  # an offer after «если»
    "Здравствуйте! Расписание в меню «Календарь», кнопка пришлёт напоминание.",  # nothing put off
])
def test_an_offer_or_a_told_now_is_not_a_day_put_off(reply):
    assert day_told_later(read_reply(reply, _ASKED), []) == []
