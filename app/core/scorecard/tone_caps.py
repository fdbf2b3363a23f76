"""Which words in capitals shout: «СРОЧНО», «ВНИМАТЕЛЬНО», «НЕ ОТКРЫВАЙТЕ» — a word of the language written in
capitals; not «ЕГРЮЛ», «СНИЛС», «НДФЛ», «ГИБДД» — abbreviations, written in capitals by rule.

The rubric fails tone for «КАПС» except abbreviations. A Russian word written in capitals that the dictionary does not
know is an abbreviation: the dictionary knows every word one could shout, and the abbreviations it knows it tags as
such (:func:`words.known_word` leaves those out). The list of abbreviations in the lexicon stays for the ones that
are also words («ОСА», «МИР») with no abbreviation reading in the dictionary; a word the dictionary reads both ways
(«ПО» — «по» and software) is the abbreviation. A Latin word has no dictionary here, so a long one («PLEASE»,
«FREE») still counts.

Russian also writes many everyday things as an abbreviation joined by a hyphen to an ordinary word: «СИМ-карта»,
«ПИН-код», «ЖК-экран», «IT-отдел». Nobody shouts half of a compound, so capitals glued by a hyphen to a lower-case word
are the compound's head (:func:`compound_head`); «ОЧЕНЬ-ОЧЕНЬ» (capitals on both sides) still shouts.
"""

from __future__ import annotations

import re

from app.core.scorecard.words import known_word, morph

_CYRILLIC_RE = re.compile(r"[А-ЯЁ]")
_TAIL_RE = re.compile(r"-[a-zа-яё]{2,}")


def shouted(word: str) -> bool:
    """``word`` in capitals reads as shouting: a word the dictionary knows, or a long Latin one — unless the dictionary
    also knows it as an abbreviation («ПО», software, beside the preposition «по»; «СТО», a garage, beside «сто»):
    written in capitals, the abbreviation is what is meant."""
    if _CYRILLIC_RE.search(word) and any("Abbr" in p.tag for p in morph().parse(word.lower())):
        return False
    return known_word(word.lower()) or (len(word) >= 5 and not _CYRILLIC_RE.search(word))


def compound_head(text: str, start: int, end: int) -> bool:
    """The capitals at text[start:end] are glued by a hyphen to a following lower-case word («СИМ-карта»)."""
    return bool(_TAIL_RE.match(text, end)) and text[start:end].isupper()
