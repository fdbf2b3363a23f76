"""A person named after «с / со» in the instrumental is a companion, not the owner of the data told."""

from __future__ import annotations

import pytest

from app.core.scorecard.companions import companion
from app.core.scorecard.words import tokenize


def _at(text: str, word: str) -> bool:
    toks = tokenize(text)
    at = next(t for t in toks if t.lower == word)
    return companion(toks, (at.start, at.end - at.start))


@pytest.mark.parametrize("text, word", [
    ("Минута разговора стоит 25 рублей, так что с сыном удобнее говорить по видео", "сыном"),
    ("Поедете вместе с женой — второй билет обойдётся в 1 800 рублей", "женой"),
    ("Переписывайтесь с вашей мамой в мессенджере, это бесплатно", "мамой"),
])
def test_a_companion_is_found(text, word):
    assert _at(text, word) is True


@pytest.mark.parametrize("text, word", [
    ("Звонки вашего сына за май — 12 разговоров", "сына"),
    ("Сыном оформлен номер 8 916 000 00 00", "сыном"),
    ("У мужа на карте 4 000 рублей", "мужа"),
])
def test_an_owner_is_not_a_companion(text, word):
    assert _at(text, word) is False


def test_a_price_with_a_companion_is_no_one_elses_data():
    from app.core.scorecard import score_reply
    card = score_reply("Добрый день! Входящие в роуминге стоят 19 рублей минута, поэтому с сестрой лучше созваниваться "
                       "по Wi-Fi. Хорошей поездки!", ["Лечу в Египет, как не потратить много на связь?"])
    assert card["safety"].passed is True
