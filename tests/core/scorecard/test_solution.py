"""A concrete answer, or a next step with a time frame."""

from __future__ import annotations

import pytest

from reply_cases import card


@pytest.mark.parametrize("body, ok", [
    ("Курьер привезёт заказ завтра с 10:00 до 14:00.", True),
    ("Деньги вернём на карту в течение трёх рабочих дней.", True),
    ("Я передал обращение в отдел доставки, ответ придёт через 2 часа.", True),
    ("Откройте раздел «Заказы» и нажмите «Вернуть».", True),
    ("Я передам ваш вопрос коллегам.", False),
    ("Мы разбираемся.", False),
])
def test_solution(body, ok):
    c = card(f"Здравствуйте! Извините за задержку. {body} Если будут вопросы, пишите.")
    assert c["solution"].passed is ok, c["solution"].reason


def test_step_without_time_frame_says_so():
    c = card("Здравствуйте! Извините за задержку. Я передам ваш вопрос коллегам. Если будут вопросы, пишите.")
    assert "срок" in c["solution"].reason
