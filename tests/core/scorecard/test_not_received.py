"""«Вы не получили письмо» tells what did not reach the customer; «вы не проверили» blames them (issue 15)."""

from __future__ import annotations

from reply_cases import card

BURNT = ["Почему у меня списали все мили? Никто не предупреждал!"]


def test_what_did_not_reach_the_customer_is_no_blame():
    c = card("Здравствуйте! Жаль, что так вышло. Мили списались 1 марта по сроку, а письма-напоминания вы не "
             "получили: они уходили на старый адрес. Мили я вернула, они действуют до осени. Если будут вопросы, пишите.",
             customer=BURNT)
    assert c["tone"].passed is True and c["empathy"].passed is True


def test_a_step_the_customer_did_not_take_still_blames():
    c = card("Здравствуйте! Жаль, что так вышло. Мили списались 1 марта по сроку, а вы не продлили их покупкой. "
             "Если будут вопросы, пишите.", customer=BURNT)
    assert c["tone"].passed is False
