"""A «как сделать?» asked beside another question wants the way, not only its words said back.

«Как перенести номер к вам и сколько это займёт?» — «Перенос номера занимает 8 дней»: the reply speaks of the
transfer and answers how long, but not how; «Сколько стоит тариф и как подключить к нему маму?» — «650 ₽ в месяц. Да,
номер мамы подключить можно» answers the price and says only that it can be done. Of two questions or more, a part
that asks how to do a thing is answered by a way: steps for the customer, a path in the interface, or what the
company did or will do itself — whatever words it uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import DASHED_PART_RE, Token, tokenize

# Joined questions part where «и» brings in a question word: «Сколько стоит и как подключить?»
_JOINED_RE = re.compile(r",?\s+и\s+(?=(?:\S+\s+){0,2}?(?:ли|как|где|можно|какой|какая|какие|сколько|когда|почему|чего"
                        r"|зачем|откуда)\b)", re.I)


def how_parts(r: Reply) -> list[str]:
    """The parts of the customer's questions that ask how to do a thing («как подключить к нему маму»), when they
    ask two things or more."""
    parts = [p.strip(" ,") for chunk in questions(r) for p in _JOINED_RE.split(chunk.rstrip("?"))]
    parts = [p for p in parts if tokenize(p)]
    if len(parts) < 2:
        return []
    # «Как это сделать?» points back to a request, and the rules for a how-question as a whole read it
    return [p for p in parts for words in [tokenize(p)]
            if words[0].lower == "как" and any(t.tag.startswith("INFN") for t in words[1:4])
            and not any(t.lemmas & {"это", "этот"} for t in words)]


def how_unanswered(r: Reply, way_told: bool) -> list[str]:
    """The how-parts the reply gives no way for (``way_told``: steps, a deed, a path), as the customer put them."""
    if way_told or any(t.tag.startswith("VERB") and "futr" in t.tag and "1per" in t.tag for t in r.tokens) \
            or _where_to_do(r):
        return []  # «перенесём номер сами»: the company will do it
    return how_parts(r)


_MODALS = frozenset({"можно", "нужно", "надо", "необходимо", "следует"})


def _where_to_do(r: Reply) -> bool:
    """«нужно принести в салон паспорт», «оформить можно через приложение»: what to do and where (a thing, not a
    person: «оформить на дочь можно» names whom for) — a way, though not put as an imperative; «подключить можно»
    alone says only that it can be done."""
    for m in DASHED_PART_RE.finditer(r.text):
        words = r.tokens_in(m.start(), m.end())
        if any(t.lower in _MODALS for t in words) and any(t.tag.startswith("INFN") for t in words) and any(
                t.lower in ("в", "во", "на", "через") and _place_after(words[i + 1:i + 4]) for i, t in enumerate(words)):
            return True
    return False


def _place_after(words: Sequence[Token]) -> bool:
    """«в салон», «в любом нашем офисе»: a thing, after its adjectives, that is no time («в течение дня»)."""
    for t in words:
        if t.tag.startswith("NOUN"):
            return "inan" in t.tag and not t.lemmas & _TIMES
        if not t.tag.startswith("ADJF"):
            return False
    return False


_TIMES = frozenset({"минута", "час", "день", "неделя", "месяц", "год", "сутки", "течение", "время", "срок"})
