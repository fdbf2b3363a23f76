"""Tone: «вы», no rudeness or blame, no shouting, emoji and «не знаю» judged."""

from __future__ import annotations

import pytest

from reply_cases import card


@pytest.mark.parametrize("bad, critical", [
    ("Вы сами виноваты, надо было указать адрес.", True),
    ("Это не наша проблема.", True),
    ("Подожди, я проверю, курьер будет завтра.", True),
    ("Твой заказ привезут завтра.", True),
    ("Ок, щас всё будет.", False),
    ("Заказ привезут ЗАВТРА.", False),
    ("Заказ привезут завтра!!!", False),
    ("Заказ привезут завтра 😊😊", False),
])
def test_tone_failures(bad, critical):
    c = card(f"Здравствуйте! Извините за задержку. {bad} Курьер будет завтра до 14:00. Если будут вопросы, пишите.")
    assert c["tone"].passed is False
    assert c["tone"].critical_failure is critical
    assert c["tone"].spans
    if critical:
        assert not c.passed


def test_tone_allows_abbreviations_and_one_emoji_outside_complaints():
    c = card("Здравствуйте! Код придёт в СМС через минуту, ИНН вводить не нужно 🙂 Хорошего дня!",
             customer=["Как войти в личный кабинет?"])
    assert c["tone"].passed is True, c["tone"].reason


def test_emoji_in_a_complaint_fails_tone():
    c = card("Здравствуйте! Извините за задержку 🙏 Курьер привезёт заказ завтра до 14:00. Хорошего дня!")
    assert c["tone"].passed is False and "жалоб" in c["tone"].reason


def test_dont_know_without_next_step():
    c = card("Здравствуйте! Извините, я не знаю, где ваш заказ. Всего доброго.")
    assert c["tone"].passed is False and "не знаю" in c["tone"].reason
    c = card("Здравствуйте! Извините, я не знаю, где заказ сейчас, но уточню у склада и отвечу через час. Всего доброго.")
    assert c["tone"].passed is True
