"""money_instead: after a cancellation the customer asks what to do; a reply about money only answers another
question. Replies of our own."""

from __future__ import annotations

from app.core.scorecard import score_reply
from app.core.scorecard.money_instead import money_instead
from app.core.scorecard.reply import read_reply

_BUS = "Автобус до Казани отменили, а мне послезавтра сдавать экзамен! Что мне теперь делать?"


def _all_sentences(r):
    return [(s, e - s) for s, e in r.sentences]


def test_only_money_to_a_cancelled_trip_fails():
    reply = "Здравствуйте! Сожалеем. Стоимость билета вернётся на карту в течение пяти рабочих дней. Всего доброго!"
    r = read_reply(reply, _BUS)
    need, money = money_instead(r, [r.sentences[2][:1] + (5,)])
    assert need == "Что мне теперь делать" and money
    card = score_reply(reply, _BUS, grammar=None)
    assert card["solution"].passed is False
    assert card["solution"].reason.startswith("Клиент спрашивает, как быть после отмены («Что мне теперь делать»)")


def test_a_way_on_beside_the_money_stands():
    reply = ("Здравствуйте! Сожалеем. Я пересадила вас на автобус в 21:30 сегодня, билет у вас на почте. Разницу в "
             "стоимости, 300 рублей, вернём на карту в течение пяти дней.")
    r = read_reply(reply, _BUS)
    assert money_instead(r, _all_sentences(r)[2:]) == ("", [])
    assert score_reply(reply, _BUS, grammar=None)["solution"].passed is True


def test_a_customer_who_asks_about_money_is_answered_by_money():
    asked = "Поезд до Твери отменили. Что делать с деньгами за билет?"
    reply = "Здравствуйте! Деньги за билет вернутся на карту в течение семи дней, ничего делать не нужно."
    r = read_reply(reply, asked)
    assert money_instead(r, _all_sentences(r)) == ("", [])


def test_a_cancellation_wanted_is_no_cancellation_told():
    asked = "Как отменить подписку на журнал? Помогите"
    reply = "Здравствуйте! Деньги за подписку вернутся в течение трёх дней после отмены в личном кабинете."
    r = read_reply(reply, asked)
    assert money_instead(r, _all_sentences(r)) == ("", [])


def test_help_asked_in_other_words():
    for asked, words in (("Концерт отменили за час до начала, как быть?", "как быть"),
                         ("Рейс отменён!! Помогите, я в аэропорту", "Помогите"),
                         ("Электричку отменили. Как добраться до Клина?", "Как добраться")):
        reply = "Здравствуйте! Компенсацию можно запросить в течение 30 дней на сайте."
        r = read_reply(reply, asked)
        assert money_instead(r, _all_sentences(r)[1:])[0] == words
