"""causes_told: a why-question answered by a cause told without a causal word — another event, a state that is
there, what the thing is. Replies of our own."""

from __future__ import annotations

import pytest
from reply_cases import card

from app.core.scorecard.causes_told import causes_told, names_what
from app.core.scorecard.reasons import why_verbs
from app.core.scorecard.reply import read_reply


def _told(reply: str, customer: str) -> list[str]:
    r = read_reply(reply, customer)
    return [r.text[s:s + n] for s, n in causes_told(r, [], why_verbs(r))]


@pytest.mark.parametrize("customer, reply", [
    ("Почему мне начислили пени?", "Добрый день! Вы не оплатили квитанцию за октябрь до 10-го числа."),
    ("Почему закрыли мой магазин на маркетплейсе?", "Здравствуйте! В карточках нашлись поддельные сертификаты."),
    ("Почему поезд стоит уже час?", "Здравствуйте! На перегоне перед станцией была авария контактной сети."),
    ("Почему у меня забрали бонусы?", "Добрый вечер! Заказ, за который их дали, вернули в магазин."),
])
def test_another_event_or_a_state_is_the_cause(customer, reply):
    assert len(_told(reply, customer)) == 1
    assert card(reply, [customer])["solution"].passed is True


@pytest.mark.parametrize("customer, reply", [
    ("Почему отменили урок?", "Здравствуйте! Урок отменили вчера вечером."),  # the event told back
    ("Почему отменили урок?", "Здравствуйте! Я посмотрела расписание преподавателя."),  # the operator's own doing
    ("Почему отменили урок?", "Здравствуйте! Ваше обращение передано методисту."),  # handling, no cause
    ("Почему отменили урок?", "Здравствуйте! Наверное, преподаватель заболел."),  # a guess
    ("Почему отменили урок?", "Здравствуйте! Ошибки в расписании быть не может."),  # what cannot be
    ("Почему отменили урок?", "Здравствуйте! Перенесите занятие в личном кабинете."),  # a step
])
def test_no_cause_is_read(customer, reply):
    assert _told(reply, customer) == []


def test_what_it_is_named_by_an_inanimate_noun_read_as_accusative():
    # «счёт» is read as an accusative first: its nominative is the same word, and «Это счёт за …» names what it is
    words = read_reply("Это счёт за звонки в роуминге.", "Почему пришёл счёт?").tokens
    assert names_what(words)
    assert names_what(read_reply("Это ежемесячная абонентская плата.", "Почему сняли деньги?").tokens)
    assert not names_what(read_reply("Это в приложении.", "Почему сняли деньги?").tokens)
