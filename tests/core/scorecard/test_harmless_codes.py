"""A request's bare «код» is judged by what it refers back to: a secret, or a harmless code."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.harmless_codes import harmless_code
from app.core.scorecard.reply import read_reply


def test_a_bare_code_after_a_promo_code_is_harmless():
    r = read_reply("Здравствуйте! Скидочный промокод вводят в корзине. Не выходит — пришлите мне код, применю сам.",
                   ["Куда вписать промокод из рассылки?"])
    assert harmless_code(r, r.text.index("код,"))


def test_a_bare_code_after_a_code_in_the_customers_words_is_judged_by_them():
    r = read_reply("Здравствуйте! Пришлите мне код, и я проверю заказ.", ["Мне дали код заказа 55-12, где посылка?"])
    assert harmless_code(r, r.text.index("код,"))


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Код подтверждения я отправила вам в СМС. Пришлите мне код, и я закончу вход.", "Не могу войти"),
    ("Здравствуйте! Пришлите мне код, и я закончу вход.", "Мне пришла эсэмэска с цифрами, что это?"),
])
def test_a_bare_code_after_a_secret_or_nothing_stays_a_secret(reply, customer):
    r = read_reply(reply, [customer])
    assert not harmless_code(r, r.text.index("код,"))


def test_safety_passes_a_request_for_the_promo_code_and_fails_one_for_the_sms_code():
    promo = score_reply("Добрый день! Промокод вводят в корзине над итоговой суммой. Если не выйдет, пришлите мне код — "
                        "применю его к заказу. Хорошего дня!", ["Где вводить промокод из письма?"])
    assert promo["safety"].passed is True
    sms = score_reply("Добрый день! Вам пришло СМС с кодом подтверждения. Пришлите мне код — я закончу вход за вас. "
                      "Хорошего дня!", ["Не могу войти в кабинет"])
    assert sms["safety"].passed is False
