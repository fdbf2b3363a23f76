"""Checking a drill text before the drill starts.

Rules, applied in this order (documented in the README):

1. Line breaks (``\\r\\n``, ``\\r``, ``\\n``) and tabs become single spaces:
   a drill is one flowing line, as in keybr and Monkeytype.
2. Runs of spaces collapse to one; leading and trailing spaces go.
3. Any other control character, and any character that neither the drill's
   layout nor the other one (ЙЦУКЕН ↔ QWERTY) has a key for (emoji, CJK,
   accented letters …), is refused with :class:`TextError`, which names each
   character, what kind it is (in Russian) and its code, and where it first occurs. Latin inside a
   Russian text (an e-mail address) is allowed: the drill asks the learner to
   switch layout there, as an operator must. Typographic characters covered
   by the typography policy (« » — ё …) are allowed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.core.phrase import joined, phrase
from app.core.layouts import Layout, load_layout, other_layout_id
from app.core.typography import _CLASSES

_TYPOGRAPHIC = frozenset(ch for table in _CLASSES.values() for ch in table) | {"…"}
_BREAKS = re.compile(r"[\r\n\t\v\f]+")
_SPACES = re.compile(r" {2,}")
MAX_TEXT = 200_000


def is_typographic(ch: str) -> bool:
    """Whether the typography policy covers ``ch`` (« — … and the like), so no keyboard needs a key for it."""
    return ch in _TYPOGRAPHIC


@dataclass(frozen=True)
class BadChar:
    char: str
    name: str
    line: int
    column: int
    count: int

    def describe(self) -> str:
        shown = self.char if self.char.isprintable() else f"U+{ord(self.char):04X}"
        return phrase("«{char}» ({name}), строка {line}, позиция {column}, всего {count}", char=shown, name=self.name,
                      line=self.line, column=self.column, count=self.count)


class TextError(ValueError):
    """A text cannot be used for a drill; ``bad`` lists the offending characters."""

    def __init__(self, message: str, bad: list[BadChar] | None = None):
        super().__init__(message)
        self.bad = bad or []


# Unicode's own names are English; a Russian message says what kind of character it is instead.
_SCRIPTS = {
    "LATIN": phrase("латинская буква"), "GREEK": phrase("греческая буква"),
    "CYRILLIC": phrase("кириллическая буква"), "ARABIC": phrase("арабская буква"), "HEBREW": phrase("буква иврита"),
    "ARMENIAN": phrase("армянская буква"), "GEORGIAN": phrase("грузинская буква"),
    "DEVANAGARI": phrase("буква деванагари"), "THAI": phrase("тайская буква"), "HIRAGANA": phrase("японская кана"),
    "KATAKANA": phrase("японская кана"), "HANGUL": phrase("корейский слог"), "CJK": phrase("иероглиф"),
}
_LETTER = phrase("буква")  # of a script not listed above
_CATEGORIES = {
    "N": phrase("цифра"), "P": phrase("знак препинания"), "Sm": phrase("математический знак"),
    "Sc": phrase("знак валюты"), "Sk": phrase("диакритический знак"), "M": phrase("диакритический знак"),
    "Z": phrase("особый пробел"), "C": phrase("невидимый управляющий символ"),
}


def _char_name(ch: str) -> str:
    """A Russian description and the code point: «эмодзи, U+1F60A», «латинская буква, U+00E9»."""
    code = f"U+{ord(ch):04X}"
    category = unicodedata.category(ch)
    if category == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF or ch == "\ufe0f":
        return phrase("эмодзи или значок, {code}", code=code)
    name = unicodedata.name(ch, "")
    if category.startswith("L"):
        return phrase("{kind}, {code}", kind=_SCRIPTS.get(name.split(" ")[0], _LETTER), code=code)
    kind = _CATEGORIES.get(category) or _CATEGORIES.get(category[0]) or phrase("символ")
    return phrase("{kind}, {code}", kind=kind, code=code)


def normalise_text(text: str) -> str:
    """Apply rules 1 and 2: one line, single spaces, no padding."""
    return _SPACES.sub(" ", _BREAKS.sub(" ", text)).strip(" ")


def check_text(text: str, layout: Layout) -> str:
    """Return the text ready for a drill on ``layout``, or raise :class:`TextError`."""
    if len(text) > MAX_TEXT:
        raise TextError(phrase("Текст слишком длинный: {count} знаков, допустимо не больше {most}.", count=len(text),
                               most=MAX_TEXT))
    other = load_layout(layout.other or other_layout_id(layout.id))
    bad: dict[str, BadChar] = {}
    line, col = 1, 0
    for ch in text:
        if ch == "\n":
            line, col = line + 1, 0
            continue
        col += 1
        if ch in "\r\t\v\f" or layout.can_type(ch) or other.can_type(ch) or ch in _TYPOGRAPHIC:
            continue
        if ch in bad:
            b = bad[ch]
            bad[ch] = BadChar(b.char, b.name, b.line, b.column, b.count + 1)
        else:
            bad[ch] = BadChar(ch, _char_name(ch), line, col, 1)
    if bad:
        found = list(bad.values())
        listed = joined("; ", [b.describe() for b in found[:8]])
        more = phrase(" и ещё {count}", count=len(found) - 8) if len(found) > 8 else ""
        raise TextError(phrase("В тексте есть знаки, которых нет ни на одной раскладке клавиатуры ({layout}, {other}): "
                               "{listed}{more}.", layout=layout.title, other=other.title, listed=listed, more=more),
                        found)
    ready = normalise_text(text)
    if not ready:
        raise TextError(phrase("Текст пуст: в нём нет ни одного знака для печати."))
    return ready
