"""A word in capitals that opens a hyphenated compound is an abbreviation, not a shout (issue 15, «Тон»).

The rubric fails a reply for a word written wholly in capitals, «кроме сокращений». Russian writes many everyday
things as an abbreviation joined by a hyphen to an ordinary word: «СИМ-карта», «ПИН-код», «ЖК-экран», «СМС-код»,
«IT-отдел», «PDF-файл». Nobody shouts half of a compound; the capitals there are how the abbreviation is spelt.
So a run of capitals followed at once by a hyphen and a word in lower case is read as the head of such a compound.
«ОЧЕНЬ-ОЧЕНЬ» (capitals on both sides) and a capital word that stands alone are still shouting.
"""

from __future__ import annotations

import re

_TAIL_RE = re.compile(r"-[a-zа-яё]{2,}")


def compound_head(text: str, start: int, end: int) -> bool:
    """The capitals at text[start:end] are glued by a hyphen to a following lower-case word («СИМ-карта»)."""
    return bool(_TAIL_RE.match(text, end)) and text[start:end].isupper()
