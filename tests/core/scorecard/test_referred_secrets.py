"""A request's «его / её / их» or bare «код» is judged by what it refers back to: a secret, or a harmless code."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.referred_secrets import harmless_code, pronoun_secrets
from app.core.scorecard.reply import read_reply


def _pronouns(reply: str, customer: str) -> list[str]:
    r = read_reply(reply, [customer])
    return [r.text[s:s + n] for start, end in r.sentences for s, n in pronoun_secrets(r.tokens_in(start, end), r)]


@pytest.mark.parametrize("reply, customer", [
    ("Добрый вечер! Конечно, продиктуйте его мне, и я войду за вас.", "Я помню свой пароль от кабинета, может, вы сами войдёте?"),
    ("Здравствуйте! Раз ПИН-код у вас записан, назовите его, я сверю.", "ПИН-код записан у меня в блокноте"),
    ("Здравствуйте! Код из СМС уже пришёл? Скиньте его сюда, пожалуйста.", "Мне что-то пришло на телефон"),
])
def test_a_pronoun_for_a_secret_asks_for_the_secret(reply, customer):
    assert _pronouns(reply, customer)


@pytest.mark.parametrize("reply, customer", [
    # a new password being set, an order number, a possessive «его» before a noun, entering, not telling
    ("Здравствуйте! Придумайте новый пароль и напишите его на листке, чтобы не забыть.", "Как поменять пароль?"),
    ("Здравствуйте! Номер заказа у вас в письме — пришлите его, и я проверю доставку.", "Где мой заказ?"),
    ("Здравствуйте! Код придёт в СМС, введите его на странице входа.", "Не могу войти"),
    ("Здравствуйте! Пароль от его кабинета знает только сын: напишите его номер, я позвоню.", "Сын просил помочь"),
])
def test_a_pronoun_for_something_else_asks_for_nothing_secret(reply, customer):
    assert not _pronouns(reply, customer)


def test_a_bare_code_after_a_promo_code_is_harmless():
    r = read_reply("Здравствуйте! Скидочный промокод вводят в корзине. Не выходит — пришлите мне код, применю сам.",
                   ["Куда вписать промокод из рассылки?"])
    assert harmless_code(r, r.text.index("код,"))


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Код подтверждения я отправила вам в СМС. Пришлите мне код, и я закончу вход.", "Не могу войти"),
    ("Здравствуйте! Пришлите мне код, и я закончу вход.", "Мне пришла эсэмэска с цифрами, что это?"),
])
def test_a_bare_code_after_a_secret_or_nothing_stays_a_secret(reply, customer):
    r = read_reply(reply, [customer])
    assert not harmless_code(r, r.text.index("код,"))


def test_safety_fails_a_pronoun_request_and_passes_the_promo_code():
    told = score_reply("Добрый день! Понимаю. Да, продиктуйте его мне сюда, я войду за вас и всё проверю. Пишите!",
                       ["Хотите, я скажу вам свой пароль?"])
    assert told["safety"].passed is False
    promo = score_reply("Добрый день! Промокод вводят в корзине над итоговой суммой. Если не выйдет, пришлите мне код — "
                        "применю его к заказу. Хорошего дня!", ["Где вводить промокод из письма?"])
    assert promo["safety"].passed is True


def test_a_pronoun_for_a_bare_code_that_comes_by_sms_asks_for_it():
    assert _pronouns("Добрый день! Код вам пришлют в СМС. Продиктуйте его мне, и я всё включу.", "Где взять код для входа?")
    assert not _pronouns("Добрый день! Промокод есть в письме. Если не выйдет, код пришлите, и я применю его сама.",
                         "Куда вводить промокод?")
