"""A «как …?» answered by the way to another doing on the same thing is no answer; the way to the asked doing in
other words, or a step on the interface, is."""

from __future__ import annotations

import pytest

from app.core.scorecard.how_doing import asked_doings, way_to_another
from app.core.scorecard.reply import read_reply
from reply_cases import card


def _other(reply: str, customer: str) -> str:
    return way_to_another(read_reply(reply, [customer]))


def test_the_doing_asked_about_and_what_it_is_done_to():
    r = read_reply("", ["Подскажите, как закрыть накопительный счёт?"])
    assert [(v.text, [t.text for t in things]) for v, things in asked_doings(r)] == [("закрыть", ["счёт"])]
    # «как это сделать» points back to the doing wanted before it, asked with or without its mark
    r = read_reply("", ["хочу перенести бронь на другую дату, как это сделать"])
    assert [(v.text, [t.text for t in things]) for v, things in asked_doings(r)] == [("перенести", ["бронь", "дату"])]
    assert asked_doings(read_reply("", ["Вчера я, как обычно, оплатить заказ картой не смог."])) == []


@pytest.mark.parametrize("reply, customer, other", [
    # the way to another doing on the customer's thing
    ("Здравствуйте! Заблокировать номер можно в приложении в разделе «Безопасность».",
     "Как сменить номер телефона в профиле?", "сменить"),
    ("Здравствуйте! Скачать выписку можно в личном кабинете.", "хочу оспорить выписку, как это сделать",
     "оспорить"),
    # the asked doing itself, in any form, or named by its noun
    ("Здравствуйте! Сменить номер можно в приложении в разделе «Профиль».", "Как сменить номер телефона в профиле?",
     ""),
    ("Здравствуйте! Заблокировать номер можно в приложении, а смена номера делается в салоне.",
     "Как сменить номер телефона в профиле?", ""),
    ("Здравствуйте! Удаление страницы пока недоступно, скрыть страницу можно в настройках.",
     "Как удалить страницу магазина?", ""),
    # a near synonym is the way in other words
    ("Здравствуйте! Отключить подписку можно в профиле, в разделе «Оплата».", "Как отменить подписку?", ""),
    # a step on a name in quotes is the interface, not the thing
    ("Здравствуйте! Откройте «Профиль» → «Номер телефона» и нажмите «Изменить».",
     "Как сменить номер телефона в профиле?", ""),
])
def test_a_way_to_another_doing_on_the_same_thing(reply, customer, other):
    assert _other(reply, customer) == other


def test_the_scorecard_fails_the_way_to_another_doing_and_passes_the_way_asked():
    customer = ["Как удалить страницу магазина насовсем?"]
    off = card("Здравствуйте! Скрыть страницу магазина можно в настройках: «Магазин» → «Видимость». Хорошего дня!",
               customer)["solution"]
    assert (off.passed, off.reason) == (False, "Клиент просит «удалить», а ответ об этом молчит и предлагает другое: "
                                               "«Скрыть».")
    on = card("Здравствуйте! Удалить страницу магазина можно в настройках: «Магазин» → «Удалить». Хорошего дня!",
              customer)["solution"]
    assert on.passed is True, on.reason
