"""plural_in_use(): a noun whose plural people write (countable events) against one whose plural the dictionary lists
but nobody uses (a state or a feeling)."""

import pytest

from app.core.grammar.rules._base import parses
from app.core.grammar.rules.plural_in_use import plural_in_use


def noun(word: str):
    return next(p for p in parses(word) if p.tag.POS == "NOUN")


@pytest.mark.parametrize("word", ["отмены", "задержки", "жалобы", "поломки"])
def test_countable_plural_in_use(word):
    assert plural_in_use(noun(word))


@pytest.mark.parametrize("word", ["понимания", "терпения", "внимания", "доверия"])
def test_plural_not_in_use(word):
    assert not plural_in_use(noun(word))


def test_not_a_noun():
    assert not plural_in_use(parses("быстро")[0])
