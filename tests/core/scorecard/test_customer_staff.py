"""Dissatisfaction with one of the company's people is a complaint, read from who is the subject (issue 15)."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer import read_customer
from app.core.scorecard.customer_staff import staff_faulted
from app.core.scorecard.lexicon import load_lexicon


@pytest.mark.parametrize("message, words", [
    ("Тренер нам совсем не подходит, дочь после занятий в слезах.", ["не подходит"]),
    ("Нас не устраивает новый куратор группы, можно другого?", ["не устраивает"]),
    ("Репетитор задаёт чересчур много, сын не справляется.", ["чересчур много"]),
])
def test_a_person_of_the_company_who_does_not_suit_the_customer(message, words):
    assert staff_faulted(message) == words
    assert "complaint" in read_customer([message], load_lexicon(), 5000).states


@pytest.mark.parametrize("message", [
    "Кроссовки мне не подошли по размеру, как вернуть?",  # a thing, not a person
    "Можно поменять куратора, если он нам не подойдёт?",  # supposed
    "Хочу сменить куратора, слишком далеко ездить на встречи.",  # the person is no subject
])
def test_things_suppositions_and_persons_only_named_are_left_to_other_rules(message):
    assert staff_faulted(message) == []
