"""A sum the reply works out aloud that does not come out: «250 ₽ в месяц, за три месяца — 650 ₽».

An operator who explains a charge often shows the arithmetic: a rate and a count («199 ₽ за заказ, за три заказа —
597 ₽»), a percentage of a base («5 % от 4 500 ₽ — это 225 баллов»), or a written equation («870 ₽ : 31 × 13 =
365 ₽»). When the figures the reply itself gives do not make the result it names, the customer cannot tell which
figure to trust: the reply contradicts itself, like two sums for one refund (:mod:`two_sums`).

Only what the reply states is checked, never the customer's figures (the operator sees the account, the customer may
be wrong). A result is read as a reckoning only when nothing stands between it and its figures that could change the
sum — a discount, a condition, another rate («по акции», «если», «со скидкой», «плюс», «кроме») — and rounding is
allowed («≈ 1 850 ₽» for 1 850,3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.scorecard.card import Span
from app.core.scorecard.words import normal_form

# A figure: «3 400», «1 850», «0,469», «12 990» (thin or no-break spaces group thousands).
_NUM = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d,]|[ \u00a0\u202f]\d{3}(?!\d))"
_SIGN = r"(?:\s*(?:₽|€|\$|%|руб\.?|р\.|евро|долл\.?))?"
# An operator between figures: a multiplication or division sign, «+», a true minus; «-» and «–» only with spaces
# around them (without, they join a range: «3–5 дней»); «:» only with spaces (without, it is a clock: «10:00»).
_OP = r"\s*[×*·+−]\s*|\s+[-–:/]\s+|\s*/\s*(?=\d)"
_EQUATION_RE = re.compile(rf"(?<![\d,])((?:{_NUM}){_SIGN}(?:(?:{_OP})\(?(?:{_NUM}){_SIGN}\)?)+)\s*(=|≈)\s*({_NUM})")
# «1 100 ₽ = 800 ₽ + 300 ₽»: the result first
_REVERSED_RE = re.compile(rf"(?<![\d,])({_NUM}){_SIGN}\s*(=)\s*((?:{_NUM}){_SIGN}(?:(?:{_OP})\(?(?:{_NUM}){_SIGN}\)?)+)")
_TERM_RE = re.compile(rf"({_NUM})\s*(%?)")
_OP_RE = re.compile(r"[×*·+−:/]|(?<=\s)[-–](?=\s)")

# «5 % от 4 500 ₽ — это 225 баллов», «5 % от 4 500 ₽, то есть 225 баллов»; «225 баллов — это 5 % от 4 500 ₽».
_LINK = r"\s*(?:[—–-]|,)?\s*(?:(?:это|то есть|т\.\s?е\.|составит|составляет|выходит|выйдет|получается|получится)\s+)?"
_PERCENT_AFTER_RE = re.compile(rf"(?<![\d,])({_NUM})\s*%\s+от\s+(?:[а-яё]+\s+){{0,3}}?({_NUM}){_SIGN}(?:{_LINK})"
                               rf"(?<=[\s,—–-])({_NUM})(?![\d,]|\s*%)", re.I)
_PERCENT_BEFORE_RE = re.compile(rf"(?<![\d,])({_NUM})(?:\s*(?:₽|€|\$|руб\.?|р\.|[а-яё]+))?\s+[—–-]\s+(?:это\s+)?"
                                rf"(?:и есть\s+)?({_NUM})\s*%\s+от\s+(?:[а-яё]+\s+){{0,3}}?({_NUM})(?![\d,])", re.I)

# «250 ₽ в месяц … за три месяца — 650 ₽», «199 ₽ за заказ … за три заказа получится 497 ₽».
_COUNTS = {"два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
           "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
           "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "двенадцать": 12, "двенадцати": 12}
_COUNT = r"\d{1,3}|" + "|".join(sorted(_COUNTS, key=len, reverse=True))
_RATE_RE = re.compile(rf"(?<![\d,])({_NUM})\s*(?:₽|€|\$|руб\.?|р\.)\s+(?:в|за)\s+([а-яё]{{3,}})", re.I)
# what may stand between «за три месяца» and the sum it makes: a verb of coming out, a dash, «всего», «итого»
_RESULT = (r"\s*(?:[—–-]\s*|,\s*)?(?:(?:вы|вам|это|то есть|всего|итого|получится|выйдет|выходит|будет|составит|"
           r"обойдётся|обойдется|заплатите|спишется|спишем|придётся заплатить)\s+){0,3}")
# Words that let the sum differ from rate × count: a discount, a condition, another part, a first or free period.
_CHANGES = re.compile(r"(?i)скидк|акци|бонус|бесплат|кроме|если|\bпри\b|плюс|\+|минус|без\s|вместо|экономи|"
                      r"перв|последн|остал|ещё|еще|доплат|комисси|налог|сбор|вычет|кешб|кэшб")


def _value(figure: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", figure).replace(",", "."))


def _near(got: float, want: float, rough: bool) -> bool:
    """Equal up to rounding: a whole result to a whole unit, a result with kopecks to a kopeck, or within 1 % when
    the reply says «≈» or «около»."""
    slack = 1.0 if abs(want - round(want)) < 1e-9 else 0.01
    return abs(got - want) <= max(slack, 0.01 * abs(want) if rough else 0.0) + 1e-9


def _evaluate(expression: str) -> float | None:
    """The value of «870 ₽ : 31 × 13» or «48 000 × 0,469 : 365 × 30» or «12 990 − 10 490»; «8 %» counts as 0.08."""
    terms, ops, pos = [], [], 0
    for m in _TERM_RE.finditer(expression):
        if terms:
            op = _OP_RE.search(expression, pos, m.start())
            if op is None:
                return None
            ops.append({"×": "*", "·": "*", "*": "*", ":": "/", "/": "/", "+": "+", "−": "-", "-": "-",
                        "–": "-"}[op.group()])
        terms.append(_value(m.group(1)) / (100 if m.group(2) else 1))
        pos = m.end()
    if len(terms) < 2:
        return None
    # multiplication and division first, then addition and subtraction, each from left to right
    sums, signs = [terms[0]], []
    for op, term in zip(ops, terms[1:]):
        if op == "*":
            sums[-1] *= term
        elif op == "/":
            if term == 0:
                return None
            sums[-1] /= term
        else:
            signs.append(op)
            sums.append(term)
    total = sums[0]
    for sign, part in zip(signs, sums[1:]):
        total = total + part if sign == "+" else total - part
    return total


def _equations(text: str) -> Iterator[Span]:
    for m in _EQUATION_RE.finditer(text):
        got = _evaluate(m.group(1))
        if got is not None and not _near(got, _value(m.group(3)), m.group(2) == "≈"):
            yield m.start(), m.end() - m.start()
    for m in _REVERSED_RE.finditer(text):
        got = _evaluate(m.group(3))
        if got is not None and not _near(got, _value(m.group(1)), False):
            yield m.start(), m.end() - m.start()


def _percentages(text: str) -> Iterator[Span]:
    for m in _PERCENT_AFTER_RE.finditer(text):
        share, base, result = (_value(g) for g in m.groups())
        if share <= 100 and not _near(result, share * base / 100, "около" in text[m.start(3) - 7:m.start(3)]):
            yield m.start(), m.end() - m.start()
    for m in _PERCENT_BEFORE_RE.finditer(text):
        result, share, base = (_value(g) for g in m.groups())
        if share <= 100 and not _near(result, share * base / 100, False):
            yield m.start(), m.end() - m.start()


def _same_noun(unit: str, counted: str) -> bool:
    """«месяц» and «месяца», «день» and «дня», «заказ» and «заказов»: one noun in two forms (pymorphy3)."""
    return normal_form(unit) == normal_form(counted)


def _rates(text: str) -> Iterator[Span]:
    for sentence in re.finditer(r"[^.!?\n]+", text):
        part = sentence.group()
        for rate in _RATE_RE.finditer(part):
            price, unit = _value(rate.group(1)), rate.group(2).lower()
            counted = re.compile(rf"(?i)\bза\s+({_COUNT})\s+([а-яё]{{3,}})\b(?:\s+по\s+({_NUM})\s*(?:₽|€|\$|руб\.?|р\.))?"
                                 rf"({_RESULT})({_NUM})\s*(?:₽|€|\$|руб\.?|р\.)")
            for m in counted.finditer(part, rate.end()):
                if not _same_noun(unit, m.group(2).lower()):
                    continue
                between = part[rate.end():m.start(5)]
                if _CHANGES.search(between) or re.search(r"\d\s*(?:₽|€|\$|руб|р\.)", part[rate.end():m.start()]):
                    break  # another sum or a discount between: the reckoning is not plain rate × count
                said = m.group(1).lower()
                count = int(said) if said.isdigit() else _COUNTS.get(said)
                # «за три заказа по 800 ₽»: each counted thing's own price; the sum may be of the rate or of both
                each = _value(m.group(3)) if m.group(3) else None
                result = _value(m.group(5))
                if count and not _near(result, price * count, False) and not (
                        each is not None and _near(result, (price + each) * count, False)):
                    yield sentence.start() + rate.start(), m.end() - rate.start()
                break


def wrong_sums(text: str) -> list[Span]:
    """The span of a sum the reply works out from its own figures that does not come out, or nothing."""
    for found in (_equations(text), _percentages(text), _rates(text)):
        for span in found:
            return [span]
    return []
