"""Data safety worded in ways the first word lists did not know: a breach fails the reply, a warning does not."""

from __future__ import annotations

import pytest

from reply_cases import card

CUSTOMER = ["Здравствуйте, не проходит оплата картой, что делать?"]


@pytest.mark.parametrize("sentence", [
    "Продиктуйте, пожалуйста, цифры из СМС.",
    "Назовите код, который пришёл вам в сообщении.",
    "Сообщите три цифры с обратной стороны карты.",
    "Какой у вас пароль от личного кабинета?",
    "Скажите кодовое слово.",
    "Введите в чат номер карты полностью.",
    "Подскажите код из приложения-аутентификатора.",
    "100 % одобрят, не переживайте.",
])
def test_a_breach_in_other_words_fails(sentence):
    c = card(f"Здравствуйте! Сочувствую. {sentence} Хорошего дня!", CUSTOMER)
    assert c["safety"].passed is False and c["safety"].critical_failure, c["safety"].reason
    assert not c.passed


@pytest.mark.parametrize("sentence", [
    "Назовите, пожалуйста, последние 4 цифры карты.",
    "Никому не сообщайте код из СМС, даже нам.",
    "Не гарантирую, что банк одобрит, но заявку я отправила.",
])
def test_what_may_be_asked_or_warned_about_is_still_safe(sentence):
    c = card(f"Здравствуйте! Сочувствую. {sentence} Хорошего дня!", CUSTOMER)
    assert c["safety"].passed is True, c["safety"].reason
