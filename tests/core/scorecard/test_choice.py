"""A question of choice between two options wants one of them picked (issue 15)."""

from __future__ import annotations

import pytest
from reply_cases import card

from app.core.scorecard.choice import asks_which, choice_asked, choice_handed_back, choice_left_open, choice_made
from app.core.scorecard.reply import read_reply

BIKES = ["Какой велосипед взять сыну — горный или городской? Ездит в основном по парку."]


def test_the_two_options_are_read_from_the_question():
    asked = choice_asked(read_reply("Здравствуйте!", BIKES))
    assert asked is not None
    first, second = asked[1]
    assert {t.lower for t in first} == {"горный"} and {t.lower for t in second} == {"городской"}


def test_options_named_before_a_bare_which_is_better():
    customer = ["Смотрю две кофемашины: Ritta 200 или Ritta 450. Какая лучше для офиса?"]
    r = read_reply("Для офиса лучше Ritta 450: у неё бак на два литра.", customer)
    assert choice_made(r, []) != []


def test_a_pick_with_an_advising_or_fitting_word_answers():
    r = read_reply("Здравствуйте! Для парка советую городской: он легче, а шины там не нужны толстые.", BIKES)
    assert choice_made(r, []) != [] and choice_left_open(r) == ""
    both = read_reply("Здравствуйте! Для парка подойдут оба, разница только в весе.", BIKES)
    assert choice_made(both, []) != []


def test_both_listed_or_none_named_leaves_the_choice_open():
    listed = read_reply("Здравствуйте! У нас есть горные, городские и детские велосипеды, все в каталоге.", BIKES)
    assert choice_left_open(listed) != ""
    yours = read_reply("Здравствуйте! Все модели хорошие, выбирайте ту, что больше понравится.", BIKES)
    assert choice_left_open(yours) != ""


def test_a_quantity_comparative_is_no_pick():
    r = read_reply("Здравствуйте! Горный стоит 30 000 ₽, городской 25 000 ₽. У горного больше скоростей.", BIKES)
    assert choice_made(r, []) == []


def test_a_yes_or_no_question_with_or_is_no_choice():
    assert choice_asked(read_reply("Да.", ["Вернуть деньги на карту или бонусами?"])) is None


def test_the_scorecard_fails_a_list_and_passes_a_pick():
    assert card("Здравствуйте! У нас есть горные и городские велосипеды. Хорошего дня!", BIKES)["solution"].passed is False
    picked = card("Здравствуйте! Для парка лучше городской: он легче и с крыльями. Хорошего дня!", BIKES)
    assert picked["solution"].passed is True, picked["solution"].reason


# The choice handed back: to «which one should I take?», «choose what you like» picks nothing.

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


def test_options_named_by_word_by_declined_name_and_by_pronoun():
    from app.core.scorecard.choice import options_named
    from app.core.scorecard.reply import read_reply
    from app.core.scorecard.words import tokenize
    r = read_reply("Советую «Комфорт».", ["Какой тариф взять: «Старт» или «Комфорт»?"])
    assert options_named(r, tokenize("в «Старте» обмен платный")) == {0}
    assert options_named(r, tokenize("в нём обмен бесплатный"), frozenset({"комфор"})) == {1}
    assert options_named(r, tokenize("обмен бесплатный")) == frozenset()
    other = read_reply("Обмен бесплатный.", ["Можно обменять билет?"])
    assert options_named(other, tokenize("в «Старте» обмен платный")) == frozenset()
