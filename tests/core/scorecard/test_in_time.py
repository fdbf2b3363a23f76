"""«Успеете к пятнице?» wants a yes or a no: the reply's own term alone leaves the customer to reckon whether it is in
time (rubric, «Решение»: answered so that the customer need not ask again)."""

from __future__ import annotations

import pytest

from reply_cases import card

BY_SATURDAY = ["Добрый день! Свадьба в субботу, через четыре дня. Успеете сшить и привезти платье к этому дню?"]


def test_a_term_of_ones_own_does_not_say_whether_it_is_in_time():
    got = card("Здравствуйте! Пошив платья занимает от 5 до 7 рабочих дней, доставка по городу — ещё один день. "
               "Если будут вопросы, пишите!", BY_SATURDAY)
    assert (got["solution"].passed, got["solution"].reason) == (
        False, "Клиент спросил, успеете ли к его сроку («Успеете сшить и привезти платье к этому дню?»), а ответ "
               "называет только свой срок: ни «да», ни «нет».")


@pytest.mark.parametrize("reply", [
    # says it will not be in time, and what will
    "Здравствуйте! К субботе пошив не успеет: он занимает 5–7 рабочих дней. Успеем подогнать готовое платье вашего "
    "размера, примерка в салоне на Садовой. Напишите, если подходит.",
    # names a day the customer can set against the deadline
    "Здравствуйте! Сошьём срочно за 1 500 ₽: курьер привезёт платье в пятницу с 12:00 до 16:00. Хорошего дня!",
])
def test_saying_whether_or_naming_the_day_answers(reply):
    assert card(reply, BY_SATURDAY)["solution"].passed is True


LAYOVER = ["Очень волнуюсь: пересадка 40 минут во Франкфурте, успею?"]


@pytest.mark.parametrize("reply", [
    # whether the time is enough is whether it is in time
    "Здравствуйте! Сорока минут во Франкфурте достаточно: багаж перегрузят без вас, выходить из зоны не нужно.",
    # the customer's own span said back, weighed
    "Здравствуйте! 40 минут во Франкфурте хватит: багаж перегрузят без вас. Хорошего полёта!",
])
def test_the_customers_time_said_to_be_enough_answers_whether(reply):
    got = card(reply, LAYOVER)["solution"]
    assert got.passed is True, got.reason


def test_a_reply_about_the_airport_alone_still_leaves_whether_open():
    got = card("Здравствуйте! Пересадки во Франкфурте проходят через паспортный контроль. Хорошего полёта!",
               LAYOVER)["solution"]
    assert got.passed is False, got.reason


def test_a_day_to_set_against_the_deadline_speaks_to_will_i_make_it():
    got = card("Здравствуйте! Заказ будет в пункте выдачи в четверг, хранится 7 дней.",
               ["Успею ли я забрать заказ до субботы? Уезжаю в воскресенье."])["solution"]
    assert got.passed is True, got.reason


def test_the_customers_own_day_after_na_is_the_booking_not_a_term():
    from app.core.scorecard.in_time import booked_date
    from app.core.scorecard.reply import read_reply
    r = read_reply("Здравствуйте! Хорошо, номер на 14 мая будет забронирован.", "Тогда бронируйте номер на 14-е")
    at = r.text.index("14")
    assert booked_date(r, (at, 6)) is True
    # a day of the reply's own is a term, and so is the customer's day said with «к» or «до»
    r = read_reply("Здравствуйте! Номер забронирую на 14 мая до 18:00 сегодня.", "Бронируйте номер на 15-е")
    assert booked_date(r, (r.text.index("14"), 6)) is False
    r = read_reply("Здравствуйте! Документы пришлём до 14 мая.", "Мне нужны документы к 14-му")
    assert booked_date(r, (r.text.index("14"), 6)) is False


def test_a_booking_told_for_the_customers_day_owes_its_time():
    from app.core.scorecard import score_reply
    result = score_reply("Здравствуйте! Хорошо, номер на 14 мая будет забронирован. Хорошего отдыха!",
                         "Тогда бронируйте номер на 14-е", grammar=None)["solution"]
    assert result.passed is False


def test_how_long_a_thing_lasts_is_no_term_past_the_customers_deadline():
    from app.core.scorecard.in_time import deadline_passed
    from app.core.scorecard.reply import read_reply
    asked = "Через два часа вылет в Грузию, интернет там будет?"
    r = read_reply("Здравствуйте! Да, роуминг включён: пакет 3 ГБ на 10 дней стоит 500 ₽, подключится сам по прилёте.",
                   asked)
    assert deadline_passed(r) is None
    r = read_reply("Здравствуйте! Роуминг подключим в течение 3 рабочих дней.", asked)
    assert deadline_passed(r) is not None
