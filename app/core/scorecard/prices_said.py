"""Free and priced, as a reply says them of a thing: «бесплатно», «без комиссии», «доплачивать не нужно» against
«290 ₽», «стоимость доставки 290 ₽», «платная»; and two prices for one thing. :mod:`contradiction` weighs them
clause against clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from app.core.scorecard.card import Span
from app.core.scorecard.numbers import numbers
from app.core.scorecard.words import Token, morph


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
    zero = {k for value, j, end in numbers(words, text) if value == 0 for k in range(j, end)}  # «с ценой 0 ₽» is free
    for i, t in enumerate(words):
        if t.lemmas & FREE or negated(words, t) or i in zero:
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


# Nouns a price is said through: «стоимость перехода», «комиссия за перевод», «плата за смену номера».
_PRICE_NOUNS = GENERIC | {"комиссия", "доплата", "переплата"}
# What may stand inside a noun phrase before its noun: «в любом нашем банкомате», «на 12 месяцев».
_IN_PHRASE = ("ADJF", "PRTF", "NUMB", "LATN")


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _case(tag: str) -> str:
    return next((c for c in _CASES if c in tag), "")


def _opening(words: Sequence[Token], i: int) -> Token | None:
    """The word that opens the noun phrase of words[i] — a preposition, a price noun, a verb — walking back over its
    adjectives and figures and, for a noun in the genitive, over the noun it hangs on («в день перехода»)."""
    j, gent, case = i - 1, "gent" in words[i].tag, _case(words[i].tag)
    # «в «Гибком» обмен стоит…»: an adjective of another case is not the noun's, the preposition not its either
    while j >= 0 and (words[j].tag.startswith(_IN_PHRASE) and _case(words[j].tag) in ("", case)
                      or gent and words[j].tag.startswith("NOUN") and not words[j].lemmas & _PRICE_NOUNS):
        if words[j].tag.startswith("NOUN"):
            case = _case(words[j].tag)
        gent = "gent" in words[j].tag if words[j].tag.startswith("NOUN") else gent
        j -= 1
    return words[j] if j >= 0 else None


@lru_cache(maxsize=4096)
def _nominative(word: str) -> bool:
    """The form may be a subject: «кредит», «переход» are nominative or accusative alike."""
    return any("nomn" in p.tag for p in morph().parse(word))


def priced_things(words: Sequence[Token]) -> set[str]:
    """The stems of what a clause's price can be of: its subject (a noun in the nominative, in no preposition's
    phrase: «доставка стоит 290 ₽», «плата 590 ₽»), the noun after «за» or after a price noun («стоимость
    перехода», «комиссия за перевод»), and its doings (its verbs). Not a noun of place, time or owner («в день
    перехода», «остаток на счёте», «по вашей карте»), nor the object of another doing («заблокировала карту,
    задержим 85 000 ₽»): «Переход бесплатный, первая абонентская плата 590 ₽ спишется в день перехода» prices the
    fee, not the move."""
    found: set[str] = set()
    for i, t in enumerate(words):
        if t.tag.startswith(("VERB", "INFN", "PRTS", "PRTF")):
            found |= {x[:6] if len(x) >= 7 else x for x in t.lemmas}
        elif t.tag.startswith("NOUN"):
            opening = _opening(words, i)
            if (opening is None or not opening.tag.startswith("PREP")) and _nominative(t.lower) or opening is not None and (
                    opening.lower == "за" or opening.lemmas & _PRICE_NOUNS and "gent" in t.tag):
                found |= {x[:6] if len(x) >= 7 else x for x in t.lemmas}
    return found
