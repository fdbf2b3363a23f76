"""The solution verdict reads what a reply does, not only what it names: the question's action taken up, no
contradiction inside the reply, a deed reported with a short participle, and no restart advice to a fault that has
lasted days."""

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


PRICE = ["Добрый день! Сколько стоит доставка до двери?"]


def test_free_and_a_price_for_the_same_thing_contradict():
    c = card("Здравствуйте! Доставка до двери бесплатная, стоимость доставки 290 ₽. Хорошего дня!", PRICE)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Ответ противоречит сам себе: «бесплатная», «290» — клиент не поймёт, что верно."


@pytest.mark.parametrize("reply", [
    # two cases told apart by a condition
    "Здравствуйте! Доставка до двери бесплатная при заказе от 3 000 ₽, иначе 290 ₽. Хорошего дня!",
    # free is one thing, the price another
    "Здравствуйте! Доставим до двери бесплатно, подъём на этаж стоит 290 ₽. Хорошего дня!",
])
def test_a_condition_or_another_object_is_no_contradiction(reply):
    assert card(reply, PRICE)["solution"].passed is True, card(reply, PRICE)["solution"].reason


POINTS = ["Здравствуйте! Бонусные баллы сохранятся, если я сменю тариф?"]


def test_kept_and_lost_for_the_same_thing_contradict():
    c = card("Здравствуйте! Баллы при смене тарифа сохраняются. Баллы при смене тарифа сгорают. Хорошего дня!", POINTS)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «сохраняются», «сгорают» — клиент не поймёт, "
                                    "что верно.")


def test_a_verb_and_the_same_verb_with_not_contradict():
    c = card("Здравствуйте! Баллы при смене тарифа не сохраняются. Переходите спокойно: баллы при смене тарифа "
             "сохраняются. Хорошего дня!", POINTS)
    assert c["solution"].passed is False
    assert c["solution"].reason == ("Ответ противоречит сам себе: «не сохраняются», «сохраняются» — клиент не "
                                    "поймёт, что верно.")


def test_kept_now_and_lost_later_is_no_contradiction():
    c = card("Здравствуйте! Да, баллы сохраняются при смене тарифа, но после года без покупок баллы сгорают. "
             "Хорошего дня!", POINTS)
    assert c["solution"].passed is True, c["solution"].reason


VOUCHER = ["Где мой ваучер? Оплатила вчера, на почту ничего не пришло."]


def test_a_deed_reported_with_a_short_participle_is_done():
    c = card("Здравствуйте! Ваучер отправлен на вашу почту ещё раз. Хорошего дня!", VOUCHER)
    assert c["solution"].passed is True
    assert c["solution"].reason == "Оператор сделал, что нужно: «отправлен»."


def test_a_participle_about_something_else_is_not_the_deed_asked_for():
    c = card("Здравствуйте! Договор отправлен на вашу почту. Хорошего дня!", VOUCHER)
    assert c["solution"].passed is False
    assert c["solution"].reason == "Шаг назван («отправлен»), но не сказано, когда: добавьте срок."


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
def test_restart_advice_to_a_fresh_fault_or_a_calm_report_is_a_step(customer):
    c = card("Здравствуйте! Перезагрузите роутер и проверьте кабель. Хорошего дня!", customer)
    assert c["solution"].passed is True, c["solution"].reason


def test_a_fallback_to_file_a_request_is_no_step_of_the_company():
    c = card("Здравствуйте! Перезагрузите роутер. Если не поможет, оставьте заявку на сайте. Хорошего дня!",
             ["Третий день нет интернета!!! Я работаю из дома!"])
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Клиент пишет, что не работает третий день, а ответ")


def test_can_and_cannot_about_the_same_thing_contradict():
    c = card("Здравствуйте! Да, полис можно оплатить в рассрочку на три платежа. Однако рассрочка на полис не "
             "предоставляется. Хорошего дня!", ["Можно ли оплатить полис частями?"])
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Ответ противоречит сам себе:")


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Скидку на текущий тариф сделать нельзя, но перейти на тариф «Свой» за 450 ₽ можно в "
     "приложении. Хорошего дня!", ["Можно мне скидку на тариф?"]),
    ("Здравствуйте! Поменять место в купленном билете нельзя, но можно вернуть этот билет и купить новый на нижнее "
     "место, сбор 250 ₽. Хорошего дня!", ["Купил билет на верхнюю полку. Можно поменять на нижнюю?"]),
])
def test_cannot_one_thing_and_can_another_is_no_contradiction(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is True, c["solution"].reason


def test_a_visit_with_a_time_to_a_fault_of_days_is_a_solution():
    c = card("Здравствуйте! Простите за неудобства. Мастер приедет завтра с 10:00 до 14:00. Хорошего дня!", OUTAGE)
    assert c["solution"].passed is True, c["solution"].reason
