"""thou_nouns: a word read only as a «ты» imperative («пуши») that stands as a subject or after a plural adjective
is a noun and speaks to nobody; a real «ты» imperative still fails tone."""

from __future__ import annotations

import pytest

from reply_cases import card

ASKED = ["Перестали приходить уведомления от приложения, что делать?"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Пуши сейчас приходят с опозданием из-за работ на сервере, к 18:00 всё наладится. Хорошего дня!",
    "Здравствуйте! Ваши пуши выключены в настройках телефона: «Уведомления» → «Приложение» → «Разрешить». "
    "Хорошего дня!",
    "Здравствуйте! Пуши не пропали, их выключило обновление: «Уведомления» → «Разрешить». Хорошего дня!",
    "Здравствуйте! Включите пуши в «Настройках» → «Уведомления», и сообщение о доставке придёт сразу. Хорошего дня!",
    "Здравствуйте! Пришлём пуши, как только курьер выедет, — ждите его до 15:00. Хорошего дня!",
])
def test_a_noun_that_looks_like_an_imperative_keeps_tone(reply):
    assert card(reply, ASKED)["tone"].passed is True, card(reply, ASKED)["tone"].reason


@pytest.mark.parametrize("reply, word", [
    ("Здравствуйте! Пиши нам, если уведомления не вернутся до вечера. Хорошего дня!", "Пиши"),
    ("Здравствуйте! Жми «Разрешить» в настройках, они придут. Хорошего дня!", "Жми"),
    ("Здравствуйте! Зайди проверь настройки уведомлений. Хорошего дня!", "проверь"),
    ("Здравствуйте! Давай включи уведомления заново. Хорошего дня!", "включи"),
])
def test_a_real_imperative_on_thou_still_fails(reply, word):
    c = card(reply, ASKED)
    assert c["tone"].passed is False and word in c["tone"].reason, c["tone"].reason
