"""What a grammar check returns, whichever engine made it.

Offsets and lengths are in code points of the checked text (Python string
indices), so ``text[f.offset:f.offset + f.length]`` is the flagged span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.core.phrase import phrase

# Longer texts are refused with a clear message rather than checked for minutes.
MAX_CHECK_CHARS = 100_000


class Category(StrEnum):
    SPELLING = "spelling"
    GRAMMAR = "grammar"
    PUNCTUATION = "punctuation"
    TYPOGRAPHY = "typography"
    STYLE = "style"


@dataclass(frozen=True)
class Finding:
    offset: int
    length: int
    message: str  # plain text, no <suggestion> markup
    category: Category
    rule_id: str
    replacements: tuple[str, ...] = ()
    source: str = ""  # "embedded", "languagetool", "ours", "spelling-en"
    explanation: str = ""  # a longer explanation in Russian, where we have one

    def to_dict(self) -> dict:
        return {"offset": self.offset, "length": self.length, "category": self.category.value,
                "rule_id": self.rule_id, "message": self.message, "replacements": list(self.replacements),
                "source": self.source}


class TextTooLong(ValueError):
    """The text is over :data:`MAX_CHECK_CHARS`; the message says so in Russian."""


class EngineUnavailable(RuntimeError):
    """An engine cannot be used right now; the message says why, in Russian."""


def check_length(text: str) -> None:
    """Refuse texts over :data:`MAX_CHECK_CHARS` with a message the user can act on."""
    if len(text) > MAX_CHECK_CHARS:
        size, cap = (f"{n:,}".replace(",", "\u00a0") for n in (len(text), MAX_CHECK_CHARS))
        raise TextTooLong(phrase("Текст слишком длинный для проверки: {size} знаков, можно не больше {cap}. "
                                 "Разбейте его на части.", size=size, cap=cap))


_SUGGESTION = re.compile(r"</?suggestion>")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def plain_message(message: str) -> str:
    """LanguageTool marks suggestions as <suggestion>x</suggestion>; show them as «x»."""
    return _SUGGESTION.sub(lambda m: "»" if m.group(0).startswith("</") else "«", message)


def engine_message(message: str) -> str:
    """An engine's own message as plain text. A Russian one (LanguageTool's rules, thousands of them, with no
    English) stays as it is in Russian; the English interface shows it quoted and labelled as the engine's note."""
    text = plain_message(message)
    return phrase("{note}", note=text) if _CYRILLIC.search(text) else text
