"""A figure the customer took back: «заказ 48213 … ой, не тот номер, 48231», «квартира 33, не 3». A reply that goes on
with the first figure and never names the corrected one answers for what the customer no longer asks about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import tokenize

# A run of digits standing alone (a number, a group of a phone number, the digits of «SU1138»), not a decimal's part.
_GROUP_RE = re.compile(r"(?<![\d.,])\d+(?![\d])")
# «…, не 3», «не на 6», «а не 20»: the figure named as the wrong one.
_NOT_RE = re.compile(r"\bне\s+(?:(?:на|в|во|с|к|за|до)\s+)?(\d+)", re.IGNORECASE)
# Words that say a message puts right what an earlier one said.
_CORRECTING = frozenset({"поправка", "точнее", "вернее", "ошибиться", "перепутать", "опечатка", "опечататься",
                         "исправление", "ой"})
# «ой, и ещё заказ 55102» adds a figure, it corrects none.
_ADDING = frozenset({"ещё", "еще", "тоже", "также", "второй", "другой"})


def taken_back(reply: str, messages: Sequence[str]) -> tuple[Span, str, str] | None:
    """The first figure the reply repeats after the customer corrected it, as (its span, the old figure, the new one) —
    when the reply names none of the new figures; None otherwise."""
    groups = [g for g, _ in _groups(reply)]
    for old, new in _corrections(messages):
        if old in groups and not new & set(groups):
            at = next(span for g, span in _groups(reply) if g == old)
            return at, old, sorted(new, key=len)[-1]
    return None


def _groups(text: str) -> list[tuple[str, Span]]:
    return [(m.group(), (m.start(), m.end() - m.start())) for m in _GROUP_RE.finditer(text)]


def _corrections(messages: Sequence[str]) -> list[tuple[str, set[str]]]:
    """(the figure taken back, the figures that replace it) for each message after the first that corrects."""
    found = []
    for k, message in enumerate(messages[1:], 1):
        words = tokenize(message)
        lemmas = set().union(*(t.lemmas for t in words)) if words else set()
        said = " ".join(w.lower for w in words)
        if not (lemmas & _CORRECTING or "не тот" in said or "хотя нет" in said) or lemmas & _ADDING:
            continue
        named_wrong = {m.group(1) for m in _NOT_RE.finditer(message)}
        here = {g for g, _ in _groups(message)}
        new = here - named_wrong
        before = {g for m in messages[:k] for g, _ in _groups(m)}
        if named_wrong and new:
            found += [(old, new) for old in named_wrong]
            continue
        # «8 916 555 43 21» … «ой, 8 916 555 34 21»: the group that went and the one that came, of one length
        fresh, gone = new - before, before - here
        for old in gone:
            same = {g for g in fresh if len(g) == len(old)}
            if len(old) >= 2 and len(same) == 1:
                found.append((old, same))
    return found
