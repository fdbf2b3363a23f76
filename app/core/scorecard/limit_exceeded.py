"""«Кошка 6 кг с переноской, какие условия в салоне?» — «В салоне — животные до 5 кг. Оформите услугу…»: the reply's
limit is below the customer's own figure, and the reply goes on as if the customer fitted it.

As with a term the customer is already past (:mod:`term_passed`), the rule told is right for all and wrong for this
customer: steps under it mislead, and the rule alone is a refusal with no way (rubric, «Решение»). The customer's
measure is a figure with its unit — weight, size, volume, data, a count of people or pieces («6 кг», «120 см», «4
человека»); the reply's limit is the same unit after «до», «не более», «не больше», «не свыше», «максимум» with a
smaller figure. A reply that speaks of the excess at all («больше», «свыше», «тяжелее», «превышать», «перевес», «файл
большой»), turns with a contrast after the limit («но», «однако», «зато»), ties the limit to the customer's case
(«поэтому и ошибка»), sets a figure to bring the thing down to («сожмите до 10 МБ») or names a price (the excess paid
for) is judged by the other rules; so is a customer who speaks of the excess themselves (they know they are over, and ask what it costs or how).
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.questions import PRICE_RE
from app.core.scorecard.reply import Reply

# a unit's written forms → one name
_UNITS = (("кг", r"кг|килограмм\w*|кило"), ("г", r"г|гр|грамм\w*"), ("см", r"см|сантиметр\w*"), ("мм", r"мм|миллиметр\w*"),
          ("м", r"м|метр\w*"), ("л", r"л|литр\w*"), ("гб", r"гб|гигабайт\w*"), ("мб", r"мб|мегабайт\w*"),
          ("чел", r"человек\w*|чел|пассажир\w*|гост\w*"), ("шт", r"шт|штук\w*|мест[оа]?"))
_FIGURE = r"(\d+(?:[.,]\d+)?)\s*(" + "|".join(forms for _, forms in _UNITS) + r")\b\.?"
_FIGURE_RE = re.compile(r"(?<![\d.,])" + _FIGURE, re.I)
_LIMIT_RE = re.compile(r"(?:\bдо|\bне\s+более|\bне\s+больше|\bне\s+свыше|\bмаксимум|\bмакс\.?)\s+" + _FIGURE, re.I)
_EXCESS = frozenset({"больше", "более", "свыше", "тяжелее", "длиннее", "выше", "превышать", "превысить",
                     "превышение", "перевес", "сверх", "лишний", "крупный", "тяжёлый", "большой"})
_CONTRAST = frozenset({"но", "однако", "зато"})
_CAUSE = frozenset({"поэтому", "потому", "оттого", "из-за", "ведь"})
# doings that bring a measure down to a figure: «сожмите до 10 МБ», «уменьшите до 2 человек»
_REDUCE = frozenset({"сжать", "сжимать", "ужать", "уменьшить", "уменьшать", "сократить", "сокращать", "снизить",
                     "снижать", "обрезать", "урезать"})


def _unit(word: str) -> str:
    return next((name for name, forms in _UNITS if re.fullmatch(forms, word, re.I)), "")


def _value(figure: str) -> float:
    return float(figure.replace(",", "."))


def limit_exceeded(r: Reply) -> tuple[str, Span] | None:
    """The customer's figure and the reply's smaller limit in the same unit, or None."""
    told = "\n".join(r.customer_messages)
    if any(t.lemmas & _EXCESS for t in r.customer_tokens):
        return None
    theirs = [(m.group(0).rstrip("."), _value(m.group(1)), _unit(m.group(2))) for m in _FIGURE_RE.finditer(told)]
    limits = list(_LIMIT_RE.finditer(r.text))
    # «не более 3 человек» is the limit itself, no word of the excess
    if not theirs or PRICE_RE.search(r.text) or any(t.lemmas & _EXCESS and not any(
            m.start() <= t.start < m.end() for m in limits) for t in r.tokens):
        return None
    for m in limits:
        limit, unit = _value(m.group(1)), _unit(m.group(2))
        over = [said for said, value, their_unit in theirs if their_unit == unit and value > limit]
        if not over or any(t.lower in _CONTRAST for t in r.tokens if t.start > m.end()):
            continue
        # «принимает файлы до 20 МБ — поэтому и ошибка» ties the limit to the customer's case; «сожмите его до 10
        # МБ» sets a target to reach, no limit the customer is told to fit
        start, end = r.sentence_at(m.start())
        if any(t.lemmas & (_CAUSE | _REDUCE) for t in r.tokens if start <= t.start < end):
            continue
        return over[0], (m.start(), m.end() - m.start())
    return None
