"""«Другой браузер» to a customer who names two browsers tried, «другое устройство» to one who tried two kinds of
device: the step already taken. A browser the customer has not tried is a new step."""

from __future__ import annotations

import pytest

from reply_cases import card

_BROWSERS = ["Страница оплаты не открывается, крутится и всё. Пробовал в хроме и в опере, ноутбук на Windows."]
_DEVICES = ["Личный кабинет не грузится ни с телефона, ни с компьютера, белый экран."]
_COUNTED = ["Видео в курсе не идёт, проверяла в двух браузерах — одно и то же."]


@pytest.mark.parametrize("customer, step", [
    (_BROWSERS, "Попробуйте открыть страницу в другом браузере."),
    (_DEVICES, "Попробуйте зайти с другого устройства."),
    (_COUNTED, "Откройте урок в другом браузере."),
])
def test_another_of_what_the_customer_named_two_of_is_no_step(customer, step):
    result = card(f"Здравствуйте! Жаль, что так вышло. {step} Хорошего дня!", customer)["solution"]
    assert not result.passed, result.reason


@pytest.mark.parametrize("customer, step", [
    (_BROWSERS, "Откройте страницу в другом браузере, например в Firefox, — в нём окно банка работает."),
    (["Страница оплаты не открывается, крутится и всё. Пробовал в хроме."],
     "В Chrome сейчас не открывается окно банка, откройте страницу в другом браузере."),  # one browser tried
    (_DEVICES, "Кабинет сейчас не открывается в Chrome из-за обновления, откройте его в другом браузере."),
])
def test_another_the_customer_has_not_tried_is_a_step(customer, step):
    result = card(f"Здравствуйте! Жаль, что так вышло. {step} Хорошего дня!", customer)["solution"]
    assert result.passed, result.reason


def test_a_word_that_only_begins_like_a_device_is_no_device():
    customer = ["Компания прислала счёт, а оператор не объясняет, откуда сумма. Перезванивал с телефона."]
    result = card("Здравствуйте! Жаль, что так вышло. Попробуйте позвонить с другого устройства. Хорошего дня!",
                  customer)["solution"]
    assert "уже пробовал" not in result.reason
