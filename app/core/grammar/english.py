"""Offline English spelling: pyspellchecker (MIT) and the English word list its wheel ships.

Spelling only, no grammar: English grammar needs a LanguageTool server or install.
"""

from __future__ import annotations

import re
import threading

from app.core.grammar.findings import Category, Finding, check_length
from app.core.paths import ASSETS
from app.core.phrase import phrase

SOURCE = "spelling-en"
RULE_ID = "EN_SPELLING"
MAX_SUGGESTIONS = 5
# Beyond this length the distance-2 search gets slow and rarely helps; distance 1 is used.
LONG_WORD = 12

# Spans never spell-checked: links, e-mail addresses, @handles and #tags.
_SKIP = re.compile(r"""(?:https?|ftp)://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#]\w+""", re.IGNORECASE)
# A word: letters and digits with inner apostrophes (don't, customer's); hyphens split words.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_LATIN = re.compile(r"[A-Za-z]")


class EnglishSpeller:
    """English spelling for texts written in the trainer; safe to share between threads."""

    name = SOURCE

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._speller = None

    @property
    def ready(self) -> bool:
        return self._speller is not None

    def warm(self) -> None:
        with self._lock:
            self._ensure()

    def check(self, text: str, language: str) -> list[Finding]:
        if language != "en":
            raise ValueError(f"Проверка английской орфографии не работает для языка «{language}».")
        check_length(text)
        words = list(self._words(text))
        if not words:
            return []
        with self._lock:
            speller = self._ensure()
            unknown = speller.unknown(word.replace("’", "'") for _, word in words)
            return [self._finding(speller, offset, word) for offset, word in words
                    if word.replace("’", "'").lower() in unknown]

    def _ensure(self):
        if self._speller is None:
            from spellchecker import SpellChecker
            speller = SpellChecker(language="en")
            speller.word_frequency.load_words(_support_words())
            self._speller = speller
        return self._speller

    @staticmethod
    def _words(text: str):
        """(offset, word) for every word worth checking, outside links and addresses."""
        position = 0
        for skipped in (*_SKIP.finditer(text), None):
            end = skipped.start() if skipped else len(text)
            for match in _WORD.finditer(text, position, end):
                word = match.group()
                if (_LATIN.search(word) and not any(c.isdigit() for c in word)
                        and not (len(word) > 1 and word.isupper())):
                    yield match.start(), word
            if skipped:
                position = skipped.end()

    @staticmethod
    def _finding(speller, offset: int, word: str) -> Finding:
        lookup = word.replace("’", "'").lower()
        candidates = speller.candidates(lookup) if len(lookup) <= LONG_WORD else \
            {w for w in speller.edit_distance_1(lookup) if w in speller}
        ranked = sorted(candidates or (), key=lambda w: (-speller.word_usage_frequency(w), w))
        ranked = [w for w in ranked if w != lookup][:MAX_SUGGESTIONS]
        if word[:1].isupper():
            ranked = [w[:1].upper() + w[1:] for w in ranked]
        return Finding(offset=offset, length=len(word), category=Category.SPELLING, rule_id=RULE_ID,
                       message=phrase("Возможно, опечатка: слова «{word}» нет в английском словаре.", word=word),
                       replacements=tuple(ranked), source=SOURCE)


def _support_words() -> list[str]:
    """Support-work words the general dictionary lacks («app», «screenshot»), from assets."""
    path = ASSETS / "dictionaries" / "en_support_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]
