"""A choice the customer asks help with: «Какой тариф взять — «Лайт» или «Стандарт»?», «Что лучше — поезд или
самолёт?», «Выбираю пылесос: S5 или M3. Что лучше?».

Such a question is answered by a pick: a sentence that names one of the two options and not the other, with a word
that chooses — a comparative of quality («лучше», «выгоднее», «надёжнее»), a verb of advising or fitting («советую»,
«рекомендую», «подойдёт»), or a bidding («берите», «выбирайте»). A reply that names both and picks neither («У нас
есть потребительский кредит и кредитная карта»; «Можете оформить возврат или обмен»), or none of them («Оба
направления востребованы, выбирайте по душе»), leaves the question open: the customer knew the options already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, tokenize

# Verbs that ask or tell which to choose: «какой взять», «что посоветуете», «вам подойдёт».
_CHOOSING = frozenset({"выбрать", "выбирать", "взять", "брать", "посоветовать", "советовать", "порекомендовать",
                       "рекомендовать", "предпочесть"}) | frozenset({"подойти", "подходить", "хватить", "годиться"})
# «Для работы подходят оба», «хватит любого»: both options fit — an answer, unlike «выбирайте любой по душе»
_FITTING = frozenset({"подойти", "подходить", "хватить", "годиться"})
_EITHER = frozenset({"оба", "обе", "любой", "каждый"})
# Comparatives of quantity say how much, not which is better: «в «Бизнесе» больше возможностей».
_QUANTITY = frozenset({"больше", "меньше", "более", "менее", "дольше", "раньше", "позже", "позднее", "чаще", "реже"})
_ASKING = frozenset({"какой", "что", "как", "куда", "кто"})
_BOUNDARY_RE = re.compile(r"[—–:;,]|\s-\s")
_OPTION_POS = ("NOUN", "ADJF", "ADJS", "INFN", "VERB", "LATN", "ADVB", "NUMB", "PRTF")


def _chooses(tok: Token) -> bool:
    return tok.tag.startswith("COMP") and tok.lower not in _QUANTITY or bool(tok.lemmas & _CHOOSING)


def _options(text: str) -> tuple[list[Token], list[Token]] | None:
    """The two options of «… A или B …»: the words after the last break before «или», and those after it up to the
    next break; None unless both hold a word of their own."""
    m = re.search(r"\bили\b", text)
    if not m:
        return None
    left = _BOUNDARY_RE.split(text[:m.start()])[-1]
    right = _BOUNDARY_RE.split(text[m.end():])[0]
    words = [[t for t in tokenize(side) if t.tag.startswith(_OPTION_POS) and not _chooses(t)
              and not t.lemmas & _ASKING] for side in (left, right)]
    a, b = words
    a_only = [t for t in a if not any(t.lemmas & u.lemmas for u in b)]
    b_only = [t for t in b if not any(t.lemmas & u.lemmas for u in a)]
    return (a_only, b_only) if a_only and b_only else None


def choice_asked(r: Reply) -> tuple[str, tuple[list[Token], list[Token]]] | None:
    """The customer's question of choice and its two options, or None. The options stand in the question
    («Что лучше — поезд или самолёт?») or in a sentence of the customer's before it («Выбираю: S5 или M3. Что
    лучше?»)."""
    said = " ".join(r.customer_messages)
    for chunk in questions(r):
        words = tokenize(chunk)
        if not any(t.lemmas & _ASKING or t.lower in _ASKING for t in words) or not any(_chooses(t) for t in words):
            continue
        options = _options(chunk)
        if options is None and not re.search(r"\bили\b", chunk):
            before = said[:said.find(chunk)] if chunk in said else ""
            sentences = [s for s in re.split(r"(?<=[.!?…])\s+|\n", before) if re.search(r"\bили\b", s)]
            options = _options(sentences[-1]) if sentences else None
        if options is not None:
            return chunk.rstrip("?!. ").strip(), options
    return None


def _names(words: Sequence[Token], option: Sequence[Token]) -> bool:
    return any(t.lemmas & o.lemmas for t in words for o in option) or kin_taken_up(option, words)


def choice_made(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """The sentence that picks one of the customer's two options, as a span; [] if none does (or nothing is asked).
    A sentence picks the option a word after its choosing word names («выбирайте кредит на 12 месяцев», «хватит и 100
    Мбит/с»), or the only one it names at all with a choosing word anywhere; «подходят оба» picks both."""
    asked = choice_asked(r)
    if asked is None:
        return []
    first, second = asked[1]
    bids = r.imperatives[0] + r.imperatives[1]
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside) or r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        cues = [i for i, t in enumerate(words) if _chooses(t) or any(b[0] == t.start for b in bids)]
        if not cues:
            continue
        if any(t.lemmas & _FITTING for t in words) and any(t.lower in _EITHER or t.lemmas & _EITHER for t in words):
            return [(start, end - start)]
        for i in cues:
            after = [(_names([t], first), _names([t], second)) for t in words[i + 1:i + 6]]
            if next((a != b for a, b in after if a or b), False):
                return [(start, end - start)]
        if _names(words, first) != _names(words, second):
            return [(start, end - start)]
    return []


def choice_left_open(r: Reply, aside: Sequence[Span] = ()) -> str:
    """The customer's question of choice when no sentence of the reply picks one of its options; "" otherwise."""
    asked = choice_asked(r)
    return asked[0] if asked is not None and not choice_made(r, aside) else ""
