"""What the customer asked: how, why, yes or no, two questions in one — and whether the reply is about it."""

from __future__ import annotations

from app.core.scorecard.questions import (
    asks_how, echoed_answer, gives_reason, reason_given, said_words, topic_words, unanswered, why_questions,
)
from app.core.scorecard.reply import read_reply


def _reply(reply: str, customer: str):
    return read_reply(reply, [customer])


def test_a_how_question_is_told_from_a_yes_or_no_one():
    assert asks_how(_reply("Да.", "Подскажите, как поменять тариф на более дешёвый?"))
    assert asks_how(_reply("Да.", "Хочу сдать билет. Как это сделать?"))
    assert not asks_how(_reply("Да.", "Можно ли сдать билет за день до поезда?"))
    assert not asks_how(_reply("Да.", "Как так? Я же всё оплатила."))  # a reproach, no verb of doing


def test_why_questions_and_the_reasons_that_answer_them():
    customer = "Почему мне пришёл штраф за парковку у вашего офиса?"
    assert why_questions(_reply("", customer)) == [customer]
    given = _reply("Здравствуйте! Штраф выписали из-за того, что машина стояла на газоне.", customer)
    assert [given.text[s:s + n] for s, n in gives_reason(given, [])] == ["из-за"]
    off = _reply("Здравствуйте! Оплатить его можно на портале госуслуг за пять минут.", customer)
    assert not gives_reason(off, [])
    assert not reason_given(off, [], said_words(off))


def test_a_word_whose_likeliest_reading_is_no_noun_is_still_what_the_question_is_about():
    # «минус» is first read as a conjunction
    assert any("минус" in w for w in topic_words("Откуда на счёте минус?"))
    r = _reply("Здравствуйте! Минус на счёте — это абонентская плата за май.", "Откуда на счёте минус?")
    assert reason_given(r, [], said_words(r))


def test_a_yes_or_no_question_answered_by_taking_up_its_word():
    customer = "Пришёл счёт на 2 100 рублей вместо обычных 600. Это ошибка?"
    told = _reply("Здравствуйте! Это не ошибка: 1 500 рублей — звонки на Кипр по тарифу «Мир», остальное — "
                  "абонентская плата.", customer)
    (start, size), = echoed_answer(told, [])
    assert told.text[start:start + size] == "ошибка"
    bare = _reply("Здравствуйте! Ошибки нет. Хорошего дня!", customer)  # nothing the customer did not know
    assert echoed_answer(bare, []) == []


def test_two_questions_joined_by_and_how_much_each_want_an_answer():
    customer = "Как подключить второй номер к семейному тарифу и сколько это будет стоить?"
    half = _reply("Здравствуйте! Это обойдётся вам в сто пятьдесят рублей в месяц.", customer)
    assert "Как подключить второй номер к семейному тарифу" in unanswered(half, [], [])
    both = _reply("Здравствуйте! Подключить второй номер можно в приложении: «Тариф» → «Семья» → «Добавить». "
                  "Это обойдётся вам в сто пятьдесят рублей в месяц.", customer)
    assert unanswered(both, [], []) == ""


def test_how_many_days_asks_a_span_and_why_not_reports_a_failure():
    from app.core.scorecard.questions import asked_kinds
    assert asked_kinds(_reply("", "Сколько стоит замена замка и сколько дней её делают?")) == ["цена", "срок"]
    assert asked_kinds(_reply("", "Какой срок службы у фильтра?")) == ["срок"]
    assert why_questions(_reply("", "Почему не открывается личный кабинет?")) == []


def test_a_bare_why_asks_about_the_sentence_before_it():
    customer = "Мне отказали в возврате билета!!! Почему?!"
    on = _reply("Здравствуйте! По справке о болезни билет вернуть можно: пришлите её, и я оформлю возврат сегодня.",
                customer)
    assert reason_given(on, [], said_words(on))
    off = _reply("Здравствуйте! Хорошего вам дня и отличного настроения!", customer)
    assert not reason_given(off, [], said_words(off))
