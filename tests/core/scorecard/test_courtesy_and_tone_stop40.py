"""Greeting, closing and tone on wordings the earlier rules missed: «Приветик», a wish after a smile, a hope for
what is to come that ends the reply; a rule «не предусмотрен» beside another way, the company owning «стоило
сказать», the customer's spelling corrected; «экзамен через вас» is no hurry."""

from __future__ import annotations

import pytest

from reply_cases import card
from test_customer import read

ASKS = ["Подскажите, можно ли оплатить абонемент в спортзал частями?"]


def test_a_diminutive_hello_greets():
    c = card("Приветик! Да, можно: на 3 месяца без переплаты, в приложении «Абонемент» → «Частями».", ASKS)
    assert c["greeting"].passed is True


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Да, частями на 3 месяца без переплаты :) Хорошей тренировки!",
    "Здравствуйте! Да, частями на 3 месяца без переплаты)) Удачи!",
])
def test_a_wish_after_a_smile_closes_the_reply(reply):
    assert card(reply, ASKS)["closing"].passed is True


def test_a_step_after_a_smile_is_no_closing():
    assert card("Здравствуйте! Да, частями на 3 месяца :) Оформите в приложении", ASKS)["closing"].passed is False


def test_a_hope_for_what_is_to_come_closes_the_reply_but_not_a_look_back():
    ahead = card("Здравствуйте! Частями пока нельзя, но есть скидка 10 % при оплате сразу. Надеюсь, это поможет "
                 "с выбором.", ASKS)
    back = card("Здравствуйте! Частями пока нельзя, но есть скидка 10 % при оплате сразу. Надеемся, что ответ был "
                "полезен.", ASKS)
    before = card("Здравствуйте! Надеюсь, это поможет. Частями пока нельзя, но есть скидка 10 % при оплате сразу.",
                  ASKS)
    assert ahead["closing"].passed is True
    assert back["closing"].passed is False and before["closing"].passed is False


def test_a_rule_with_another_way_refuses_nobody():
    asks = ["Сколько стоит поменять фамилию в билете на самолёт?"]
    way = card("Здравствуйте! Замена пассажира в билете не предусмотрена. Вы можете сдать билет и купить новый.", asks)
    advice = card("Здравствуйте! Замена пассажира не предусмотрена, поэтому лучше сдать билет заранее.", asks)
    bare = card("Здравствуйте! Замена пассажира в билете не предусмотрена.", asks)
    assert way["tone"].passed is True and advice["tone"].passed is True
    assert bare["tone"].passed is False


def test_owning_that_the_company_should_have_told_is_no_lecture():
    asks = ["Почему за парковку в отеле берут 900 в сутки? Мне об этом не сказали!"]
    owned = card("Добрый день! Понимаю, это неприятно: о платной парковке стоило предупредить при бронировании. "
                 "Я верну 900 ₽ за первые сутки до пятницы. Хорошего отдыха!", asks)
    lecture = card("Добрый день! Вам стоило предупредить нас о машине при бронировании. Хорошего отдыха!", asks)
    assert owned["tone"].passed is True
    assert lecture["tone"].passed is False


def test_correcting_the_customers_spelling_is_a_lecture():
    asks = ["Если опоздаю на занятие, перенесёте ли его? Или пропало?"]
    c = card("Здравствуйте! Пишется «пропадёт», а не «пропало». Занятие перенесём, если предупредите за час. "
             "Хорошего дня!", asks)
    assert c["tone"].passed is False and "Поучение" in c["tone"].reason
    fine = card("Здравствуйте! Нажмите «Перенести», а не «Отменить», и занятие сохранится. Хорошего дня!", asks)
    assert fine["tone"].passed is True


def test_an_exam_through_the_company_is_no_hurry():
    assert "urgency" not in read("Как записаться на экзамен TOEFL через вашу школу?").states
    assert "urgency" in read("У меня экзамен через два часа, а пропуск не пришёл").states
