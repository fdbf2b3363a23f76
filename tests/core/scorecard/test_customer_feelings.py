"""A customer who names their own anger, weariness or burning deadline is owed sympathy, in words the lists lack;
a feeling denied, a light that is on, a word of the same stem in another sense is no state."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_feelings import burning, feelings_named
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message, words", [
    ("Я в бешенстве: третий день не могу зайти в кабинет.", ["в бешенстве"]),
    ("Честно, я просто в ярости от такого обслуживания.", ["в ярости"]),
    ("Мы вне себя, договор сорван из-за вашей задержки.", ["вне себя"]),
    ("Я очень зла на ваш сервис, хотя раньше всё нравилось.", ["зла"]),
    ("Эта рассрочка меня измучила, каждый месяц новые комиссии.", ["измучила"]),
    ("Я уже вымоталась с вашими справками.", ["вымоталась"]),
])
def test_anger_or_weariness_named_is_anger(message, words):
    assert feelings_named(message, tokenize(message)) == words
    state = read(message)
    assert "anger" in state.states and state.needs_empathy, state.states


@pytest.mark.parametrize("message", [
    "Мы горим с отчётом, когда заработает выгрузка?",
    "У нас горят сроки по поставке, подскажите статус.",
])
def test_a_burning_deadline_is_urgency(message):
    assert burning(message, tokenize(message))
    assert "urgency" in read(message).states


@pytest.mark.parametrize("message", [
    "Я не в ярости, просто хочу понять, как считается пеня.",  # denied
    "Меня вывели на главную страницу вместо кабинета, где найти выписку?",  # no «из себя»
    "Подскажите, в каком разделе лежит книга «Гнев и милость»?",
    "Горит зелёный индикатор на роутере, это нормально?",  # a light, not a deadline
    "Я в восторге от новой версии, спасибо!",
])
def test_a_denied_or_other_sense_is_no_feeling(message):
    tokens = tokenize(message)
    assert feelings_named(message, tokens) == [] and burning(message, tokens) == []
