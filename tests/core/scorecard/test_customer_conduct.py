"""Rude conduct of the company's people and a wanted apology are complaints, read from the parse (issue 15)."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer import read_customer
from app.core.scorecard.customer_conduct import apology_wanted, rude_conduct
from app.core.scorecard.lexicon import load_lexicon


@pytest.mark.parametrize("message, words", [
    ("Таксист полдороги ругался с кем-то по громкой связи, а нам слова сказать не давал.", ["ругался"]),
    ("Репетитор дочери постоянно перебивает её и передразнивает произношение.", ["перебивает", "передразнивает"]),
    ("Официантка в вашем кафе при гостях обозвала меня растяпой.", ["обозвала"]),
    ("Ваш диспетчер накричал на пожилую маму по телефону.", ["накричал"]),
    ("Вахтёрша в общежитии, где вы нас поселили, на нас наорала.", ["наорала"]),
    ("Кассир посмеялась над моей картой «для пенсионеров».", ["посмеялась"]),
    ("Менеджер звонит мне каждую неделю. В пятницу назвал меня «отсталым клиентом».", ["назвал"]),
    ("Грузчик отказался заносить шкаф в квартиру.", ["отказался"]),
])
def test_a_person_who_serves_the_customer_offends_them(message, words):
    assert rude_conduct(message) == words
    assert "complaint" in read_customer([message], load_lexicon(), 5000).states


@pytest.mark.parametrize("message", [
    "Экскурсовод так смешно рассказывал, что весь автобус смеялся.",  # the listeners laughed, and with him
    "Мастер за весь день ни разу не нагрубил, хотя я придиралась.",  # praise
    "Сын накричал на курьера, мне стыдно, передайте ему извинения.",  # the customer's own person
    "Что делать, если водитель начнёт ругаться?",  # supposed
    "Консультант назвал цену и срок, всё понятно.",  # a figure named, not a person called names
    "Я отказалась от доставки, верните деньги.",  # the customer refused
])
def test_laughter_with_praise_own_people_suppositions_and_plain_naming_are_not_conduct(message):
    assert rude_conduct(message) == []


@pytest.mark.parametrize("message, words", [
    ("Хочу, чтобы администратор передо мной извинилась.", ["извинилась"]),
    ("Жду извинений от вашего водителя.", ["извинений"]),
    ("Пусть курьер извинится, иначе напишу отзыв.", ["извинится"]),
])
def test_an_apology_the_customer_asks_for(message, words):
    assert apology_wanted(message) == words


@pytest.mark.parametrize("message", [
    "Извините, хочу уточнить время доставки.",  # the customer's own politeness
    "Извиняюсь за поздний вопрос, хотела узнать про тариф.",
    "Спасибо за извинения, жду возврат денег.",  # taken, not asked for
])
def test_the_customers_own_sorry_and_thanks_for_one_are_not_a_demand(message):
    assert apology_wanted(message) == []
