"""Gossip about a colleague read from the sentence: a particular person of the company's told of by a habit or their
character, to a customer who complains (issue 15)."""

from __future__ import annotations

from reply_cases import card

ROOTED = ["Мастер по маникюру опоздала на сорок минут и даже не извинилась. Верните деньги за процедуру."]
CALM = ["Курьер звонит перед приездом? Хочу знать, ждать ли звонка."]


def test_a_colleagues_character_or_habit_told_to_a_complaining_customer_is_gossip():
    c = card("Здравствуйте! Да она у нас со всеми так, не берите в голову. Деньги за процедуру вернём до пятницы. "
             "Всего доброго!", customer=ROOTED)
    assert c["tone"].passed is False and "сплетни" in c["tone"].reason.lower()
    c = card("Здравствуйте! Простите. Этот мастер часто задерживается, мы в курсе. Деньги вернём до пятницы. "
             "Всего доброго!", customer=ROOTED)
    assert c["tone"].passed is False


def test_what_the_company_will_do_about_the_person_is_no_gossip():
    c = card("Здравствуйте! Простите за опоздание мастера. С ней поговорит управляющая, а деньги за процедуру вернём "
             "до пятницы. Всего доброго!", customer=ROOTED)
    assert c["tone"].passed is True


def test_a_habit_of_the_service_told_to_a_calm_question_is_no_gossip():
    c = card("Здравствуйте! Да, курьер у нас всегда звонит за час до приезда. Хорошего дня!", customer=CALM)
    assert c["tone"].passed is True
