"""A customer who writes in English: worry, a repeated contact, urgency and a thing that does not work are read
from English words as from Russian ones."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_latin import english_states
from test_customer import read


@pytest.mark.parametrize("message, state, word", [
    ("Hi, my visa letter still not here, I am so worried", "worry", "worried"),
    ("This is third time I ask about my refund", "repeat", "third time"),
    ("I already wrote to you yesterday, where is the key?", "repeat", "already wrote"),
    ("Need the invoice urgently please", "urgency", "urgently"),
    ("The app is not working after update", "complaint", "is not working"),
    ("Card doesn't work in the shop, what to do?", "complaint", "doesn't work"),
    ("I am furious, the courier just left the box at the gate", "anger", "furious"),
    ("Honestly fed up with these SMS every morning", "anger", "fed up"),
])
def test_english_words_show_the_rubrics_states(message, state, word):
    assert word in read(message).states.get(state, []), read(message).states


@pytest.mark.parametrize("message", [
    "Don't worry, it is not urgent. How can I change my address?",
    "Hello, how can I get a second card for my wife?",
    "I'm not angry, just tell me how to change the tariff",
])
def test_a_calm_english_question_shows_no_state(message):
    assert english_states(message) == {}, english_states(message)
