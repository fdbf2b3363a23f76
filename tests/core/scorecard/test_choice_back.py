"""The choice handed back: to «which one should I take?», «choose what you like» picks nothing."""

from __future__ import annotations

import pytest

from app.core.scorecard.choice_back import asks_which, choice_handed_back
from app.core.scorecard.reply import read_reply

from reply_cases import card

WHICH = ["Какой абонемент мне оформить — утренний или безлимитный? Хожу в зал только по выходным."]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! У обоих абонементов свои плюсы, выбирайте тот, что вам ближе. Хорошего дня!",
    "Здравствуйте! Оба абонемента удобные — выбирайте любой. Хорошего дня!",
    "Здравствуйте! Утренний, дневной, безлимитный, семейный — выбирайте абонемент в приложении. Хорошего дня!",
    "Здравствуйте! Цены на абонементы разные, выбирайте по цене. Хорошего дня!",
])
def test_the_choice_handed_back_is_no_solution(reply):
    c = card(reply, WHICH)
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Клиент просит помочь с выбором")


def test_a_pick_said_in_another_sentence_stands():
    r = read_reply("Здравствуйте! Раз вы ходите только по выходным, советую утренний абонемент: он на треть дешевле. "
                   "Время занятий выбирайте сами. Хорошего дня!", WHICH)
    assert choice_handed_back(r) == []


def test_choosing_the_named_option_is_a_step():
    r = read_reply("Здравствуйте! В приложении выберите абонемент «Выходной» — он для тех, кто ходит по субботам и "
                   "воскресеньям. Хорошего дня!", WHICH)
    assert choice_handed_back(r) == []


def test_choosing_as_one_step_of_a_way_is_no_choice_handed_back():
    r = read_reply("Здравствуйте! Откройте «Абонементы», нажмите «Продлить» и выберите удобный месяц. Хорошего дня!",
                   ["Какой месяц лучше продлить, если я уезжаю в июле?"])
    assert choice_handed_back(r) == []


@pytest.mark.parametrize("customer, asked", [
    (["Что выгоднее для поездок на дачу: электричка или автобус?"], True),
    (["Посоветуйте тренера для новичка."], True),
    (["Какую секцию выбрать сыну?"], True),
    (["Куда лучше поехать в мае?"], True),
    (["Как продлить абонемент?"], False),
    (["Какой у меня остаток занятий?"], False),
])
def test_the_customer_asks_to_be_told_which(customer, asked):
    assert asks_which(read_reply("Здравствуйте!", customer)) is asked


def test_a_course_choice_handed_back_fails_but_a_named_option_or_a_way_to_choose_does_not():
    which = ["Хочу выучить язык для переезда. Какой курс выбрать — немецкий или испанский? Времени мало."]
    c = card("Здравствуйте! Оба курса отличные, выбирайте тот, что больше нравится. Хорошего дня!", which)
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Клиент просит помочь с выбором")
    # a named option on a screen is a step of a way; «как выбрать?» asks the way
    assert choice_handed_back(read_reply("Здравствуйте! Без комиссии — СБП: на шаге оплаты выберите «СБП».",
                                         ["Какой способ оплаты лучше выбрать, чтобы не платить комиссию?"])) == []
    assert choice_handed_back(read_reply("Здравствуйте! В брони нажмите «Места» и выберите свободное.",
                                         ["Как выбрать место в самолёте?"])) == []
