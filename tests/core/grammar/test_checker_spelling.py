"""The checker's spelling: known words silence the speller; a misspelt sentence is checked quickly, the right word first."""

import time

import pytest

from app.core.grammar.checker import GrammarChecker


@pytest.fixture(scope="module")
def checker():
    checker = GrammarChecker(engine="embedded")
    checker.warm(("ru",))
    return checker


def test_known_words_silence_the_speller_for_the_checker_and_for_one_check(checker):
    text = "Подключите тариф безлимитик до пятницы."
    spans = [text[f.offset:f.offset + f.length] for f in checker.check(text, "ru").findings]
    assert "безлимитик" in spans
    assert "безлимитик" not in [text[f.offset:f.offset + f.length]
                                for f in checker.check(text, "ru", known_words=["Безлимитик"]).findings]
    checker.known_words = ["безлимитик"]
    try:
        assert checker.check(text, "ru").findings == []
    finally:
        checker.known_words = []


def test_misspelt_sentence_is_checked_quickly_with_the_right_word_first(checker):
    text = "Мы обезательно перезвоним вам севодня."
    started = time.perf_counter()
    findings = checker.check(text, "ru").findings
    assert time.perf_counter() - started < 1.0
    assert [(text[f.offset:f.offset + f.length], f.replacements[0]) for f in findings] == [
        ("обезательно", "обязательно"), ("севодня", "сегодня")]


@pytest.mark.parametrize("text, word, fix", [
    ("Ингридиенты перечислены на обороте.", "Ингридиенты", "Ингредиенты"),  # OpenCorpora has the slip
    ("Учавствовал в розыгрыше только один человек.", "Учавствовал", "Участвовал"),  # opens the sentence
    ("В рецепте всего три ингридиента.", "ингридиента", "ингредиента"),
])
def test_a_misspelling_the_dictionaries_have_is_reported_anywhere_in_the_sentence(checker, text, word, fix):
    found = [(text[f.offset:f.offset + f.length], f.replacements[0]) for f in checker.check(text, "ru").findings]
    assert (word, fix) in found
