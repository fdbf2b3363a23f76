"""Wishes, farewells and signatures that close a reply without the lexicon's closing phrases."""

from __future__ import annotations

import pytest

from reply_cases import QUESTION, card

ANSWER = "Здравствуйте! Доставка в Казань стоит 350 ₽, курьер привезёт заказ за два дня."


@pytest.mark.parametrize("last", [
    "Всего вам светлого!",  # a wish in the genitive (moved here from courtesy.py)
    "Успейте на поезд!",
    "Надеемся, скоро всё наладится.",
    "Пока!",
    "Пока, Даша!",
    "Берегите бабушку!",
    "Поправляйтесь скорее!",
    "Всё получится :)",
    "У вас всё обязательно сложится!",
    "Всё будет хорошо!",
])
def test_a_wish_or_a_farewell_closes_the_reply(last):
    c = card(f"{ANSWER} {last}", QUESTION)
    assert c["closing"].passed is True, c["closing"].reason


@pytest.mark.parametrize("last", [
    "Пока склад проверяет остатки.",  # «пока» for «while»
    "Берегите чек до конца гарантии.",  # a step, not a wish (no exclamation, a thing to keep)
    "Всё получится оформить за один день.",  # how a step goes
    "Всё будет готово к пятнице.",  # news
    "Не всё получится вернуть.",
    "Надеемся, что информация была полезна.",  # looks back on the reply (tuning.toml, settled by two labellers)
])
def test_news_or_a_step_that_looks_like_a_wish_does_not_close(last):
    c = card(f"{ANSWER} {last}", QUESTION)
    assert c["closing"].passed is False, c["closing"].reason
