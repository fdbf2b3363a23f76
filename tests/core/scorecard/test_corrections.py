"""A reply about what the customer took back in a correction fails: a value read by grammar after «хотя нет», «ой»,
«поправка», or a figure corrected by the figures alone (app/core/scorecard/corrections.py)."""

from __future__ import annotations

import pytest

from app.core.scorecard.corrections import figure_taken_back, superseded
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


def test_a_number_corrected_by_one_group_and_repeated_is_found():
    messages = ["Заблокируйте, пожалуйста, сим-карту 8 903 412 67 90", "ой, 8 903 412 76 90, пальцы не слушаются"]
    found = figure_taken_back("Здравствуйте! Номер 8 903 412-67-90 заблокирован. Хорошего дня!", messages)
    assert found is not None and found[1:] == ("67", "76")


def test_a_figure_named_as_the_wrong_one_is_taken_back():
    messages = ["Сколько стоит доставка в дом 17?", "точнее, в дом 71, не 17"]
    assert figure_taken_back("Здравствуйте! Доставка в дом 17 бесплатная. Хорошего дня!", messages)[1:] == ("17", "71")


def test_a_reply_with_the_new_figure_is_not_stale():
    messages = ["Где посылка 60418?", "перепутала, посылка 60481"]
    assert figure_taken_back("Здравствуйте! Посылка 60481 будет у вас завтра, а 60418 — не ваша. Хорошего дня!", messages) is None


def test_a_figure_added_later_corrects_nothing():
    messages = ["Где посылка 60418?", "ой, и ещё посылка 60481 тоже не пришла"]
    assert figure_taken_back("Здравствуйте! Посылка 60418 будет у вас завтра. Хорошего дня!", messages) is None


def test_a_stale_figure_fails_the_solution_with_both_figures_named():
    c = card("Здравствуйте! Посылка 60418 прибудет в пункт выдачи завтра до 14:00. Хорошего дня!",
             ["Где посылка 60418?", "перепутала номер, посылка 60481"])
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Клиент поправил «60418» на «60481»")
