"""Loanwords the dictionaries lack, told from misspellings by how Russian spells borrowed words.

Two readings, each for a word the speller flags and no slip of a common word explains:

* «э» after a consonant letter («бэкенда», «кэшбэк», «рэп»): Russian spelling keeps that letter after a
  consonant for borrowed words only — a native word has «е» there, so «э» is written on purpose, not slipped
  into a word of our own. A misspelt native word with «э» for «е» («тэкст», «пэчать») is still reported: with
  «е» it is a dictionary word.
* a case form of a borrowed noun in a consonant whose dictionary form people write, with one more form of it
  listed («в лаунже»: «лаунж» and «лаунжа» are listed). pymorphy3 guesses a wrong dictionary form for such a
  word («лаунжа», feminine), so the reading of rare words through the guessed lemma misses it.
* a word people write often enough to be listed that a common word explains only by a slip no misspelling is that
  common by («песто» one key from «место», «ресет» from «несёт»): a keystroke slip of a word is met at most about
  once in three thousand uses of it (wordfreq lists the commonest: «спаисбо», four Zipf units below «спасибо»), a
  slip of ear or a letter lost or added about once in ten (misspellings such as «агенство», «прийдет» live
  further below their words). A word met more often than that beside every common word near it is written on
  purpose: a loanword of the trade or the kitchen the dictionaries do not have yet.
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


# Zipf units a listed misspelling lies below the common word it is a slip of, at the least: one keystroke (a key next
# to the right one, two letters swapped), any other slip
_KEYSTROKE_GAP = 3.5
_OTHER_GAP = 1.0
_KEYSTROKE = 0.6  # the cost suggest.edits gives a neighbouring key and a swap of two letters, and nothing else
_NEAR = 0.9  # the costliest slip suggest.near_common_word counts
_COMMON = 3.0


def listed_beyond_slips(word: str) -> bool:
    """``word`` (lower-case, е for ё), which the dictionary lacks, is listed, and every common word a slip away is
    too little commoner for ``word`` to be that slip: «песто», «ресет»."""
    from app.core.grammar.spelling.suggest import _COLLOQUIAL, cheap_edits, edits

    own = frequency(word)
    if own < _LISTED or len(word) < 4 or "-" in word or word in _COLLOQUIAL or is_word(word):
        return False
    near = {(candidate, cost) for candidate, cost in edits(word)
            if cost <= _NEAR and is_word(candidate) and frequency(candidate) >= _COMMON}
    if not near:
        return False  # the readings of rare words decide
    for candidate, cost in near:
        gap = _KEYSTROKE_GAP if cost == _KEYSTROKE else _OTHER_GAP
        if frequency(candidate) - own >= gap:
            return False
    # two slips of ear (sound-alike letters, «ь», a doubling) away from a word far commoner: «щасте» of «счастье»
    return not any(is_word(second) and frequency(second) - own >= _KEYSTROKE_GAP
                   for first, _ in cheap_edits(word) for second, _ in cheap_edits(first))


def borrowed_word(word: str) -> bool:
    """One of the three readings above explains ``word``."""
    return consonant_e_loanword(word) or form_of_listed_consonant_noun(word) or listed_beyond_slips(word)
