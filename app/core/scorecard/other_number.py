"""A deed done on another numbered thing than the customer's: «отмените заказ 55123» — «Заказ 55124 отменила»,
«заблокируйте карту на 4412» — «Карту *7781 заблокировала».

The customer names their thing by its number (an order, a card's last digits, a booking, a contract); the reply's
deed names a thing of the same kind by a number of the same length, and the customer's number is nowhere in the reply.
What was done was done to someone else's order or card: the customer's request still stands (rubric, «Решение»: the
answer must be about «этот» question). A kind is the noun nearest before the number («заказ», «карта»); a sum, a
time, a year or a phone number is no identifier.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_NUMBER_RE = re.compile(r"(?<![\w:.,+\-])\d{4,10}(?![\d:.,]\d)")  # not a code glued to letters: «SU1238»
# What follows a figure that is an amount or a date, not an identifier.
_AFTER_AMOUNT_RE = re.compile(r"\s?(?:₽|р\.|руб|rub|\$|€|год|г\.|%|шт|км|мин|час|дн|гб|мб)", re.I)
_NOT_KINDS = frozenset({"номер", "сумма", "размер", "год", "итог", "лимит"})


def _numbered(text: str, tokens: Sequence[Token]) -> list[tuple[frozenset[str], str, int]]:
    """(the kind's normal forms, the digits, where they start) of each identifier with a noun before it."""
    found = []
    for m in _NUMBER_RE.finditer(text):
        if _AFTER_AMOUNT_RE.match(text, m.end()) or re.match(r"\s?\d{3}\b", text[m.end():m.end() + 5]):
            continue  # «12 000 ₽», «1 500 000»: an amount written in groups
        before = [t for t in tokens if t.end <= m.start()][-5:]
        kind = next((t for t in reversed(before) if t.tag.startswith("NOUN") and not t.lemmas & _NOT_KINDS), None)
        if kind is not None and not _target(tokens, kind):
            found.append((frozenset(kind.lemmas), m.group(), m.start()))
    return found


def _target(tokens: Sequence[Token], kind: Token) -> bool:
    """«пересадила вас на рейс 1238», «перевела в группу 2051»: the thing the customer is moved to, a new one."""
    at = next((i for i, t in enumerate(tokens) if t is kind), 0)
    return at > 0 and tokens[at - 1].lower in _ONTO


_ONTO = frozenset({"на", "в", "во"})


def other_numbered(r: Reply, done: Sequence[Span]) -> list[Span]:
    """The reply's identifiers, in a sentence with a deed done, of the kind the customer named by another number of
    the same length — when none of the customer's numbers of that kind is in the reply."""
    theirs = _numbered("\n".join(r.customer_messages), r.customer_tokens)
    if not theirs or not done:
        return []
    mine = _numbered(r.text, r.tokens)
    said = {digits for _, digits, _ in mine}
    found = []
    for kind, digits, at in mine:
        same = [d for k, d, _ in theirs if k & kind and len(d) == len(digits)]
        if not same or digits in same or said & set(same):
            continue
        sentence = r.sentence_at(at)
        if any(sentence[0] <= d[0] < sentence[1] for d in done):
            found.append((at, len(digits)))
    return found
