"""The reply takes up the customer's doing by its noun («вернуть» — «возврат»), and a question led by «а если…»
asks its main clause, not its condition (issue 15, blind set T)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.words import tokenize


def test_a_ticket_for_the_asked_doing_named_by_its_noun_is_about_the_question():
    got = card("Здравствуйте! Заявку на возврат второго платежа я оформила, ответ поступит в течение 3 рабочих дней. "
               "Хорошего дня!",
               ["Оплатила дважды, как вернуть лишнее?"])["solution"]
    assert got.passed is True, got.reason


def test_a_ticket_about_nothing_of_the_case_is_still_off_the_question():
    got = card("Здравствуйте! Ваше обращение зарегистрировано, ответ поступит в течение 3 рабочих дней.",
               ["Как вернуть деньги за отменённый концерт?"])["solution"]
    assert got.passed is False
    assert "ни одно слово вопроса" in got.reason


def test_a_noun_names_the_verb_it_comes_from_and_another_noun_does_not():
    assert kin_taken_up(tokenize("обменять"), tokenize("обмен"))
    assert not kin_taken_up(tokenize("обменять"), tokenize("погода"))
    # close in meaning, yet the matter of the doing and not its name
    assert not kin_taken_up(tokenize("вернуть"), tokenize("деньги"))


def test_after_a_and_if_the_main_clause_is_asked():
    got = card("Здравствуйте! Нет, обменять можно бесплатно в течение 30 дней в любом пункте выдачи. Хорошего дня!",
               ["а если куртка не подойдёт по размеру, обмен платный?"])["solution"]
    assert got.passed is True, got.reason


def test_after_a_and_if_the_condition_alone_answers_nothing():
    got = card("Здравствуйте! Рейсы задерживают редко, расписание можно посмотреть на сайте аэропорта. Хорошего дня!",
               ["А если рейс задержат, трансфер меня подождёт?"])["solution"]
    assert got.passed is False
    assert "трансфер" in got.reason
