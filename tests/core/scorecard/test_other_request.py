"""A sentence that does what the customer asked outside a question is no answer to that question."""

from __future__ import annotations

import pytest

from app.core.scorecard.other_request import answers_other_request
from app.core.scorecard.reply import read_reply

_CUSTOMER = ["Хочу закрыть карту. Вернёте остаток денег на счёт?"]


def test_the_deed_for_the_request_is_set_apart_from_the_question():
    r = read_reply("Здравствуйте! Карту закрыла, она перестанет работать 1 мая. Хорошего дня!", _CUSTOMER)
    (start, end), = answers_other_request(r, "Вернёте остаток денег на счёт?")
    assert r.text[start:end].strip().startswith("Карту закрыла")


def test_a_sentence_that_takes_up_the_question_stays_an_answer():
    r = read_reply("Здравствуйте! Карту закрыла, остаток денег вернётся на счёт завтра. Хорошего дня!", _CUSTOMER)
    assert answers_other_request(r, "Вернёте остаток денег на счёт?") == []


def test_a_question_that_points_back_to_the_request_has_nothing_apart():
    r = read_reply("Здравствуйте! Карту закрыла. Хорошего дня!", ["Хочу закрыть карту. Как это сделать?"])
    assert answers_other_request(r, "Как это сделать?") == []


@pytest.mark.parametrize("question, back", [
    ("это издевательство?", True),
    ("Это нормально?", True),
    ("Это ошибка?", True),
    ("Это вы?", False),  # a pronoun: who is asked, not what was told
    ("Это можно исправить?", False),  # a verb of its own: asked about that doing
])
def test_a_bare_this_question_points_back_to_what_was_told(question, back):
    from app.core.scorecard.other_request import points_back
    assert points_back(question) is back


def test_a_deed_on_what_was_told_answers_a_bare_this_question():
    from reply_cases import card
    customer = ["Заказывала синий плед, привезли серый. это издевательство?"]
    c = card("Здравствуйте! Простите, на складе перепутали. Синий плед я отправила сегодня, курьер привезёт его в "
             "пятницу. Хорошего дня!", customer)
    assert c["solution"].passed is True, c["solution"].reason
    # a deed on something else leaves the question open
    c = card("Здравствуйте! Бонусы за отзыв я начислила. Хорошего дня!", customer)
    assert c["solution"].passed is False
