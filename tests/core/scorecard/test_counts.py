"""count_not_told(): «Сколько у меня баллов?» wants the count of that very thing, not another figure beside it."""

from __future__ import annotations

from app.core.scorecard.counts import count_not_told
from app.core.scorecard.reply import read_reply

from reply_cases import card

POINTS = "Сколько у меня баллов и можно ли ими оплатить отель?"


def _not_told(reply: str, question: str = POINTS) -> bool:
    return count_not_told(read_reply(reply, [question]), [question])


def test_a_percent_beside_the_thing_is_no_count():
    assert _not_told("Баллами можно оплатить до 30 % стоимости отеля.")


def test_a_figure_beside_the_thing_counts_it():
    assert not _not_told("У вас 4 200 баллов, ими можно оплатить до 30 % стоимости отеля.")


def test_a_reply_that_does_not_name_the_thing_is_left_to_the_other_checks():
    assert not _not_told("Ими можно оплатить до 30 % стоимости.")


def test_how_much_it_costs_counts_no_thing():
    assert not _not_told("Доставка бесплатная.", "Сколько стоит доставка?")


def test_how_many_i_have_wants_the_count_of_that_thing():
    got = card("Здравствуйте! Баллами можно оплатить до 30 % стоимости отеля. Хорошего дня!",
               ["Сколько у меня баллов и можно ли ими оплатить отель?"])["solution"]
    assert (got.passed, got.reason) == (
        False, "Клиент спросил «сколько», а в ответе этого нет: ответ на половину вопроса.")


def test_how_many_i_have_answered_with_the_count():
    got = card("Здравствуйте! У вас 4 200 баллов, ими можно оплатить до 30 % стоимости отеля. Хорошего дня!",
               ["Сколько у меня баллов и можно ли ими оплатить отель?"])["solution"]
    assert got.passed is True, got.reason
