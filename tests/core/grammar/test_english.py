"""Offline English spelling."""

import pytest

from app.core.grammar.english import EnglishSpeller
from app.core.grammar.findings import Category, TextTooLong


@pytest.fixture(scope="module")
def speller():
    return EnglishSpeller()


def flagged(speller, text):
    return [text[f.offset:f.offset + f.length] for f in speller.check(text, "en")]


def test_finds_recieve_but_not_received(speller):
    text = "We received your letter and will recieve the parcel tomorrow."
    [finding] = speller.check(text, "en")
    assert text[finding.offset:finding.offset + finding.length] == "recieve"
    assert finding.category is Category.SPELLING and finding.replacements[0] == "receive"
    assert "recieve" in finding.message


def test_skips_links_addresses_numbers_and_abbreviations(speller):
    text = ("Write to suport@exampel.com or open https://exampel.com/trakcing?id=5 and www.exampel.org/ordr. "
            "Order 12345, item A7B9Q, 3rd try, ASAP, NASA, #helpdesk, @opertor.")
    assert flagged(speller, text) == []


def test_contractions_and_capitals(speller):
    assert flagged(speller, "Don’t worry, I'm here. The customer's order is ready.") == []
    [finding] = EnglishSpeller().check("Thnak you for waiting.", "en")
    assert finding.replacements[0] == "Thank"


def test_offsets_after_emoji_and_cyrillic(speller):
    text = "😀 Привет! Plese wait."
    assert flagged(speller, text) == ["Plese"]


def test_bad_input(speller):
    assert speller.check("", "en") == [] and speller.check("12 345 !!!", "en") == []
    with pytest.raises(TextTooLong):
        speller.check("a" * 1_000_000, "en")
    with pytest.raises(ValueError):
        speller.check("Привет", "ru")


def test_support_vocabulary_is_known():
    from app.core.grammar.english import EnglishSpeller
    speller = EnglishSpeller()
    assert speller.check("Open the app and send us a screenshot from your smartphone.", "en") == []
    assert speller.check("Open the appp.", "en")
