"""A Cyrillic name that signs a customer's message though the dictionary does not read it as a first name:
«Thanks, Карлос», «Спасибо Карлос», «…не проходит оплата. Линь».

The rubric (docs/scorecard_rubric.md, «Обращение по имени») knows the name of a customer who signs. A name from
another language is often read by the dictionary as a surname («Карлос»), an unknown word, or a common noun that may
also name a person («линь»); :func:`words.customer_name_from` takes only first names. Two shapes sign whatever the
word's reading:

- **after thanks or a sign-off** («Спасибо», «Thanks», «С уважением», «Regards»), with or without a comma, at the
  very end of the message: a capitalised word that can name a person or that the dictionary does not know;
- **alone as the message's last sentence**: one capitalised word that the dictionary reads as a first name or does
  not know («… картой. Нгуен»); alone on its own last line, a surname or any animate noun too («…\nЛинь» — a fish to
  the dictionary), not after a full stop on the same line («Через приложение можно? Андроид.»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.adaptive import load_words
from app.core.paths import ASSETS
from app.core.scorecard.words import morph

_THANKS_RE = re.compile(r"(?i:спасибо|благодарю|с уважением|thanks|thank you|thx|regards|best regards|cheers)"
                        r"[,!.]?\s+([А-ЯЁ][а-яё]+)[\s.!)]*$")
_LAST_WORD_RE = re.compile(r"(?:[.!?…]\s+|\n\s*)[—–-]?\s*([А-ЯЁ][а-яё]+)[\s.!]*$")


@lru_cache(maxsize=1)
def _frequent() -> frozenset[str]:
    """The most frequent Russian words («клиент», «мама», «команда»): a word this common signs nothing."""
    return frozenset(load_words((ASSETS / "wordlists" / "ru.txt").read_text(encoding="utf-8")))


def _may_name_a_person(word: str, *, any_animate: bool = True) -> bool:
    """Unknown to the dictionary, or read as a first name — or, with ``any_animate``, as a surname or any animate
    noun («Карлос» is a surname to the dictionary, «Линь» a fish)."""
    if word.lower() in _frequent():
        return False
    parses = morph().parse(word.lower())
    if not any(p.is_known for p in parses):
        return True
    return any(("anim" in str(p.tag) and p.tag.POS == "NOUN" and any_animate or "Surn" in str(p.tag) and any_animate
                or "Name" in str(p.tag)) and p.tag.case == "nomn" and p.tag.number in ("sing", None) for p in parses[:4])


def foreign_signature(message: str) -> str:
    """The word that signs ``message`` in one of the two shapes, else ""."""
    tail = message.strip()
    m = _THANKS_RE.search(tail)
    if m and _may_name_a_person(m.group(1)):
        return m.group(1)
    m = _LAST_WORD_RE.search(tail)
    # alone on its own line, any animate noun may sign; after a full stop on the same line («…можно? Андроид.»)
    # only a name, a surname or an unknown word does
    own_line = bool(m) and "\n" in tail[m.start():m.start(1)]
    if m and re.search(r"(?:^|\s)[А-ЯЁ]\.\s*$", tail[:m.start(1)]):
        return ""  # «главный бухгалтер Е. С. Миронова»: a surname after initials, no first name
    if m and _may_name_a_person(m.group(1), any_animate=own_line) \
            and "VERB" not in str(morph().parse(m.group(1).lower())[0].tag):
        return m.group(1)
    return ""
