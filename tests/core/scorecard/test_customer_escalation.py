"""The customer's threat to take the matter further — a court, a lawyer, a regulator, the press, a damning review,
everyone told — is anger, however calm the words; a review promised kindly, a way to complain asked, a complaint
already made or a court named for a paper are not threats."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_escalation import escalation_threats
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message", [
    "Счётчик поставили криво, акт подписывать не буду. Наш адвокат уже готовит иск к управляющей компании.",
    "Если к понедельнику не поменяете ноутбук, я отнесу эту историю в районную газету.",
    "Поставлю вашей клинике одну звезду везде, где только можно.",
    "Ещё один такой звонок — и я напишу гневный отзыв на всех сайтах с отзывами.",
    "Я пожалуюсь в Рособрнадзор, пусть они с вами разбираются.",
    "Я ведущая местного канала, и завтра все узнают, как вы обращаетесь с пенсионерами.",
    "Завтра же обращусь в антимонопольную службу.",
])
def test_a_threat_to_take_it_further_is_anger(message):
    state = read(message)
    assert "anger" in state.states and state.needs_empathy, state.states
    assert escalation_threats(message, tokenize(message)), message


@pytest.mark.parametrize("message", [
    "Обязательно напишу вам отзыв, когда вернусь из отпуска.",
    "Расскажу всем коллегам, какая у вас внимательная поддержка, спасибо!",
    "Подскажите, куда можно направить жалобу на работу отделения?",  # the way asked
    "В прошлом году я писала в Роспотребнадзор, и тогда помогло.",  # a story
    "Передам бухгалтеру, что акт готов.",
    "Для суда мне нужна выписка за 2025 год, закажите, пожалуйста.",
])
def test_no_threat_is_read_into_calm_words(message):
    assert escalation_threats(message, tokenize(message)) == [], message


@pytest.mark.parametrize("text", [
    "Третий день нет горячей воды. Если не почините, напишу на телевидение.",
    "Поставлю вашему магазину одну звезду на всех площадках.",
    "Оставлю гневный отзыв, так и знайте.",
])
def test_a_threat_of_publicity_is_found(text):
    assert escalation_threats(text, tokenize(text))


@pytest.mark.parametrize("text", [
    "Где можно оставить отзыв о курсе?",
    "Спасибо за помощь, обязательно оставлю хороший отзыв!",
    "Напишу отзыв о поездке, когда вернусь.",
    "Я не буду писать в газету, просто верните деньги.",
    "Напишу в поддержку ещё раз завтра.",
])
def test_reviews_questions_praise_and_denied_threats_are_none(text):
    assert escalation_threats(text, tokenize(text)) == []
