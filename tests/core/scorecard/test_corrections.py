"""A reply about what the customer took back in a correction fails (app/core/scorecard/corrections.py)."""

from __future__ import annotations

import pytest

from app.core.scorecard.corrections import superseded
from app.core.scorecard.reply import read_reply
from reply_cases import card

SEATS = ["Сколько будет стоить подписка на 4 сотрудников?", "тариф «Команда»",
         "хотя нет, 6 сотрудников, двое новеньких выходят"]
TRIP = ["Лечу в Армению на три дня, какой пакет интернета взять?", "поправка: не на три дня, на две недели"]
CARD = ["Заблокируйте карту, потеряла", "последние цифры 4417", "ой, 4471, перепутала"]


@pytest.mark.parametrize("customer, reply, ok", [
    # the old count, the old span, the old digits: the reply answers what the customer took back
    (SEATS, "Здравствуйте! Подписка «Команда» на четырёх сотрудников стоит 2 000 ₽ в месяц. Хорошего дня!", False),
    (TRIP, "Здравствуйте! Возьмите пакет «Три дня»: 3 ГБ за 300 ₽. Подключить можно в приложении. Хорошего дня!",
     False),
    (CARD, "Здравствуйте! Карта с последними цифрами 4417 заблокирована. Новую закажите в приложении. Хорошего дня!",
     False),
    # the new value taken up: the other rules judge
    (SEATS, "Здравствуйте! Подписка «Команда» на 6 сотрудников стоит 3 000 ₽ в месяц. Хорошего дня!", True),
    (TRIP, "Здравствуйте! На две недели берите пакет «Месяц»: 20 ГБ за 900 ₽, подключается в приложении. "
           "Хорошего дня!", True),
    (CARD, "Здравствуйте! Карта 4471 заблокирована. Новую закажите в приложении. Хорошего дня!", True),
])
def test_a_reply_about_what_the_customer_took_back(customer, reply, ok):
    c = card(reply, customer)
    assert c["solution"].passed is ok, c["solution"].reason
    if not ok:
        assert c["solution"].reason.startswith("Клиент поправил себя")


def test_a_correction_with_no_value_of_the_same_kind_reads_nothing():
    # «ой» with no value replaced, and an order number the correction does not touch
    r = read_reply("Здравствуйте! Заказ 5521 отменён, деньги вернутся за 3 дня.",
                   ["Отмените заказ 5521", "ой, и подскажите, когда вернутся деньги"])
    assert superseded(r) is None
    r = read_reply("Здравствуйте! Лыжи страховка покрывает до 30 000 €.",
                   ["Страховка покрывает лыжи?", "поправка — сноуборд, а не лыжи"])
    assert superseded(r)[0].startswith("поправка")
