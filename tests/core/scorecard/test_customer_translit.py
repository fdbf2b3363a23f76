"""Russian written in Latin letters is read as Russian: its complaint or haste shows; English and Cyrillic text is
left to the other readings."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_translit import from_translit
from test_customer import read


def test_russian_in_latin_letters_is_spelt_in_cyrillic():
    assert from_translit("pochemu zakaz ne priekhal? zhdu uzhe tri dnya") == "почему заказ не приехал? жду уже три дня"


@pytest.mark.parametrize("message", [
    "My card was charged but the order is not in my account",  # English
    "Промокод SPRING не применяется к корзине",  # Cyrillic with a code
    "ok",
])
def test_english_or_cyrillic_is_not_transliterated(message):
    assert from_translit(message) is None


@pytest.mark.parametrize("message, state", [
    ("vy menya obmanuli, den'gi tak i ne vernuli", "complaint"),
    ("pomogite srochno, ne mogu oplatit' bilet", "urgency"),
])
def test_a_state_in_latin_letters_is_read(message, state):
    assert state in read(message).states


def test_a_calm_question_in_latin_letters_owes_nothing():
    assert not read("zdravstvuyte, podskazhite tarif na domashniy internet").needs_empathy
