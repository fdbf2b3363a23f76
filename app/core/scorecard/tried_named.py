"""«Попробуйте другой браузер» to «пробовала и в хроме, и в сафари»: the customer has tried more than one already.

:mod:`tried_other` reads a customer who says «браузер меняла» or «с другого телефона»; this one reads a customer who
names what they tried instead — two browsers by their names («хром», «Safari», «Firefox»), two kinds of device
(«с телефона и с ноутбука»), or a count of them («в двух браузерах», «на разных компьютерах»). A step that bids
«другой / иной» of that thing is the step already taken — unless it names a browser the customer has not tried
(«откройте в другом браузере, например в Firefox» to one who tried Chrome and Safari is a new step).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.tried_other import others_in

# Browsers by the beginnings of their names, as customers spell them.
_BROWSERS = {
    "chrome": ("chrome", "хром", "гугл хром"), "safari": ("safari", "сафари"),
    "firefox": ("firefox", "файрфокс", "фаерфокс", "мозил", "mozilla"), "edge": ("edge", "эдж"),
    "opera": ("opera", "опер"), "yandex": ("яндекс браузер", "яндекс.браузер", "яндексбраузер", "yandex browser"),
}
# Kinds of device: two of them tried is «another device» tried.
_DEVICES = {
    "phone": ("телефон", "смартфон", "айфон", "iphone", "мобильн", "андроид", "android"),
    "computer": ("компьютер", "комп", "ноутбук", "ноут", "пк", "макбук", "macbook", "windows"),
    "tablet": ("планшет", "айпад", "ipad"),
}
_COUNT_RE = re.compile(r"(?i)\b(?:дв[ау]х?|тр[её]х|тр[ие]|нескольк\w*|разн\w+|всех|обоих|обеих)\s+"
                       r"(браузер|устройств|телефон|компьютер|ноутбук|смартфон)\w*")
_DEVICE_NOUNS = frozenset({"устройство", "девайс", "гаджет"})


def _named(text: str, kinds: dict[str, tuple[str, ...]]) -> set[str]:
    """The kinds one of whose names begins a word of ``text`` with no more than a case ending after it («хрома»,
    «компе» — not «компания», «оператор»)."""
    return {kind for kind, names in kinds.items()
            if any(re.search(r"(?<![а-яёa-z])" + re.escape(n) + r"[а-яёa-z]{0,3}(?![а-яёa-z])", text) for n in names)}


@lru_cache(maxsize=256)
def _tried(messages: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of what the customer tried more than one of (lemmas, as «другой» bids them), and the browsers they
    name."""
    said = "\n".join(messages).lower()
    browsers = _named(said, _BROWSERS)
    nouns: set[str] = set()
    if len(browsers) >= 2:
        nouns.add("браузер")
    if len(_named(said, _DEVICES)) >= 2:
        nouns |= _DEVICE_NOUNS
    for m in _COUNT_RE.finditer(said):
        stem = m.group(1)  # but for «устройств», the stems the pattern takes are whole lemmas
        nouns |= _DEVICE_NOUNS if stem == "устройств" else {stem}
    return frozenset(nouns), frozenset(browsers)


def named_tried(r: Reply, span: Span) -> bool:
    """The step's sentence bids another of a thing the customer has named two or more of already, and names no
    browser the customer has not tried."""
    nouns, browsers = _tried(tuple(r.customer_messages))
    if not nouns:
        return False
    start, end = r.sentence_at(span[0])
    if _named(r.text[start:end].lower(), _BROWSERS) - browsers:
        return False
    return bool(others_in(r.tokens_in(start, end)) & nouns)
