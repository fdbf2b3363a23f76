"""Two question words joined by «и» ask two things: «Когда и где будет собрание?», «Куда и во сколько подъехать?».

The words after them are shared, so no word of the question is the place's own or the time's own: a reply that
names the day and no place («Собрание состоится 2 марта в 19:00») touches every word of the question and still
answers half of it. Each question word wants an answer of its own kind — «где / куда» a place (a noun after «в / на /
по» that is no time, «онлайн», an address, a link), «когда / во сколько» a time (a day, a date, an hour, a span).
"""

from __future__ import annotations

import re

from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CALENDAR

_PAIR_RE = re.compile(r"\b(когда|во\s+сколько|где|куда)\s+и\s+(когда|во\s+сколько|где|куда)\b([^?.!…]*)", re.I)
_PLACE_WH = frozenset({"где", "куда"})
# Prepositions of a place: «в аудитории 305», «на втором этаже», «по адресу», «у входа».
_PLACE_PREP = frozenset({"в", "во", "на", "по", "у", "при", "возле", "около", "напротив"})
# Nouns after those prepositions that tell a time or a way, not a place: «в течение дня», «на следующей неделе».
_NOT_PLACE = frozenset({"течение", "срок", "время", "минута", "час", "день", "неделя", "месяц", "год", "сутки", "утро",
                        "вечер", "ночь", "начало", "конец", "середина", "раз", "случай", "данный", "момент", "период",
                        "пора", "выходные", "вопрос", "связь"}) | CALENDAR
_PLACE_WORDS = frozenset({"онлайн", "дистанционно", "очно", "здесь", "там", "адрес", "ссылка", "zoom", "офлайн"})
_DAY_WORDS = frozenset({"сегодня", "завтра", "послезавтра", "ежедневно"}) | CALENDAR
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:ч|час)|https?://|\bчерез\b|\bв\s+течение\b", re.I)


def pair_half_unanswered(r: Reply) -> list[str]:
    """The parts of «когда и где …?» the reply gives no answer of its kind to: «где будет собрание» when only the
    day is named, «когда подъехать» when only the address is."""
    missing = []
    for message in r.customer_messages:
        for m in _PAIR_RE.finditer(message):
            rest = m.group(3).strip()
            for wh in (m.group(1), m.group(2)):
                place = wh.lower() in _PLACE_WH
                if not (_place_told(r) if place else _time_told(r)):
                    missing.append(f"{wh} {rest}".strip())
    return missing


def _place_told(r: Reply) -> bool:
    """A place named: a noun (not a time) after a preposition of place, «онлайн», an address or a link."""
    toks = r.tokens
    if re.search(r"https?://|www\.|\b\w+\.(?:ru|com|рф)\b", r.text):
        return True
    for i, t in enumerate(toks):
        if t.lower in _PLACE_WORDS or t.lemmas & _PLACE_WORDS:
            return True
        if t.lower in _PLACE_PREP:
            for nxt in toks[i + 1:i + 3]:
                if nxt.tag.startswith("NOUN") and not nxt.lemmas & _NOT_PLACE:
                    return True
                if not nxt.tag.startswith(("ADJF", "PRTF", "NUMR")):
                    break
    return False


def _time_told(r: Reply) -> bool:
    """A time named: a day, a date (a month), an hour, a span after «через / в течение»."""
    return bool(_TIME_RE.search(r.text)) or any(t.lemmas & _DAY_WORDS or t.lower in _DAY_WORDS for t in r.tokens)
