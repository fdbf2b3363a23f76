"""A paper to hand in with no word of where or to whom is no way (app/core/scorecard/papers.py)."""

from __future__ import annotations

import pytest

from app.core.scorecard.papers import paper_nowhere, unplaced_paper
from app.core.scorecard.reply import read_reply
from reply_cases import card

REFUND = ["Интернета не было три дня, хочу вернуть деньги за эти дни. Как это оформить?"]


@pytest.mark.parametrize("reply, nowhere", [
    ("Здравствуйте! Чтобы вернуть деньги, напишите заявление на перерасчёт.", True),
    ("Здравствуйте! Для этого подайте, пожалуйста, претензию в течение 10 дней.", True),
    ("Здравствуйте! Напишите заявление на перерасчёт в приложении: «Профиль» → «Заявления».", False),
    ("Здравствуйте! Подайте заявление в любом офисе с паспортом.", False),
    ("Здравствуйте! Напишите заявление на сайте, форма внизу страницы.", False),
    ("Здравствуйте! Отправьте претензию через форму обратной связи.", False),
    ("Здравствуйте! Напишите жалобу перевозчику, он отвечает за багаж.", False),
])
def test_a_paper_with_no_place_or_addressee(reply, nowhere):
    r = read_reply(reply, REFUND)
    step = next((t.start, t.end - t.start) for t in r.tokens if t.lower in
                ("напишите", "подайте", "отправьте"))
    assert paper_nowhere(r, step) is nowhere


def test_a_step_that_is_no_paper_is_not_read():
    r = read_reply("Здравствуйте! Напишите нам завтра, ответим сразу.", REFUND)
    step = next((t.start, t.end - t.start) for t in r.tokens if t.lower == "напишите")
    assert not paper_nowhere(r, step)
    assert not any(unplaced_paper(r, r.tokens, t) for t in r.tokens)


@pytest.mark.parametrize("reply, ok", [
    # what the paper is, and not where it goes: the customer must ask again
    ("Здравствуйте! Простите за перебои. Чтобы вернуть деньги, напишите заявление на перерасчёт. Хорошего дня!",
     False),
    ("Здравствуйте! Простите за перебои. Чтобы вернуть деньги, напишите заявление на перерасчёт в приложении: "
     "«Профиль» → «Заявления» → «Перерасчёт». Хорошего дня!", True),
])
def test_a_refund_by_a_paper_sent_nowhere(reply, ok):
    assert card(reply, REFUND)["solution"].passed is ok, card(reply, REFUND)["solution"].reason


DELAY = ["Можно ли перенести оплату за общежитие на две недели?"]


@pytest.mark.parametrize("reply, ok", [
    # a yes where the customer must act, with a paper and no place: no way
    ("Добрый день! Да, перенос возможен, для этого нужно написать заявление. Хорошего дня!", False),
    ("Добрый день! Да, перенос возможен: напишите заявление в личном кабинете, раздел «Оплата», до 25-го числа. "
     "Хорошего дня!", True),
])
def test_a_yes_with_a_paper_sent_nowhere(reply, ok):
    assert card(reply, DELAY)["solution"].passed is ok, card(reply, DELAY)["solution"].reason
