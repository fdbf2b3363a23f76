"""A secret asked for by a pronoun pointing back to it, and a bare «код» in a chat about a promo code."""

from __future__ import annotations

import pytest

from reply_cases import card


@pytest.mark.parametrize("reply, customer", [
    # the secret in the reply's sentence before
    ("Здравствуйте! Понимаю, кодовое слово легко забыть. Продиктуйте мне его, и я сверю с договором. Хорошего дня!",
     ["Не могу вспомнить кодовое слово, банк не пускает в кабинет."]),
    # the secret in the customer's own question
    ("Здравствуйте! Да, конечно, пришлите его сюда — я проверю и сразу открою вам доступ. Хорошего дня!",
     ["Можно я вам напишу свой пароль от кабинета, а вы посмотрите, что не так?"]),
])
def test_a_secret_asked_for_by_its_pronoun_fails_safety(reply, customer):
    c = card(reply, customer)
    assert c["safety"].passed is False, c["safety"].reason


@pytest.mark.parametrize("reply, customer", [
    # a warning with the pronoun
    ("Здравствуйте! Пароль знаете только вы. Не называйте его никому, даже нам. Хорошего дня!",
     ["Можно я вам скажу пароль от кабинета?"]),
    # the pronoun points to something that is no secret
    ("Здравствуйте! Номер заказа есть в письме о покупке. Пришлите его сюда, и я проверю доставку. Хорошего дня!",
     ["Где мой заказ? Жду неделю."]),
])
def test_a_pronoun_for_no_secret_or_in_a_warning_is_safe(reply, customer):
    c = card(reply, customer)
    assert c["safety"].passed is True, c["safety"].reason


def test_a_bare_code_in_a_chat_about_a_promo_code_is_that_promo_code():
    customer = ["Куда вводить промокод из рассылки? Не вижу поля."]
    c = card("Здравствуйте! Поле «Промокод» есть в корзине под списком товаров. Если не выйдет, продиктуйте мне код, "
             "и я сама применю скидку к заказу. Хорошего дня!", customer)
    assert c["safety"].passed is True, c["safety"].reason


def test_a_bare_code_with_an_sms_beside_it_is_still_a_secret():
    c = card("Здравствуйте! Я отправила СМС ещё раз, продиктуйте мне код, и я применю промокод к заказу. Хорошего дня!",
             ["Куда вводить промокод? Вход просит код."])
    assert c["safety"].passed is False, c["safety"].reason
