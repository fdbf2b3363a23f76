"""A company's person defended against the customer's complaint — the act denied by a negated imperfective past, or
the person vouched for as correct — fails the tone to an upset customer (issue 15)."""

from __future__ import annotations

from reply_cases import card

RUDE = ["Администратор в салоне нагрубила мне и бросила трубку, когда я перезвонила. Безобразие!"]
LATE = ["Мастер опоздал на два часа и даже не предупредил, я опоздала на работу."]
CALM = ["Подскажите, ваши инструкторы работают с новичками?"]


def test_the_act_the_customer_told_of_denied_outright():
    c = card("Здравствуйте! Администратор трубку не бросала, звонок оборвался из-за сети. Запись на пятницу "
             "сохранена. Хорошего дня!", customer=RUDE)
    assert c["tone"].passed is False


def test_the_person_vouched_for_as_correct():
    for reply in ("Здравствуйте! Администратор действовала строго по регламенту салона. Запись на пятницу сохранена. "
                  "Хорошего дня!",
                  "Здравствуйте! Поведение администратора было корректным, мы прослушали разговор. Запись на пятницу "
                  "сохранена. Хорошего дня!"):
        c = card(reply, customer=RUDE)
        assert c["tone"].passed is False, reply


def test_a_failure_admitted_by_the_perfective_or_by_what_was_due_is_no_defence():
    c = card("Здравствуйте! Простите, мастер не предупредил вас об опоздании, а был обязан действовать по правилам и "
             "позвонить. Визит за наш счёт, мастер приедет завтра в 9:00. Хорошего дня!", customer=LATE)
    assert c["tone"].passed is True


def test_the_staff_praised_to_a_calm_question_is_no_defence():
    c = card("Здравствуйте! Да, наши инструкторы — профессионалы, с новичками работают каждый день. Хорошего дня!",
             customer=CALM)
    assert c["tone"].passed is True
