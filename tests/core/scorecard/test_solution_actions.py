"""The solution verdict reads what a reply does, not only what it names: the question's action taken up, a deed
reported with a short participle, and no restart advice to a fault that has lasted days."""

from __future__ import annotations

import pytest

from reply_cases import card

TICKET = ["Здравствуйте! Можно ли сдать билет на поезд, если я заболела?"]


def test_the_right_object_with_another_action_is_no_answer():
    c = card("Здравствуйте! Билеты на поезд продаются за 90 дней до отправления. Хорошего дня!", TICKET)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Клиент спросил «Можно ли сдать билет на поезд, если я заболела», а ответ об этом "
                                    "ничего не говорит: ни «да», ни «нет», ни того, о чём вопрос.")


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Сдать билет вы можете в приложении до отправления, деньги вернутся за 7 дней. Хорошего дня!",
    "Здравствуйте! Билет возвращается в приложении в разделе «Мои поездки», деньги придут за 7 дней. Хорошего дня!",
])
def test_the_action_taken_up_answers(reply):
    assert card(reply, TICKET)["solution"].passed is True


VOUCHER = ["Где мой ваучер? Оплатила вчера, на почту ничего не пришло."]


def test_a_deed_reported_with_a_short_participle_is_done():
    c = card("Здравствуйте! Ваучер отправлен на вашу почту ещё раз. Хорошего дня!", VOUCHER)
    assert c["solution"].passed is True
    assert c["solution"].reason == "Оператор сделал, что нужно: «отправлен»."


def test_a_participle_about_something_else_is_not_the_deed_asked_for():
    c = card("Здравствуйте! Договор отправлен на вашу почту. Хорошего дня!", VOUCHER)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Нет ни ответа по существу, ни следующего шага со сроком."


OUTAGE = ["Интернет не работает уже три дня! Сколько можно?"]


def test_restart_advice_to_a_fault_of_days_is_no_solution():
    c = card("Здравствуйте! Перезагрузите роутер и проверьте кабель. Хорошего дня!", OUTAGE)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Клиент пишет, что не работает уже три дня, а ответ — только то, что пробуют "
                                    "первым («Перезагрузите», «проверьте»): нужен шаг компании и срок.")


@pytest.mark.parametrize("customer", [
    ["Интернет только что пропал, что делать?"],  # a fresh fault
    ["Добрый день. Третий день не работает интернет, лампочка на роутере мигает оранжевым."],  # a calm report
])
def test_restart_advice_is_a_step_once_the_cause_is_told(customer):
    # without the cause, or the company's step with a time if it fails, it is a guess (settled 2026-12-06)
    bare = card("Здравствуйте! Перезагрузите роутер и проверьте кабель. Хорошего дня!", customer)
    told = card("Здравствуйте! На линии всё в порядке, сбой в самом роутере. Перезагрузите его и проверьте кабель. "
                "Хорошего дня!", customer)
    assert (bare["solution"].passed, told["solution"].passed) == (False, True), told["solution"].reason


def test_a_fallback_to_file_a_request_is_no_step_of_the_company():
    c = card("Здравствуйте! Перезагрузите роутер. Если не поможет, оставьте заявку на сайте. Хорошего дня!",
             ["Третий день нет интернета!!! Я работаю из дома!"])
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Клиент пишет, что не работает третий день, а ответ")


def test_a_visit_with_a_time_to_a_fault_of_days_is_a_solution():
    c = card("Здравствуйте! Простите за неудобства. Мастер приедет завтра с 10:00 до 14:00. Хорошего дня!", OUTAGE)
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("reply, customer, ok", [
    # a fronted object does not agree with the verb: the operator did it
    ("Здравствуйте! Результаты анализов отправила вам на почту, всё в норме. Хорошего дня!",
     ["Пришлите мне, пожалуйста, результаты анализов дочери."], True),
    # done by the company in the plural, what the customer asked for
    ("Здравствуйте! Число жильцов исправили, перерасчёт будет в декабрьской квитанции. Всего доброго.",
     ["В квитанции начислено за 4 человек, а живём вдвоём. Поправьте, пожалуйста."], True),
    # the plural says again what the customer reported
    ("Здравствуйте! Поезд 104 отменили 3 мая. Хорошего дня!", ["Почему отменили мой поезд?"], False),
])
def test_a_past_deed_is_told_from_its_subject(reply, customer, ok):
    assert card(reply, customer)["solution"].passed is ok, card(reply, customer)["solution"].reason


GROUP_GONE = ["Группу расформировали, а меня даже не спросили! Я уже оплатила весь курс!"]


def test_the_customer_put_somewhere_by_the_company_is_a_deed_done():
    """«Вы зачислены в …» tells what the company has already arranged for the customer, about what they wrote of."""
    c = card("Здравствуйте. Вы зачислены в вечернюю группу курса, занятия по вторникам в 19:00.", GROUP_GONE)
    assert (c["solution"].passed, c["solution"].reason) == (True, "Оператор сделал, что нужно: «зачислены».")


def test_a_feeling_said_in_the_passive_is_no_deed():
    c = card("Здравствуйте. Вы расстроены в связи с группой, понимаю.", GROUP_GONE)
    assert c["solution"].passed is False
