"""A sum worked out in words that does not come out: «1 200 ₽ на человека, на двоих 3 000 ₽», «полторы тысячи за
ночь, за семь ночей — семь тысяч пятьсот», «212 300 ₽ плюс проценты 2 570 ₽, итого 213 870 ₽».

:mod:`reckoning` checks the arithmetic a reply writes with signs and digits («199 ₽ за заказ, за три заказа — 597 ₽»,
«870 : 31 × 13 = 365»). Operators also reckon in words: a rate per thing and the count of things the customer has, the
count said as a number word («семь ночей»), as a collective numeral for people («на двоих», «на троих»), or the rate in
words («полторы тысячи рублей»); and a total of parts joined by «плюс». Read here by the numbers' values
(:func:`numbers.numbers`), the counted noun's normal form (pymorphy3) and, for a collective numeral, an animate rate
noun («на человека», «за взрослого»). As in :mod:`reckoning`, only the reply's own figures are checked, and nothing
that may change the sum (a discount, a condition, another part) may stand between the figures and their result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.numbers import numbers
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, normal_form

_MONEY = frozenset({"рубль", "руб", "р", "евро", "доллар", "тенге"})
_MONEY_SIGN_RE = re.compile(r"\s*(?:₽|€|\$)")
_HALF = frozenset({"полтора", "полторы"})
# Prepositions that introduce a rate's thing («за ночь», «на человека», «в месяц») and a count («за семь ночей»).
_RATE_PREP = frozenset({"за", "на", "в"})
_COUNT_PREP = frozenset({"за", "на"})
# What may stand between a count and the sum it makes: «выйдет», «будет», «это», «всего», a dash or a comma.
_LINKS = frozenset({"выйти", "выходить", "быть", "получиться", "получаться", "составить", "составлять", "это", "то",
                    "есть", "всего", "итого", "обойтись", "вы", "вам", "заплатить", "сумма", "около", "примерно"})
# Words that let the sum differ from rate × count or from the sum of its parts.
_CHANGES_RE = re.compile(r"(?i)скидк|акци|бонус|бесплат|кроме|если|\bпри\b|минус|−|без\s|вместо|экономи|перв|"
                         r"последн|остал|ещё|еще|доплат|налог|вычет|кешб|кэшб|включ|учёт|учет|округл")
_TOTAL = frozenset({"итого", "всего"})
_PLUS_RE = re.compile(r"(?i)\bплюс\b|\+")


def _values(tokens: Sequence[Token], text: str) -> list[tuple[float, int, int]]:
    """The numbers of the tokens as (value, first index, index after): «полторы тысячи» is 1 500."""
    found = []
    for value, i, j in numbers(tokens, text):
        if i and tokens[i - 1].lemmas & _HALF and tokens[i].lower.startswith("тысяч"):
            found.append((value * 1.5, i - 1, j))
        else:
            found.append((float(value), i, j))
    return found


def _money_after(tokens: Sequence[Token], text: str, j: int) -> int | None:
    """The index after a sum's money word («рублей», «₽») that follows a number ending before ``j``, or None."""
    if j < len(tokens) and tokens[j].lemmas & _MONEY:
        return j + 1
    if _MONEY_SIGN_RE.match(text, tokens[j - 1].end):
        return j
    return None


def _end(text: str, pos: int) -> int:
    """Where a sum written up to ``pos`` ends: after its «₽» if one follows."""
    sign = _MONEY_SIGN_RE.match(text, pos)
    return sign.end() if sign else pos


def _near(got: float, want: float) -> bool:
    return abs(got - want) <= 1.0 + 1e-9


def _counted(words: Sequence[Token], k: int, unit: Token, figures: dict[int, tuple[float, int]]) -> tuple[float, int] | None:
    """The count said after the preposition at ``k`` and the index after it: «за (ваши) семь ночей» when the rate was
    «за ночь», «на двоих» when it was «на человека» (a collective numeral counts people)."""
    i = k + 1
    while i < len(words) and i - k <= 2 and words[i].tag.startswith("ADJF") and i not in figures:
        i += 1  # «за ваши семь ночей», «на все три месяца»
    if i in figures:
        value, after = figures[i]
        if after < len(words) and words[after].tag.startswith("NOUN") \
                and normal_form(words[after].lower) == normal_form(unit.lower):
            return value, after + 1
        if "Coll" in words[i].tag and "anim" in unit.tag and not (after < len(words)
                                                                   and words[after].tag.startswith("NOUN")):
            return value, after
    return None


def _rates(words: Sequence[Token], text: str) -> list[Span]:
    figures = {i: (value, j) for value, i, j in _values(words, text)}
    for i, (price, j) in figures.items():
        after = _money_after(words, text, j)
        if after is None or after + 1 >= len(words) or words[after].lower not in _RATE_PREP:
            continue
        unit = words[after + 1]
        if not unit.tag.startswith("NOUN") or (after + 1) in figures:
            continue
        for k in range(after + 2, len(words)):
            if words[k].lower not in _COUNT_PREP:
                continue
            count = _counted(words, k, unit, figures)
            if count is None:
                continue
            value, m = count
            while m < len(words) and words[m].lemmas & _LINKS and m not in figures:
                m += 1
            if m not in figures or _CHANGES_RE.search(text[words[after].end:words[m].start]) \
                    or re.search(r"[.;:?!]", text[words[k].start:words[m].start]):
                break
            result, end = figures[m]
            money = _money_after(words, text, end)
            if money is None and end < len(words) and words[end].tag.startswith("NOUN"):
                break  # «на двоих — 2 номера»: another thing counted, not a sum
            if not _near(result, price * value):
                return [(words[i].start, _end(text, words[(money or end) - 1].end) - words[i].start)]
            break
    return []


def _totals(words: Sequence[Token], text: str) -> list[Span]:
    figures = {i: (value, j) for value, i, j in _values(words, text)}
    sums = [(i, value, j) for i, (value, j) in sorted(figures.items()) if _money_after(words, text, j) is not None]
    for n, (i, value, j) in enumerate(sums):
        if not any(words[t].lower in _TOTAL for t in range(max(i - 3, 0), i)) or n < 2:
            continue
        parts = sums[:n]
        # the parts joined by «плюс» up to the total, nothing between them that changes the sum
        first = next((p for p in range(len(parts) - 1)
                      if _PLUS_RE.search(text[words[parts[p][2] - 1].end:words[parts[p + 1][0]].start])), None)
        if first is None:
            continue
        chosen = parts[first:]
        if _CHANGES_RE.search(text[words[chosen[0][0]].start:words[i].start]):
            continue
        if not _near(sum(v for _, v, _ in chosen), value):
            begin = words[chosen[0][0]].start
            return [(begin, _end(text, words[j - 1].end) - begin)]
    return []


def wrong_tallies(r: Reply) -> list[Span]:
    """The span of a sum the reply works out in words from its own figures that does not come out, or nothing."""
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        found = _rates(words, r.text) or _totals(words, r.text)
        if found:
            return found
    return []
