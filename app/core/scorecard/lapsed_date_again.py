"""«Обещали решить до 5 декабря, сегодня уже 7-е» — «Срок рассмотрения — до 5 декабря»: the reply gives back, as its
term, the very date the customer says was promised and has passed. A term already broken tells the customer nothing
new about when; they have to ask again (docs/scorecard_rubric.md, «Решение»: the answer must spare a second question,
and a term for the company's step is required).

Read so: the customer names a date («5 декабря», «15 ноября») in a sentence with a promise or a term («обещали»,
«сказали», «должны были», «срок», «до»), and says that it has gone by — a later «сегодня / сейчас / уже» with a day or
a month, «срок вышел / прошёл / истёк», a past «пройти». The reply's only term is that date, in a sentence with no
past verb (not «обещали до 5 декабря — простите, теперь …»), and it names no other day or time («сегодня»,
«завтра», a weekday, another date, «в течение …»).
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CALENDAR, sentences, tokenize

_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})(?:-?го)?\s+(" + _MONTHS + r")\b", re.I)
_PROMISED = frozenset({"обещать", "пообещать", "сказать", "должный", "срок", "до", "написать", "назначить", "заверить"})
_NOW = frozenset({"сегодня", "сейчас", "уже"})
_OVER_RE = re.compile(r"срок\w*\s+(?:уже\s+)?(?:вы|про|ис)ш[её]л|срок\w*\s+(?:уже\s+)?ист[её]к|прошл[оаи]\b|прош[её]л\b",
                      re.I)
_OTHER_TIME = frozenset({"сегодня", "завтра", "послезавтра", "течение", "час", "минута", "неделя"}) | CALENDAR


def _promised_dates(told: str) -> set[tuple[str, str]]:
    dates = set()
    for start, end in sentences(told):
        words = tokenize(told[start:end])
        if any(t.lemmas & _PROMISED for t in words):
            dates |= {(m.group(1), m.group(2).lower()) for m in _DATE_RE.finditer(told, start, end)}
    return dates


def _lapse_told(told: str) -> bool:
    if _OVER_RE.search(told):
        return True
    words = tokenize(told)
    for i, tok in enumerate(words):
        if tok.lower in _NOW and any(t.lower.rstrip("-ео").isdigit() or re.match(r"\d+-?е$", t.lower)
                                     or t.lemmas & CALENDAR for t in words[i + 1:i + 4]):
            return True
    return False


def lapsed_date_again(r: Reply) -> tuple[str, Span] | None:
    """The customer's broken date given back as the reply's term: that date and where the reply says it, or None."""
    told = "\n".join(r.customer_messages)
    promised = _promised_dates(told)
    if not promised or not _lapse_told(told):
        return None
    said = list(_DATE_RE.finditer(r.text))
    if not said or any((m.group(1), m.group(2).lower()) not in promised for m in said):
        return None
    for m in said:
        start, end = r.sentence_at(m.start())
        if any("VERB" in t.tag and "past" in t.tag for t in r.tokens_in(start, end)):
            return None
    dates = {(m.start(), m.end()) for m in said}
    others = [t for t in r.tokens if (t.lower in _OTHER_TIME or t.lemmas & _OTHER_TIME)
              and not any(a <= t.start < b for a, b in dates)]
    if others:
        return None
    first = said[0]
    return first.group(0), (first.start(), first.end() - first.start())
