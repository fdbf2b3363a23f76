"""Weariness at calls, mailings or messages is weariness at the company, whoever's they are said to be; weariness at
a thing of one's own is not."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.contact_from_outside import contact_from_outside
from app.core.scorecard.words import tokenize


@pytest.mark.parametrize("text, pestered", [
    ("Надоели эти звонки по вечерам", True),
    ("Надоела рассылка про скидки", True),
    ("Надоели напоминания в шесть утра", True),
    ("Старый чехол надоел", False),
    ("Надоел мне этот цвет интерфейса", False),
])
def test_contact_from_outside_is_read_by_its_sense(text, pestered):
    assert contact_from_outside(tokenize(text)) is pestered


def test_weary_of_calls_asks_for_empathy_and_weary_of_ones_own_thing_does_not():
    reply = "Здравствуйте! Готово, номер убран из базы, больше вам не позвонят. Хорошего дня!"
    assert score_reply(reply, ["Надоели звонки с опросами, уберите мой номер из базы."])["empathy"].passed is False
    assert score_reply(reply, ["Старая карта надоела, можно заказать новую с другой картинкой?"])["empathy"].passed is None
