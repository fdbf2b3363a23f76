"""The customer's vow never to come back is a threat (anger), however calm the words; what they no longer use or
need, told to explain a cancellation, is not."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_vows import never_again
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message", [
    "Отмените мою карту лояльности. Больше не буду в вашей сети ничего брать.",
    "Верните деньги за абонемент, больше в этот зал ходить не хочу.",
    "После такого сервиса больше не закажу у вас пиццу.",
])
def test_a_vow_never_to_come_back_is_anger(message):
    state = read(message)
    assert "anger" in state.states and state.needs_empathy, state.states


@pytest.mark.parametrize("message", [
    "Отключите, пожалуйста, рассылку, я больше не живу по этому адресу.",  # what is so now
    "Закройте второй счёт, он мне больше не нужен.",
    "Больше не хочу, чтобы мне звонили с предложениями, уберите мой номер.",  # a request
    "Можно ли заказать больше 10 коробок за раз?",  # a comparison
    "Больше не буду платить наличными — как привязать карту?",  # asked
])
def test_what_no_longer_is_or_a_request_is_no_vow(message):
    text = message
    assert never_again(text, tokenize(text)) == [], never_again(text, tokenize(text))


def test_the_vow_is_quoted_to_its_verb():
    text = "Спасибо, но больше к вам не поеду. Верните предоплату."
    assert never_again(text, tokenize(text)) == ["больше к вам не поеду"]
