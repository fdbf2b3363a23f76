"""tone_all_was_right: «всё было верно» to a complaint insists the company was right; reassurance is no fault."""

from __future__ import annotations

import pytest

from reply_cases import card

ANGRY = ["Мастер пришёл на три часа позже и ещё взял плату за вызов! Это возмутительно!"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Мне жаль, что пришлось ждать. Мы сверили заявку: всё было верно, плата за вызов по тарифу. "
    "Всего доброго!",
    "Здравствуйте! Понимаю ваше раздражение. Проверили ещё раз — всё было абсолютно правильно. Всего доброго!",
])
def test_all_was_right_to_a_complaint_fails_tone(reply):
    c = card(reply, ANGRY)
    assert c["tone"].passed is False, c["tone"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Мне жаль, что пришлось ждать. Вы всё сделали верно, а опоздал мастер: плату за вызов вернём "
    "сегодня до 18:00. Всего доброго!",
    "Здравствуйте! Мне жаль, что пришлось ждать. Если бы всё было верно, мастер пришёл бы вовремя: плату за вызов вернём "
    "сегодня до 18:00. Всего доброго!",
    "Здравствуйте! Мне жаль, что пришлось ждать. Заявка была оформлена, но всё было организовано неверно: плату за вызов "
    "вернём сегодня до 18:00. Всего доброго!",
])
def test_the_customer_s_part_a_condition_or_an_admission_keep_tone(reply):
    c = card(reply, ANGRY)
    assert c["tone"].passed is True, c["tone"].reason


def test_all_was_right_to_a_calm_customer_confirms():
    c = card("Здравствуйте! Проверила: всё было верно, оплата прошла 3 марта, чек на почте. Всего доброго!",
             ["Подскажите, прошла ли оплата за март?"])
    assert c["tone"].passed is True, c["tone"].reason
