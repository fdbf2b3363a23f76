"""«Попробуйте другой браузер» to a customer who has changed the browser already.

The customer tells what they changed or tried in place of a thing («браузер тоже меняла», «пробовал с другого
телефона»); a step that bids «другой / иной» of that same thing is the step already taken, in other words — as
:func:`first_tries.taken_already` reads «перезаходила» against «выйдите и зайдите снова». Read by grammar: the noun
after «другой / иной» in the step's sentence against the noun a past verb of changing or trying takes (or the noun
after the customer's own «другой»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, message_sentences, tokenize

_OTHER = frozenset({"другой", "иной"})
_CHANGED = frozenset({"менять", "поменять", "сменить", "заменить", "пробовать", "попробовать", "переключить",
                      "переключать", "переключиться", "переключаться"})


def others_in(words: Sequence[Token]) -> set[str]:
    """The nouns «другой / иной» is said of: «из другого браузера», «другую карту»."""
    found: set[str] = set()
    for i, tok in enumerate(words):
        if tok.lemmas & _OTHER:
            noun = next((t for t in words[i + 1:i + 3] if t.tag.startswith("NOUN")), None)
            if noun is not None:
                found |= noun.lemmas
    return found


def changed_things(messages: Sequence[str]) -> set[str]:
    """What the customer says they changed or tried another of: «браузер тоже меняла», «карту поменяла», «пробовал
    с другого телефона» — the nouns near a past verb of changing or trying, in its sentence."""
    found: set[str] = set()
    for message in messages:
        for sentence in message_sentences(message):
            words = tokenize(sentence)
            past = [i for i, t in enumerate(words) if t.lemmas & _CHANGED and "past" in t.tag]
            for i in past:
                found |= {x for t in words[max(0, i - 3):i + 4] if t.tag.startswith("NOUN") for x in t.lemmas}
            if past or any("past" in t.tag for t in words):
                found |= others_in(words)
    return found


def other_tried(r: Reply, span: Span) -> bool:
    """The step's sentence bids another of a thing the customer has changed or tried another of already."""
    start, end = r.sentence_at(span[0])
    return bool(others_in(r.tokens_in(start, end)) & _changed_once(tuple(r.customer_messages)))


@lru_cache(maxsize=256)
def _changed_once(messages: tuple[str, ...]) -> frozenset[str]:
    """:func:`changed_things` of one reply's customer messages, read once for all the steps it is asked about."""
    return frozenset(changed_things(messages))
