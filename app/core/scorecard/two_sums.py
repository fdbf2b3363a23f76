"""Two sums of money for one thing: «Вернём 1 200 ₽… Возврат составит 950 ₽» — the customer cannot tell which to expect.

A sum is read with its clause, and with an «это …» clause after it that says what the sum is («списано 900 ₽, это
сумма по тарифу»). Two different sums contradict each other when both are of one kind — money given back, or money
asked for (a price, a fee, a charge) — and name the same thing: the same nouns besides the words of money (for a
refund, none at all: «вернём 1 200 ₽» and «к возврату 950 ₽» are the one refund; a price must name what it is the
price of). They do not when a condition tells them apart («если вернёте до 10-го…», «при оплате картой…») — unless
the condition is only a way of counting («если считать по пройденным урокам»), which leaves the customer's case
the same; nor when one is a part, a total, a rate or more of the other («ещё 300 ₽», «итого», «в месяц», «из 30 000»),
or when one was paid back before and the other is to come.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.numbers import numbers
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CALENDAR, Token

_GIVEN_BACK = frozenset({"вернуть", "возвратить", "возвращать", "вернуться", "возврат", "компенсация",
                         "компенсировать"})
_ASKED_FOR = frozenset({"стоить", "стоимость", "цена", "плата", "платить", "оплата", "списать", "списывать",
                        "списание", "взимать", "взиматься", "обойтись", "составлять", "составить", "абонентский"})
# Words of money and of its measure, and of time: they name no thing of their own.
_MONEY_WORDS = frozenset({"сумма", "рубль", "руб", "деньги", "деньга", "₽", "процент", "размер", "итог", "вы", "мы",
                          "средство", "правильный", "верный", "точный"}) | CALENDAR
# A part, a total, a rate, an addition: a second sum that need not equal the first.
_PARTS = frozenset({"итого", "всего", "вместе", "общий", "каждый", "ещё", "еще", "остальной", "оставшийся",
                    "остаток", "часть", "разница", "доплата", "доплатить", "штраф", "комиссия", "неустойка",
                    "удержать", "удерживать", "вычесть", "вычет", "первый", "второй", "последний"})
# Before a figure: «по 12 000 ₽» each, «из 30 000» a whole, «до 5 000 ₽» a bound.
_BOUNDS = frozenset({"по", "из", "до", "от", "свыше", "более", "менее", "больше", "меньше", "около", "примерно",
                     "максимум", "минимум", "ещё", "еще"})
# What sets a case apart: «если», «при», «для юрлиц», «иначе», «кроме».
_CASES = frozenset({"если", "при", "иначе", "кроме", "для", "когда", "пока", "случае", "либо", "или"})
# «если считать по урокам», «если брать по дням»: a way of counting, not a case of the customer's
_COUNTING = frozenset({"считать", "посчитать", "подсчитать", "рассчитать", "рассчитывать", "брать", "исходить"})
_CLAUSE_RE = re.compile(r"[^.!?…\n,;]+")


def two_sums(r: Reply, aside: Sequence[Span] = ()) -> list[Span]:
    """The spans of two different sums the reply gives for one thing in two sentences, or nothing."""
    said = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if any(a[0] <= start < a[1] for a in aside) or _cased(words):
            continue
        clauses = [c for m in _CLAUSE_RE.finditer(r.text[start:end])
                   if (c := [t for t in words if m.start() <= t.start - start < m.end()])]
        found = []
        for n, clause in enumerate(clauses):
            # «списано 900 ₽, это сумма по тарифу»: a clause of «это» with no verb says what the sum is
            after = clauses[n + 1] if n + 1 < len(clauses) else []
            told = clause + (after if after and after[0].lower == "это" and not any(
                t.tag.startswith(("VERB", "PRTS")) for t in after) else [])
            found += [(value, told, clause[i], clause[j - 1]) for value, i, j in numbers(clause, r.text)
                      if _money(r.text, clause, j) and not (i and clause[i - 1].lower in _BOUNDS)]
        if len(found) != 1:  # «вернём 2 000 ₽: 1 500 ₽ на карту и 500 ₽ бонусами» lists the parts of one sum
            continue
        value, told, first, last = found[0]
        if any(t.lemmas & _PARTS or t.lower in _PARTS or t.lower in ("не", "нет") or _rate(told, k)
               or t.tag.startswith("VERB") and "2per" in t.tag for k, t in enumerate(told)):
            continue
        kind = "back" if any(t.lemmas & _GIVEN_BACK for t in told) else \
            "asked" if any(t.lemmas & _ASKED_FOR for t in told) else None
        if kind is not None:
            sign = re.match(r"\s*(?:₽|руб\w*\.?|р\.)", r.text[last.end:])  # «900 ₽» quoted with its sign
            stop = last.end + (sign.end() if sign else 0)
            said.append((value, kind, _things(told), _past(told), (first.start, stop - first.start)))
    for n, (value, kind, things, past, span) in enumerate(said):
        for other, kind2, things2, past2, span2 in said[n + 1:]:
            # a price names what it is of; a refund may be named as such alone («вернём 1 200 ₽ на карту… возврат
            # составит 950 ₽»)
            same = things == things2 and bool(things) or kind == "back" and (not things or not things2 or things == things2)
            if value != other and kind == kind2 and past == past2 and same:
                return [span, span2]
    return []


def _money(text: str, clause: Sequence[Token], j: int) -> bool:
    """The figure ending before ``clause[j]`` is a sum of money: «₽», «руб.», «рублей» after it."""
    return text[clause[j - 1].end:clause[j - 1].end + 5].lstrip().startswith(("₽", "руб", "р.")) \
        or j < len(clause) and bool(clause[j].lemmas & {"рубль", "руб"})


def _rate(words: Sequence[Token], k: int) -> bool:
    """«650 ₽ в месяц», «за час», «в сутки»: a sum per unit of time."""
    return k + 1 < len(words) and words[k].lower in ("в", "за") and bool(words[k + 1].lemmas & _UNITS)


_UNITS = frozenset({"минута", "час", "день", "сутки", "неделя", "месяц", "год", "ночь", "урок", "занятие"})


def _cased(words: Sequence[Token]) -> bool:
    """The sentence holds a case of its own («если вернёте до 10-го», «при оплате картой»), not a way of counting."""
    return any(t.lower in _CASES and not any(w.lemmas & _COUNTING for w in words[i + 1:i + 3])
               for i, t in enumerate(words))


def _things(words: Sequence[Token]) -> frozenset[str]:
    """What the sum is of: the clause's nouns and adjectives besides the words of money, time and of its kind."""
    return frozenset(x for t in words if t.tag.startswith(("NOUN", "ADJF", "LATN")) and "Apro" not in t.tag
                     and not t.lemmas & (_MONEY_WORDS | _GIVEN_BACK | _ASKED_FOR | _UNITS) for x in t.lemmas)


def _past(words: Sequence[Token]) -> bool:
    """«вернули 500 ₽» tells what was paid back; «вернём 700 ₽» what is to come: two events."""
    return any(t.tag.startswith("VERB") and "past" in t.tag for t in words)
