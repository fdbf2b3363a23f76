"""Free and priced, as a reply says them of a thing: «бесплатно», «без комиссии», «доплачивать не нужно» against
«290 ₽», «стоимость доставки 290 ₽», «платная»; and two prices for one thing. :mod:`contradiction` weighs them
clause against clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from app.core.scorecard.card import Span
from app.core.scorecard.numbers import numbers
from app.core.scorecard.words import Token


class Clause(Protocol):
    """A clause of the reply: its words and the stems its pronouns stand for (:class:`contradiction._Clause`)."""
    words: tuple[Token, ...]
    refs: frozenset[str]


FREE = frozenset({"бесплатный", "бесплатно"})
PRICED = frozenset({"платный", "платно", "стоить", "стоимость", "цена", "оплачиваться", "доплата", "₽", "рубль",
                     "руб"})

# Nouns that name the price, not the thing priced.
GENERIC = frozenset({"стоимость", "цена", "сумма", "рубль", "руб", "₽", "оплата", "плата", "деньги", "вы", "мы"})

# Paying, said with «не»: «доплачивать не нужно», «платить ничего не придётся» is «бесплатно» in other words.
PAY = frozenset({"платить", "заплатить", "доплачивать", "доплатить", "оплачивать", "оплатить", "переплачивать"})
_NO_NEED = frozenset({"нужно", "надо", "придётся", "требоваться", "потребоваться", "обязательно"})


def free(words: Sequence[Token]) -> Token | None:
    """«бесплатно», «без доплаты», «без комиссии», «доплачивать не нужно», «платить не придётся»."""
    for i, t in enumerate(words):
        if t.lemmas & FREE and not negated(words, t):
            return t
        # «без доплаты перенести не получится» says the opposite: the «без» case is refused
        if t.lower == "без" and i + 1 < len(words) and words[i + 1].lemmas & {"доплата", "оплата", "плата", "комиссия"} \
                and not any(w.lower == "не" for w in words[i + 2:]):
            return words[i + 1]
        if t.lemmas & PAY and (negated(words, t) or any(
                w.lemmas & _NO_NEED and negated(words, w) for w in words[max(0, i - 3):i + 3])):
            return t
    return None


def bare_price(words: Sequence[Token], text: str) -> bool:
    """«1 500 ₽», «150 рублей в месяц»: a figure of money and nothing to say what it is."""
    return any(t.tag.startswith("NUMB") for t in words) and priced(words, text) is not None and not any(
        t.tag.startswith(("NOUN", "VERB", "INFN", "ADJF", "PRTS")) and not t.lemmas & (GENERIC | {"месяц", "год"})
        for t in words)


def priced(words: Sequence[Token], text: str) -> Token | None:
    """A price said: a figure with «₽» or «рублей», a figure after «стоит» or «стоимость», or «платная»,
    «оплачивается» — not «бесплатно»."""
    money = any(t.lemmas & {"стоить", "стоимость", "цена"} for t in words)
    # «вернула 900 ₽ за месяц», «вернём 900 ₽»: money the company gives back is no price — unlike «вернуть билет
    # стоит 300 ₽», the customer's doing
    if any(t.lemmas & _GIVEN_BACK and (t.tag.startswith("PRTS") or t.tag.startswith("VERB") and (
            "past" in t.tag or "1per" in t.tag)) for t in words):
        return None
    for i, t in enumerate(words):
        if t.lemmas & FREE or negated(words, t):
            continue
        if t.tag.startswith("NUMB") and (money or text[t.end:t.end + 2].strip().startswith("₽")
                                         or i + 1 < len(words) and words[i + 1].lemmas & {"рубль", "руб"}):
            return t
        if t.lemmas & {"платный", "платно", "оплачиваться", "доплата"}:
            return t
    return None


_GIVEN_BACK = frozenset({"вернуть", "возвратить", "вернуться", "начислить", "зачислить", "компенсировать"})


# What a total or a sum of several says beside each one's price: «итого с доставкой 2 350 ₽».
_TOTAL = frozenset({"итого", "всего", "вместе", "общий", "итог", "сумма", "каждый"})


def two_prices(a: Clause, b: Clause, text: str, shared: set[str], units: frozenset[str]) -> list[Span]:
    """«Доставка в Тулу стоит 350 ₽… Доставка в Тулу обойдётся в 500 ₽», «…Она обойдётся вам в 500 ₽»: two prices for
    one thing — the same nouns and adjectives, or a pronoun for them («доставка в Калугу — 500 ₽», «курьерская
    доставка — 500 ₽» are other things) — under the same conditions, and not a total beside a part."""
    def own(c: Clause) -> set[str]:  # «курьерская доставка» is another thing than «доставка в Тулу»
        return {x[:6] if len(x) >= 7 else x for t in c.words if t.tag.startswith(("NOUN", "ADJF"))
                and not t.lemmas & (GENERIC | PRICED | units) for x in t.lemmas}

    def nouns(c: Clause) -> set[str]:
        return own(c) | c.refs

    def price(c: Clause) -> tuple[int, Span] | None:
        at = priced(c.words, text)
        if at is None or not at.tag.startswith("NUMB"):
            return None
        i = c.words.index(at)
        return next(((v, (c.words[j].start, c.words[k - 1].end - c.words[j].start))  # «1 200», all its groups
                     for v, j, k in numbers(c.words, text) if j <= i < k), None)

    one, two = price(a), price(b)
    if one is None or two is None or one[0] == two[0] or not nouns(a) & nouns(b) & shared \
            or any(t.lemmas & _TOTAL or t.lower in _TOTAL for c in (a, b) for t in c.words) \
            or not (own(a) == own(b) or not own(a) and a.refs <= own(b) or not own(b) and b.refs <= own(a)):
        return []  # the same words, or a pronoun for them: «первый месяц тариф стоит 1 ₽» is a case of its own
    return [one[1], two[1]]

def negated(words: Sequence[Token], tok: Token) -> bool:
    i = words.index(tok)
    return any(w.lower in ("не", "нет", "ни") for w in words[max(0, i - 2):i])
