"""Borrowed words the dictionaries lack («э» after a consonant; a case of a listed noun in a consonant) are words;
a native word misspelt with «э» is not."""

import pytest

from app.core.grammar.spelling.loanwords import (borrowed_word, consonant_e_loanword, form_of_listed_consonant_noun,
                                                 listed_beyond_slips)


@pytest.mark.parametrize("word, borrowed", [
    ("бэкенда", True),    # «э» after «б»: written so in borrowed words only
    ("кэшбэка", True),
    ("тэкст", False),     # with «е» it is «текст»: a misspelling
    ("пэчать", False),    # «печать»
    ("сэйчас", False),    # a slip of «сейчас»
    ("этаж", False),      # «э» opens the word: no consonant before it
])
def test_e_after_a_consonant(word, borrowed):
    assert consonant_e_loanword(word) is borrowed


@pytest.mark.parametrize("word, a_form", [
    ("лаунже", True),     # «лаунж» and «лаунжа» are listed; the dictionary guesses «лаунжа», feminine
    ("магазыне", False),  # no listed «магазын»
    ("брендах", False),   # a dictionary word: nothing to explain
])
def test_a_case_of_a_listed_noun_in_a_consonant(word, a_form):
    assert form_of_listed_consonant_noun(word) is a_form


def test_either_reading_makes_a_borrowed_word():
    assert borrowed_word("бэкенда") and borrowed_word("лаунже") and not borrowed_word("тэкст")


@pytest.mark.parametrize("word", [
    "песто",   # one key from «место», «тесто»: too common for that slip
    "ресет",   # one key from «несет»
])
def test_a_listed_word_too_common_for_a_slip_is_a_loanword(word):
    assert listed_beyond_slips(word)


@pytest.mark.parametrize("word", [
    "пожалуста",   # a letter lost from the far commoner «пожалуйста»
    "агенство",    # listed, but «агентство» is ten times as common
    "сдесь",       # a slip of ear
    "спаисбо",     # a keystroke slip of the very common «спасибо»
    "ваще",        # a colloquial spelling
    "незнаю",      # no common word a slip away: the other readings decide
])
def test_a_listed_misspelling_stays(word):
    assert not listed_beyond_slips(word)
