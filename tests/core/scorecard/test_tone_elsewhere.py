"""A customer passed on to another party through «можете» or «вам нужно» with no answer and no step of the
operator's own fails tone as an imperative «обратитесь к ним» does; a way to the company itself or a fallback in
«если» does not."""

from __future__ import annotations

import pytest

from reply_cases import card

WRONG = ["Я по ошибке перевёл деньги не тому человеку, как их вернуть?"]
SALARY = ["Зарплата от работодателя не пришла на карту, что случилось?"]
LOGIN = ["Не могу войти в личный кабинет, пишет «неверный пароль»."]


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Сочувствую. Можете связаться с получателем напрямую и попросить вернуть деньги.", WRONG),
    ("Здравствуйте! Сочувствую. Вам нужно обратиться в ваш банк.", SALARY),
    ("Здравствуйте! Жаль, что так вышло. Придётся договориться с ним самостоятельно.", WRONG),
])
def test_sent_elsewhere_fails_tone(reply, customer):
    c = card(reply, customer=customer)
    assert c["tone"].passed is False and "выхода" in c["tone"].reason, c["tone"].reason


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Извините за неудобство. Вы можете обратиться к нам по номеру 8 800 555-35-35, там сбросят пароль "
     "за 5 минут.", LOGIN),
    ("Здравствуйте! Извините за неудобство. Сбросьте пароль по ссылке «Забыли пароль?». Если не выйдет, можете "
     "обратиться в ваш банк.", LOGIN),
])
def test_a_way_to_us_or_a_fallback_passes_tone(reply, customer):
    c = card(reply, customer=customer)
    assert c["tone"].passed is True, c["tone"].reason

