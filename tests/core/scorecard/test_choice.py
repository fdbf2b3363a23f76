"""A question of choice between two options wants one of them picked (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.choice import choice_asked, choice_left_open, choice_made
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
