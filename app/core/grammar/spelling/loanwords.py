"""Loanwords the dictionaries lack, told from misspellings by how Russian spells borrowed words.

Two readings, each for a word the speller flags and no slip of a common word explains:

* «э» after a consonant letter («бэкенда», «кэшбэк», «рэп»): Russian spelling keeps that letter after a
  consonant for borrowed words only — a native word has «е» there, so «э» is written on purpose, not slipped
  into a word of our own. A misspelt native word with «э» for «е» («тэкст», «пэчать») is still reported: with
  «е» it is a dictionary word.
* a case form of a borrowed noun in a consonant whose dictionary form people write, with one more form of it
  listed («в лаунже»: «лаунж» and «лаунжа» are listed). pymorphy3 guesses a wrong dictionary form for such a
  word («лаунжа», feminine), so the reading of rare words through the guessed lemma misses it.
"""

from __future__ import annotations

import re

from app.core.grammar.spelling.vocabulary import frequency, is_word

_CONSONANT_E = re.compile(r"[бвгджзклмнпрстфхцчшщ]э")
_LISTED = 1.0  # Zipf: once in a hundred million words
# case endings of a masculine noun in a hard or soft consonant («лаунж-е», «бренд-ом», «чат-ах»)
_ENDINGS = ("ами", "ями", "ом", "ем", "ов", "ев", "ей", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и")
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def consonant_e_loanword(word: str) -> bool:
    """``word`` (lower-case, е for ё) has «э» after a consonant, and neither that letter as «е» nor one or two
    slips of a common word explain it: a borrowed word spelt as borrowed words are («бэкенда», «мэйл»)."""
    from app.core.grammar.spelling.suggest import near_common_word, two_slips_from_common_word

    if len(word) < 4 or not _CONSONANT_E.search(word) or "-" in word:
        return False
    if is_word(word.replace("э", "е")) or is_word(_CONSONANT_E.sub(lambda m: m.group(0)[0] + "е", word)):
        return False  # «тэкст» is «текст» misspelt
    return not near_common_word(word) and not two_slips_from_common_word(word)


def form_of_listed_consonant_noun(word: str) -> bool:
    """``word`` is a case form of a masculine noun in a consonant which the dictionary lacks, people write its
    dictionary form and one more of its forms, and no slip of a common word explains either («лаунже»)."""
    from app.core.grammar.rules._base import parses
    from app.core.grammar.spelling.rare_words import _no_slip

    for ending in _ENDINGS:
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 4 or not _CONSONANT_END.search(stem) or is_word(stem):
            continue
        own = frequency(stem)
        if own < _LISTED:
            continue
        for parse in parses(stem)[:2]:
            if parse.tag.POS != "NOUN" or parse.tag.gender != "masc" or parse.normal_form.replace("ё", "е") != stem:
                continue
            forms = {lexeme.word.replace("ё", "е") for lexeme in parse.lexeme} - {stem}
            if word in forms and any(frequency(form) >= _LISTED for form in forms) \
                    and _no_slip(stem, own) and _no_slip(word, own):
                return True
    return False


def borrowed_word(word: str) -> bool:
    """One of the two readings above explains ``word``."""
    return consonant_e_loanword(word) or form_of_listed_consonant_noun(word)
