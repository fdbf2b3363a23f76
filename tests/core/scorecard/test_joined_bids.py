"""Two requests joined by «и» in one sentence: a reply that takes up one and never speaks of the other settles half."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.joined_bids import bid_left, joined_bids
from app.core.scorecard.reply import read_reply


@pytest.mark.parametrize("message, bids", [
    ("Добрый день. Подключите, пожалуйста, ещё один номер и пришлите договор на почту.",
     ["Подключите, пожалуйста, ещё один номер", "пришлите договор на почту"]),
    ("Здравствуйте, хочу отключить рассылку и заодно узнать, сколько у меня бонусов.",
     ["отключить рассылку", "узнать, сколько у меня бонусов"]),
    # «отключите» reads likeliest as «вы отключите»: a plural imperative among the parses is enough
    ("Отключите рассылку и подключите смс и пришлите чек.", ["Отключите рассылку", "подключите смс", "пришлите чек"]),
    ("Верните деньги или привезите новый чайник.", []),  # a choice, not two requests
    ("Дайте телефон тренера, хочу договориться о занятиях.", []),  # a purpose, not a second request
    ("Хочу закрыть вклад. Подскажите, как это сделать?", []),
])
def test_joined_bids_are_two_imperatives_or_two_wanted_infinitives(message, bids):
    assert [text for text, _ in joined_bids(message)] == bids


@pytest.mark.parametrize("reply, left", [
    ("Добрый день! Номер можно подключить в разделе «Номера» → «Добавить». Хорошего дня!", "пришлите договор на почту"),
    ("Добрый день! Второй номер подключила, договор отправила вам на почту. Хорошего дня!", ""),
    # nothing of either request taken up: another rule's business, not a half
    ("Добрый день! У нас новый тариф «Семья». Хорошего дня!", ""),
])
def test_a_request_never_spoken_of_beside_one_taken_up_is_left(reply, left):
    customer = "Добрый день. Подключите, пожалуйста, ещё один номер и пришлите договор на почту."
    assert bid_left(read_reply(reply, [customer])) == left


def test_the_solution_fails_a_reply_that_answers_the_question_and_drops_the_request():
    customer = "Здравствуйте, хочу отключить рассылку и заодно узнать, сколько у меня бонусов."
    half = score_reply("Добрый день! На вашем счёте 1 250 бонусов. Хорошего дня!", [customer], grammar=None)
    assert half["solution"].passed is False
    assert "отключить рассылку" in half["solution"].reason
    both = score_reply("Добрый день! Рассылку отключила. На вашем счёте 1 250 бонусов. Хорошего дня!", [customer],
                       grammar=None)
    assert both["solution"].passed is True


def test_a_request_named_by_its_noun_is_taken_up():
    customer = "Отключите платную подписку и верните деньги."
    reply = "Здравствуйте! Подписку отключила. По возврату создана заявка, ответ придёт в течение 3 рабочих дней."
    assert bid_left(read_reply(reply, [customer])) == ""


def test_a_request_said_back_without_its_prefix_is_spoken_of():
    asked = ["Украли кошелёк, заблокируйте карту и перевыпустите, пожалуйста"]
    r = read_reply("Здравствуйте! Карту я заблокировала. Новую карту выпустила, её привезут в отделение через 5 "
                   "рабочих дней.", asked)
    assert bid_left(r) == ""
    assert bid_left(read_reply("Здравствуйте! Карту я заблокировала. Хорошего дня!", asked)) == "перевыпустите, пожалуйста"
