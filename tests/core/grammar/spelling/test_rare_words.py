"""Rare words, drawn-out interjections and the poetic «-ою» are words; misspellings that look like them are not."""

import pytest

from app.core.grammar.spelling.rare_words import (drawn_out_interjection, form_of_listed_word, form_of_speller_word,
                                                   listed_rare_word, poetic_instrumental)


@pytest.mark.parametrize("word", ["эльфийских", "геймплея", "фэнтезийная", "аддоны",
                                  "забанен"])  # not «за» + «банен»: nobody writes «банен»
def test_a_rare_word_people_write_in_several_forms_is_a_word(word):
    assert listed_rare_word(word)


def test_a_name_in_small_letters_is_no_word_run_together():
    assert listed_rare_word("домашки")  # not «до» + «машки»: «Машка» is a name


@pytest.mark.parametrize("word, a_form", [
    ("маркетплейсе", True),    # «маркетплейс» and «маркетплейса» are listed, this case is not
    ("маркетплейсие", False),  # no case of that noun
    ("мультиплеерное", True),  # «мультиплеерный» and «мультиплеерных» are listed
    ("агенствах", False),      # a case of a misspelling that lives beside the far commoner «агентство»
    ("исскуством", False),     # «исскуство» is listed, but two slips from «искусство»
    ("магазине", False),       # a dictionary word: the other checks decide
    ("свайп", True),           # listed itself, and «свайпом» is listed too: two forms, the dictionary one among them
    ("свайпом", True),
    ("свайпе", True),          # not listed, but the two forms above are
])
def test_a_form_of_a_listed_rare_word(word, a_form):
    assert form_of_listed_word(word) is a_form


@pytest.mark.parametrize("word, a_form", [
    ("созвона", True),   # the speller lists «созвон» alone
    ("созвоном", True),
    ("скрином", True),   # and «скрин»
    ("сазвона", False),  # «сазвон» is listed nowhere
    ("магазинов", False),  # a dictionary word: nothing to explain
    ("созвана", False),  # one slip from «созвана»'s common neighbours, and no form of «созвон»
])
def test_a_form_of_a_word_the_speller_lists_in_its_dictionary_form(word, a_form):
    assert form_of_speller_word(word) is a_form


@pytest.mark.parametrize("word", [
    "приемлимый",  # listed in every form, but «приемлемый» is far commoner
    "небыло",      # two words run together
    "чтото",
    "пятиста",     # listed, but the word it would be a form of («пятистый») is not
    "эльфиских",   # not listed at all
])
def test_a_misspelling_people_write_often_is_no_rare_word(word):
    assert not listed_rare_word(word)


@pytest.mark.parametrize("word, drawn_out", [
    ("хммм", True), ("эээ", True), ("ахх", True),
    ("оооочень", False),  # a drawn-out adverb is no interjection
    ("спасибооо", False),
])
def test_only_interjections_may_be_drawn_out(word, drawn_out):
    assert drawn_out_interjection(word) is drawn_out


@pytest.mark.parametrize("word, poetic", [
    ("украдкою", True), ("зимою", True), ("тёмною", True),
    ("постою", False),   # «постой» is an imperative, no instrumental
    ("героою", False),   # «героой» is no word
])
def test_the_poetic_instrumental(word, poetic):
    assert poetic_instrumental(word) is poetic
