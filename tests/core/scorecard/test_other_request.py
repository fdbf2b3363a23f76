"""A sentence that does what the customer asked outside a question is no answer to that question."""

from __future__ import annotations

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
