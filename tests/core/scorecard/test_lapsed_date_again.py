"""A date the customer says was promised and has passed, given back as the reply's only term, is no solution (found on
blind set ZT's tune half); a new date, a term today or tomorrow, or the old date told as missed beside a new one, is."""

from __future__ import annotations

import pytest

from reply_cases import card

LATE_ANSWER = ["Сдал документы 2 декабря, сказали, ответ будет до 4 декабря. Сегодня уже 8-е. Где ответ?"]
LATE_REFUND = ["Возврат обещали до 20 ноября. Сейчас декабрь, денег нет."]
LAPSED = ["Ремонт обещали закончить до 1 марта, срок вышел, а ноутбук всё ещё у вас."]


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Извините за ожидание. Ответ по документам будет до 4 декабря. Хорошего дня!", LATE_ANSWER),
    ("Здравствуйте! Простите. Деньги вернутся до 20 ноября, как указано в правилах. Хорошего дня!", LATE_REFUND),
    ("Здравствуйте! Простите за задержку. Срок ремонта — до 1 марта. Хорошего дня!", LAPSED),
])
def test_the_broken_date_given_again_is_no_solution(reply, customer):
    result = card(reply, customer)["solution"]
    assert not result.passed and "уже прошёл" in result.reason


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Извините за ожидание. Ответ по документам будет завтра до 12:00. Хорошего дня!", LATE_ANSWER),
    ("Здравствуйте! Простите, до 4 декабря мы не успели. Ответ будет 10 декабря до 18:00. Хорошего дня!", LATE_ANSWER),
    ("Здравствуйте! Простите. Деньги вернутся до 12 декабря. Хорошего дня!", LATE_REFUND),
    ("Здравствуйте! Доставка будет 20 ноября. Хорошего дня!", ["Когда доставка? Заказ оформил 10 ноября."]),
])
def test_a_new_term_is_not_read_as_the_old_one(reply, customer):
    assert "уже прошёл" not in card(reply, customer)["solution"].reason
