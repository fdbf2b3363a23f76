"""Questions written without «?»: a «ли» after a verb or a predicative word, or a question word after «во-первых» /
«2.», asks even when a stop, a line break or nothing ends it — and the solution element weighs it like any other."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.unmarked_questions import asks_after_enumerator, asks_by_li, mark_unmarked


@pytest.mark.parametrize("stretch", [
    "а можно ли забрать заказ в субботу",
    "нужна ли доверенность если за посылкой придёт сестра",
    "и работает ли скидка на уценённые товары",
    "подскажите, есть ли у вас доставка в Мурино",
])
def test_a_li_after_a_verb_or_predicative_asks(stretch):
    assert asks_by_li(stretch)


@pytest.mark.parametrize("stretch", [
    "вряд ли успею забрать до вечера",
    "то ли курьер не доехал, то ли я не услышала звонок",
    "едва ли это моя ошибка",
    "заказ пришёл вовремя, спасибо",
])
def test_li_in_a_fixed_phrase_or_no_li_asks_nothing(stretch):
    assert not asks_by_li(stretch)


@pytest.mark.parametrize("stretch, asks", [
    ("во-первых почему не пришёл чек", True),
    ("в третьих сколько ждать возврата", True),
    ("2) когда откроют запись на июнь", True),
    ("и во вторых как сменить тариф", True),
    ("1. как обычно, оплатила картой", False),
    ("во-первых, я оплатила вовремя", False),
])
def test_a_numbered_item_opening_with_a_question_word_asks(stretch, asks):
    assert asks_after_enumerator(stretch) is asks


def test_the_missing_mark_is_put_in_place_of_the_stop_and_statements_are_left():
    message = "добрый день. можно ли вернуть зонт без чека. вряд ли я его найду. и когда придут деньги?"
    assert mark_unmarked(message) == ("добрый день. можно ли вернуть зонт без чека? вряд ли я его найду. "
                                      "и когда придут деньги?")
    assert mark_unmarked("Есть ли рассрочка? Спасибо.") == "Есть ли рассрочка? Спасибо."


def test_a_lone_question_and_a_thought_weighed_aloud_are_left_as_they_are():
    assert mark_unmarked("успею ли доехать до вокзала к семи — поезд в 19:20.") == \
        "успею ли доехать до вокзала к семи — поезд в 19:20."
    message = "Не знаю, нужна ли мне подписка. Сколько она стоит?"
    assert mark_unmarked(message) == message


def test_a_reply_to_only_the_marked_one_of_two_questions_is_a_half_answer():
    customer = "подскажите а можно ли вернуть бронь за отель целиком. и сколько дней идут деньги?"
    half = score_reply("Здравствуйте! Деньги за бронь приходят на карту за 5 рабочих дней. Хорошего дня!", [customer])
    assert not half["solution"].passed
    both = score_reply("Здравствуйте! Да, бронь можно вернуть целиком: бесплатная отмена действует до дня заезда, "
                       "кнопка «Отменить бронь» в разделе «Мои поездки». Деньги за бронь приходят на карту за "
                       "5 рабочих дней. Хорошего дня!", [customer])
    assert both["solution"].passed


def test_numbered_questions_closed_by_stops_each_want_an_answer():
    customer = ("здравствуйте, вопросы по школе. во-первых сколько стоит месяц занятий. "
                "во-вторых можно ли ходить только по выходным.")
    half = score_reply("Здравствуйте! Месяц занятий стоит 6 400 ₽. Если будут вопросы, пишите.", [customer])
    assert not half["solution"].passed
    both = score_reply("Здравствуйте! Месяц занятий стоит 6 400 ₽. Ходить только по выходным можно: есть группа "
                       "по субботам и воскресеньям в 11:00. Если будут вопросы, пишите.", [customer])
    assert both["solution"].passed
