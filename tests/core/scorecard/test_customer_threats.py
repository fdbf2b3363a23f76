"""customer_threats: a threat to take the trouble to the press, a review or the head of the company is anger."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_threats import public_threat
from app.core.scorecard.words import tokenize


def _threats(text):
    return public_threat(text, tokenize(text))


@pytest.mark.parametrize("text", [
    "Третий день нет горячей воды. Если не почините, напишу на телевидение.",
    "Поставлю вашему магазину одну звезду на всех площадках.",
    "Расскажу подписчикам в блоге, как вы обращаетесь с клиентами.",
    "Оставлю гневный отзыв, так и знайте.",
])
def test_a_threat_of_publicity_is_found(text):
    assert _threats(text)


@pytest.mark.parametrize("text", [
    "Где можно оставить отзыв о курсе?",
    "Спасибо за помощь, обязательно оставлю хороший отзыв!",
    "Напишу отзыв о поездке, когда вернусь.",
    "Я не буду писать в газету, просто верните деньги.",
    "Напишу в поддержку ещё раз завтра.",
])
def test_reviews_questions_and_praise_are_no_threat(text):
    assert _threats(text) == []


def test_a_threat_makes_the_customer_angry():
    from app.core.scorecard.reply import read_reply
    r = read_reply("Здравствуйте!", ["Интернет не работает неделю. Ещё день — и напишу в местную газету."])
    assert "anger" in r.customer.states
