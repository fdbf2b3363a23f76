"""out_of_reach: steps the customer said they cannot take. Replies of our own."""

from __future__ import annotations

from reply_cases import card

DEAF = ["Я слабослышащая, по телефону не могу. Как поменять ПИН-код?"]
LOST = ["Кошелёк украли вместе с картой. Как мне теперь оплатить кредит?"]


def test_a_call_to_one_who_cannot_hear_is_no_way():
    c = card("Добрый день! Позвоните в контакт-центр по номеру 900, там помогут. Хорошего дня!", DEAF)
    assert c["solution"].passed is False
    assert "не может" in c["solution"].reason
    c = card("Добрый день! Откройте приложение: «Карты» → «Сменить ПИН». Хорошего дня!", DEAF)
    assert c["solution"].passed is True, c["solution"].reason


def test_a_step_using_the_lost_thing_is_no_way_a_new_one_is():
    c = card("Добрый день! Вставьте карту в любой банкомат и выберите «Платежи». Хорошего дня!", LOST)
    assert c["solution"].passed is False, c["solution"].reason
    c = card("Добрый день! Оплатите кредит в приложении: «Кредиты» → «Внести платёж». Хорошего дня!", LOST)
    assert c["solution"].passed is True, c["solution"].reason
