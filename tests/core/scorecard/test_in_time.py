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
