"""A customer who asks which option fits them and tells what they can or cannot do, have or lack, is calm; a thing
that does not work, a lasting trouble, the company's own service or a trouble in the past stays a complaint."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_advice import told_for_advice
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message", [
    "Какую группу по гитаре выбрать? Пальцы у меня короткие, ноты читаю медленно.",
    "Выходные у меня плавающие, утренние занятия не подходят. Какой формат выбрать?",
    "Какой тариф взять? Звоню мало, интернета дома нет.",
    "Что лучше взять для ребёнка? Он плохо видит, мелкий шрифт не различает.",
    "Какой курс мне выбрать? Разговаривать не могу совсем, только читаю.",
])
def test_what_the_customer_can_or_lacks_in_a_choice_question_is_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Какой роутер взять? Нынешний постоянно зависает.",
    "Какой тариф выбрать, ваш интернет вечером плохо грузит?",
    "Подскажите, какой пылесос взять вместо вашего, он сломался через неделю.",
    "Какой тариф подойдёт? Интернет не работает нормально уже месяц.",
])
def test_a_trouble_beside_a_choice_question_stays_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Интернета нет, что делать?",
    "Где взять договор? Скачать не могу, ссылка не открывается.",
    "Пишу вам, что поменять не могу: кнопка серая.",
])
def test_without_a_choice_asked_the_trouble_stays(message):
    assert "complaint" in read(message).states, read(message).states


def test_told_for_advice_reads_the_clause_of_the_cue():
    text = "Какую программу выбрать? Старая программа глючит, а считать сами не умеем."
    tokens = tokenize(text)
    assert told_for_advice(text, tokens, text.find("не умеем"))
    assert not told_for_advice(text, tokens, text.find("глючит"))  # a thing that does not work
    assert not told_for_advice(text, tokens, -1)
    calm = "Считать сами не умеем."  # no choice asked
    assert not told_for_advice(calm, tokenize(calm), calm.find("не умеем"))
