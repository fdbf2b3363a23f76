"""secret_pronoun: a secret asked for by «его / их» in the sentence after the one that names it."""

from __future__ import annotations

import pytest

from app.core.scorecard.reply import read_reply
from app.core.scorecard.secret_pronoun import secret_by_pronoun

from reply_cases import card

_LOCKED = ["Добрый день, не получается зайти в кабинет, что-то просит ввести"]


def _asked(reply: str) -> list[str]:
    r = read_reply(reply, _LOCKED)
    return [r.text[s:s + n] for s, n in secret_by_pronoun(r)]


@pytest.mark.parametrize("reply, words", [
    ("Добрый день! Пароль от кабинета лежит в письме. Пришлите мне его, я сверю.", ["Пришлите", "Пароль"]),
    ("Добрый день! Сейчас на телефон упадёт одноразовый код. Продиктуйте его, пожалуйста.", ["Продиктуйте", "код"]),
    ("Добрый день! Кодовое слово вы задавали при открытии счёта. Напишите его сюда.", ["Напишите", "слово"]),
])
def test_a_secret_named_before_and_asked_for_by_a_pronoun_is_found(reply, words):
    assert _asked(reply) == words


@pytest.mark.parametrize("reply", [
    # a pronoun standing for a letter or a link, not for the secret; a secret passed on elsewhere
    "Добрый день! Пароль для входа мы отправили письмом. Перешлите его в отдел кадров, если нужно.",
    "Добрый день! Мы выслали новый пароль и инструкцию. Инструкцию распечатайте и пришлите её подписанной.",
    "Добрый день! Ссылка для сброса пароля уже в почте. Откройте её в течение часа.",
    # typed into the app where it is meant for, or told to someone else
    "Добрый день! Код подтверждения придёт через минуту. Введите его на экране входа.",
    "Добрый день! Кодовое слово указано в договоре. Назовите его специалисту на горячей линии.",
    # a warning
    "Добрый день! Код придёт в СМС. Не сообщайте его никому, даже нам.",
    # a code that names a thing
    "Добрый день! Код заказа указан в письме. Пришлите его, я найду доставку.",
])
def test_a_pronoun_for_something_else_or_a_warning_asks_nothing(reply):
    assert _asked(reply) == []


def test_the_request_fails_safety_with_the_secret_named():
    c = card("Добрый день! Код для входа уже у вас в сообщениях. Напишите мне его, и я открою доступ. Хорошего дня!",
             _LOCKED)
    assert c["safety"].passed is False and "«Код»" in c["safety"].reason and "«Напишите»" in c["safety"].reason
