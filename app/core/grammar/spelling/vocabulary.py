"""Which strings are Russian words, and how often people write them.

A word is known when pymorphy3's dictionary (OpenCorpora) has it; how common it is comes from
wordfreq's Russian list (Zipf scale: 7 for «и», 3 for a word met once in a million, 0 if unseen).
Both load on first use (about 0.3 s) and are shared by every check.
"""

from __future__ import annotations

import math
import threading
from functools import lru_cache

_lock = threading.Lock()
_frequencies: dict[str, float] | None = None


def _table() -> dict[str, float]:
    global _frequencies
    if _frequencies is None:
        with _lock:
            if _frequencies is None:
                import wordfreq
                _frequencies = wordfreq.get_frequency_dict("ru", wordlist="best")
    return _frequencies


def frequency(word: str) -> float:
    """Zipf frequency of a lower-case word (е for ё), 0.0 when people do not write it."""
    share = _table().get(word)
    return math.log10(share) + 9.0 if share else 0.0


def listed(word: str) -> bool:
    """wordfreq has the word (hyphenated words are often listed only part by part)."""
    return word in _table()


@lru_cache(maxsize=1)
def _morph():
    from app.core.grammar.rules._base import morph
    return morph()


@lru_cache(maxsize=200_000)
def is_word(word: str) -> bool:
    """The dictionary knows the form (е and ё alike; hyphenated words as a whole or part by part)."""
    if not word:
        return False
    morph = _morph()
    if morph.word_is_known(word):
        return True
    return "-" in word and all(part and morph.word_is_known(part) for part in word.split("-"))


def known_whole(word: str) -> bool:
    """The dictionary has the word as it is, hyphen included."""
    return bool(word) and _morph().word_is_known(word)


@lru_cache(maxsize=20_000)
def speller_knows(word: str) -> bool:
    """LanguageTool's Russian speller has the lower-case word in its own dictionary (a word OpenCorpora may lack:
    «демо», «эквайер»); False when pylat-ru is not installed."""
    try:
        from pylat_ru.spelling import get_default_spelling_rule
    except ImportError:
        return False
    return bool(word) and word.isalpha() and not get_default_spelling_rule().is_misspelled(word)


def warm() -> None:
    """Load the frequency list now (for a background thread)."""
    _table()
