"""Several questions in one message: each wants its own answer (joined by «и», or added in a sentence of its own)."""

from __future__ import annotations

import pytest

from app.core.scorecard.questions import unanswered
from app.core.scorecard.reply import read_reply
from app.core.scorecard.several_questions import untouched_questions


def _left(reply: str, customer: str, timed: bool = False) -> list[str]:
    return untouched_questions(read_reply(reply, [customer]), timed)


def test_two_questions_joined_by_and_how_much_each_want_an_answer():
    customer = "Как подключить второй номер к семейному тарифу и сколько это будет стоить?"
    half = read_reply("Здравствуйте! Это обойдётся вам в сто пятьдесят рублей в месяц.", [customer])
    assert "Как подключить второй номер к семейному тарифу" in unanswered(half, [], [])
    both = read_reply("Здравствуйте! Подключить второй номер можно в приложении: «Тариф» → «Семья» → «Добавить». "
                      "Это обойдётся вам в сто пятьдесят рублей в месяц.", [customer])
    assert unanswered(both, [], []) == ""


@pytest.mark.parametrize("reply, left", [
    ("Здравствуйте! Абонемент стоит 3 000 ₽ в месяц.", ["входит ли в него сауна"]),
    ("Здравствуйте! Абонемент стоит 3 000 ₽ в месяц, сауна в него входит.", []),
])
def test_a_joined_yes_or_no_part_wants_its_own_words_taken_up(reply, left):
    assert _left(reply, "Сколько стоит абонемент в бассейн и входит ли в него сауна?") == left


@pytest.mark.parametrize("reply, left", [
    ("Здравствуйте! Парковка для гостей есть, она бесплатная.", ["можно ли приехать с собакой"]),
    ("Здравствуйте! Парковка для гостей есть. С собакой приезжать можно.", []),
])
def test_a_question_added_in_a_sentence_of_its_own_wants_its_answer(reply, left):
    assert _left(reply, "Есть ли у вас парковка для гостей? А можно ли приехать с собакой?") == left


def test_a_can_i_is_answered_by_what_can_be_done_in_other_words():
    customer = "Есть ли у вас парковка? А можно ли заехать раньше?"
    assert _left("Здравствуйте! Парковка есть во дворе. Ранний заезд возможен с 10:00.", customer) == []
    assert _left("Здравствуйте! Парковка есть во дворе.", customer) == ["можно ли заехать раньше"]


def test_a_part_that_asks_a_day_is_answered_by_the_time_the_reply_gives():
    customer = "Сколько стоит доставка дивана и можно привезти в субботу?"
    reply = "Здравствуйте! Доставка дивана стоит 900 ₽, курьер будет у вас через два дня."
    assert _left(reply, customer, timed=True) == []
    assert _left(reply, customer, timed=False) == ["можно привезти в субботу"]


def test_a_who_is_answered_by_the_company_doing_it():
    customer = "Когда следующий поезд до Казани? И кто оплатит гостиницу?"
    assert _left("Здравствуйте! Следующий поезд в 18:40. Мы вернём вам 3 500 ₽.", customer) == []
    assert _left("Здравствуйте! Следующий поезд до Казани в 18:40.", customer) == ["кто оплатит гостиницу"]


def test_a_joined_how_is_answered_by_steps():
    customer = "Сколько стоит подписка и как её подключить?"
    assert _left("Здравствуйте! Подписка стоит 199 ₽. Откройте приложение и нажмите «Подключить».", customer) == []
    assert _left("Здравствуйте! Подписка стоит 199 ₽ в месяц.", customer) == ["как её подключить"]


_REFUSED = "Мне отказали в возврате, почему? Деньги за доставку вернут?"


@pytest.mark.parametrize("customer, reply, left", [
    # a later question with no opener, asked by its tone about a thing, wants its answer
    (_REFUSED, "Здравствуйте! Отказ связан с тем, что срок возврата истёк 3 мая.", ["Деньги за доставку вернут"]),
    (_REFUSED, "Здравствуйте! Отказ связан с тем, что срок возврата истёк 3 мая. Деньги за доставку вернём в течение "
               "3 дней.", []),
    # asked of the one addressed, it is a reproach
    ("Где мой заказ? Вы издеваетесь?", "Здравствуйте! Простите за задержку: заказ привезут завтра до 18:00.", []),
])
def test_a_later_question_asked_by_its_tone_about_a_thing(customer, reply, left):
    assert _left(reply, customer) == left


@pytest.mark.parametrize("reply, left", [
    ("Здравствуйте! Бассейн есть, открыт с 8:00 до 22:00. Детскую кроватку поставим бесплатно.",
     ["есть ли анимация для малышей"]),
    ("Здравствуйте! Бассейн есть, открыт с 8:00 до 22:00. Анимация для малышей — каждый день с 10:00. Детскую "
     "кроватку поставим бесплатно.", []),
])
def test_yes_or_no_questions_joined_by_commas_each_want_an_answer(reply, left):
    customer = "Едем в отель с ребёнком: есть ли там бассейн, есть ли анимация для малышей и можно ли взять кроватку?"
    assert _left(reply, customer) == left


@pytest.mark.parametrize("customer", [
    "Подскажите, пожалуйста, можно ли вернуть абонемент?",
    "Украли телефон, что делать, заблокируют ли номер?",
])
def test_a_comma_before_one_li_question_joins_nothing(customer):
    reply = read_reply("Здравствуйте! Номер и абонемент я заблокировала, деньги вернутся за 3 дня.", [customer])
    assert untouched_questions(reply) == []
