"""A detail the customer already gave, asked for again."""

from __future__ import annotations

import pytest

from app.core.scorecard.given_again import given_asked
from app.core.scorecard.reply import read_reply
from reply_cases import card


@pytest.mark.parametrize("customer, reply", [
    ("Как перенести подключение? Адрес: Тверь, ул. Лесная, 4.", "Здравствуйте! Уточните, пожалуйста, новый адрес."),
    ("Не пришло письмо. Почта ivan.p@yandex.ru", "Здравствуйте! Напишите, пожалуйста, вашу почту."),
    ("какой баланс на карте? последние цифры 5521", "Здравствуйте! Назовите, пожалуйста, последние 4 цифры карты."),
])
def test_a_detail_given_and_asked_again_is_found(customer, reply):
    assert given_asked(read_reply(reply, customer))


@pytest.mark.parametrize("customer, reply", [
    ("Можно поменять адрес доставки?", "Здравствуйте! Да, напишите новый адрес, я поменяю его сразу."),  # not given
    ("Адрес: Тверь, ул. Лесная, 4. Когда подключите?", "Здравствуйте! Пришлите фото договора, я проверю сегодня."),
    ("Почта ivan.p@yandex.ru, письма нет", "Здравствуйте! Уточните почту ivan.p@yandex.ru — она верная?"),  # checked
])
def test_a_detail_not_given_or_said_back_is_left(customer, reply):
    assert given_asked(read_reply(reply, customer)) == []


def test_a_detail_asked_again_with_nothing_else_fails():
    customer = "какой баланс на карте? последние цифры 5521"
    result = card("Здравствуйте! Назовите, пожалуйста, последние 4 цифры карты. Хорошего дня!", customer)["solution"]
    assert result.passed is False and "уже написал" in result.reason


@pytest.mark.parametrize("customer, reply", [
    ("Файл 30 МБ не грузится", "Здравствуйте! Загрузите его ссылкой или пришлите файл мне сюда."),  # a thing sent
    ("Звонят с номера 8 912 000-11-22", "Здравствуйте! Подключите «Чёрный список» и напишите номер в ответном СМС."),
])
def test_a_thing_sent_or_a_step_of_a_procedure_is_no_ask(customer, reply):
    assert given_asked(read_reply(reply, customer)) == []


def test_a_detail_asked_again_beside_a_step_still_fails():
    customer = "Как перенести договор? Новый адрес: Тверь, ул. Лесная, 4."
    reply = "Здравствуйте! Для переноса приходите в офис с паспортом. Уточните, пожалуйста, новый адрес подключения."
    result = card(reply, customer)["solution"]
    assert result.passed is False and "«Уточните»" in result.reason
