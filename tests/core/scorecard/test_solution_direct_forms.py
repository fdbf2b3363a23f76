"""Direct answers put in other words: whose a thing is, named as a noun; a thing there for the customer to use now,
which needs no time."""

from __future__ import annotations

import pytest

from reply_cases import card

CALLS = ["Мне дважды звонили с номера 8 800 555-01-01 и сбрасывали. Подскажите, чей это номер?"]
WHO = ["Сегодня мне звонили насчёт рассрочки и спрашивали про доход. Кто это был?"]


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Это номер нашего отдела доставки: курьер хотел договориться о времени. Хорошего дня!", CALLS),
    ("Здравствуйте! Это был наш кредитный специалист, он уточнял вашу заявку на рассрочку. Хорошего дня!", WHO),
])
def test_the_owner_named_as_a_noun_answers_whose_or_who(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is True, c["solution"].reason
    assert c["solution"].reason.startswith("Клиент спросил, кто или где, и ответ называет:")


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Мы проверим звонок и вернёмся с ответом. Хорошего дня!", WHO),
    ("Здравствуйте! Номер из другого региона, такие звонки бывают. Хорошего дня!", CALLS),
])
def test_no_owner_named_is_no_answer(reply, customer):
    assert card(reply, customer)["solution"].passed is False, card(reply, customer)["solution"].reason


MISSED = ["Не успела на онлайн-лекцию по бухучёту, сидела у врача. Очень жаль."]
READY = ["Мой заказ 7731 уже собрали? Хочу забрать его после работы."]


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Сочувствую, что так совпало. Запись лекции доступна в разделе «Мои курсы». Хорошего дня!",
     MISSED),
    ("Здравствуйте! Заказ 7731 готов к выдаче, приходите с паспортом. Хорошего вечера!", READY),
])
def test_what_the_customer_can_use_now_needs_no_time(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("reply", [
    # not yet: «будет доступна» wants its time
    "Здравствуйте! Сочувствую, что так совпало. Запись лекции будет доступна в разделе «Мои курсы». Хорошего дня!",
    # only under a condition
    "Здравствуйте! Сочувствую. Запись доступна только после оплаты полного курса. Хорошего дня!",
])
def test_what_is_not_yet_there_is_no_answer(reply):
    assert card(reply, MISSED)["solution"].passed is False, card(reply, MISSED)["solution"].reason


PETS = ["Скажите, а с кошкой в ваш хостел можно заселиться?"]


@pytest.mark.parametrize("reply", [
    "Спасибо, что спросили заранее 🙂 Нет, с животными к нам нельзя, но через дорогу есть гостиница «Хвост», где "
    "принимают кошек.",
    "Ой, хороший вопрос :) Нет, заселиться с животными нельзя, но через дорогу есть гостиница «Хвост», где их "
    "принимают.",
])
def test_a_yes_or_no_after_a_smiley_opens_its_own_sentence(reply):
    c = card(reply, PETS)
    assert c["solution"].passed is True, c["solution"].reason


CARD = ["Карту повредила, банкомат её не берёт. Как быть?"]


def test_a_request_with_please_is_a_step_wherever_it_stands():
    c = card("Здравствуйте! Для перевыпуска карты укажите, пожалуйста, адрес доставки, новую привезут бесплатно. "
             "Хорошего дня!", CARD)
    assert c["solution"].passed is True
    assert c["solution"].reason == "Клиенту дан понятный следующий шаг: «укажите»."
