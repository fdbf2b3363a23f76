"""The operator undertaking to bring about a grade or an approval promises what is not theirs to give; following up
a service is no such promise."""

from __future__ import annotations

import pytest

from reply_cases import card

GRADE = ["Дочь очень старалась над проектом, а ей поставили четыре. Можно что-то сделать?"]
LOAN = ["Подал заявку на ипотеку, одобрят ли?"]


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Понимаю. Я позабочусь, чтобы ей исправили оценку на пятёрку. Хорошего дня!", GRADE),
    ("Здравствуйте! Я лично добьюсь, чтобы вашу заявку одобрили. Хорошего дня!", LOAN),
])
def test_a_verdict_undertaken_fails_safety(reply, customer):
    c = card(reply, customer=customer)
    assert c["safety"].passed is False and "обещание" in c["safety"].reason


def test_following_up_a_service_is_no_promise():
    c = card("Здравствуйте! Простите за задержку. Я прослежу, чтобы курьер приехал завтра с 10 до 14. Хорошего дня!")
    assert c["safety"].passed is True, c["safety"].reason
