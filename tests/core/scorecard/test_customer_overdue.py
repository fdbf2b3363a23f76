"""A promised term that has run out, told without «уже» (found on blind set ZT's tune half): time gone since the
term, the promise dated back, nothing since — a complaint, so sympathy is due; a span told as «всего», one's own
passing of a course, «пока ничего не нужно» are not."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_overdue import term_lapsed
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message, words", [
    ("Мастер сказал, что заменит счётчик за два дня. Прошло пять.", "Прошло пять"),
    ("Обещали за неделю, прошёл месяц, а доставки нет.", "прошёл месяц"),
    ("Менеджер обещал выслать договор в понедельник, это было неделю назад.", "это было неделю назад"),
    ("Отправила заявление 3 декабря, пока ничего.", "пока ничего"),
    ("Подал документы в среду. До сих пор тишина.", "До сих пор тишина"),
    ("Сказали, что результаты будут через десять дней. Прошло двадцать, а результатов нет.", "Прошло двадцать"),
])
def test_a_lapsed_term_is_a_complaint(message, words):
    assert words in term_lapsed(message, tokenize(message))
    assert words in read(message).states.get("complaint", [])


@pytest.mark.parametrize("message", [
    "Я прошла курс за неделю, хочу получить сертификат.",
    "Вы сказали, что ответите в течение часа. Прошло всего 10 минут, просто уточняю.",
    "Пока ничего не нужно, спасибо.",
    "Подскажите, за сколько дней проходит проверка документов?",
])
def test_no_lapse_is_read_where_none_is_told(message):
    assert term_lapsed(message, tokenize(message)) == []
