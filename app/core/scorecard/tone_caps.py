"""Which words in capitals shout: «СРОЧНО», «ВНИМАТЕЛЬНО», «НЕ ОТКРЫВАЙТЕ» — a word of the language written in
capitals; not «ЕГРЮЛ», «СНИЛС», «НДФЛ», «ГИБДД» — abbreviations, written in capitals by rule.

The rubric fails tone for «КАПС» except abbreviations. A Russian word written in capitals that the dictionary does not
know is an abbreviation: the dictionary knows every word one could shout, and the abbreviations it knows it tags as
such (:func:`words.known_word` leaves those out). The list of abbreviations in the lexicon stays for the ones that
are also words («ОСА», «МИР»). A Latin word has no dictionary here, so a long one («PLEASE», «FREE») still counts.
"""

from __future__ import annotations

import re

from app.core.scorecard.words import known_word

_CYRILLIC_RE = re.compile(r"[А-ЯЁ]")


def shouted(word: str) -> bool:
    """``word`` in capitals reads as shouting: a word the dictionary knows, or a long Latin one."""
    return known_word(word.lower()) or (len(word) >= 5 and not _CYRILLIC_RE.search(word))
