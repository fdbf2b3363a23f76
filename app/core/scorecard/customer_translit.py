"""Russian written in Latin letters («pochemu dengi ne prishli?», «vy menya obmanuli»), as a customer without a
Russian keyboard writes it.

The Russian lists and the syntax reading of :mod:`customer` see nothing in it, and the English cues of
:mod:`customer_latin` do not fit it; yet the rubric's states (docs/scorecard_rubric.md, «Сочувствие») do not depend
on the alphabet. A message whose Latin words are mostly not English is spelt back in Cyrillic by the common
transliteration, so that the same reading can be done on it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.adaptive import load_words
from app.core.paths import ASSETS

_LATIN_WORD_RE = re.compile(r"[A-Za-z']+")
# Longest first: «shch» before «sh», «zh», «ch»; «ya» before «y».
_DIGRAPHS = (("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
             ("yu", "ю"), ("iu", "ю"), ("ya", "я"), ("ia", "я"), ("yo", "ё"), ("jo", "ё"), ("ju", "ю"), ("ja", "я"),
             ("ye", "е"), ("je", "е"))
_LETTERS = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "j": "й", "k": "к",
            "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
            "h": "х", "c": "ц", "y": "ы", "w": "в", "q": "к", "x": "кс", "'": "ь"}
_VOWELS = "аеёиоуыэюя"
_DIGRAPH_RE = re.compile("|".join(d for d, _ in _DIGRAPHS) + "|.", re.IGNORECASE | re.DOTALL)
_DIGRAPH_MAP = dict(_DIGRAPHS)


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    return frozenset(load_words((ASSETS / "wordlists" / "en.txt").read_text(encoding="utf-8")))


def _word(latin: str) -> str:
    out = []
    for m in _DIGRAPH_RE.finditer(latin.lower()):
        part = m.group()
        letter = _DIGRAPH_MAP.get(part) or _LETTERS.get(part, part)
        # «moy», «novyy»: «y» after a vowel is «й»
        if part == "y" and out and out[-1][-1:] in _VOWELS:
            letter = "й"
        out.append(letter)
    word = "".join(out)
    return word[:1].upper() + word[1:] if latin[:1].isupper() else word


def from_translit(text: str) -> str | None:
    """``text`` spelt in Cyrillic when it is Russian in Latin letters (at least three Latin words, few Cyrillic
    letters, under a third of the Latin words English), else None."""
    words = _LATIN_WORD_RE.findall(text)
    if len(words) < 3 or sum(ch.isalpha() and ch.lower() in "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" for ch in text) \
            > sum(len(w) for w in words) // 3:
        return None
    english = _english()
    long_words = [w.lower().strip("'") for w in words if len(w) > 2]
    if not long_words or sum(w in english for w in long_words) * 3 >= len(long_words):
        return None
    return _LATIN_WORD_RE.sub(lambda m: _word(m.group()), text)
