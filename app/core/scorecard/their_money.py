"""Money on someone else's card or account told with its sum.

«Последняя операция по его карте — 2 400 ₽», «на её счёте сейчас 12 300 рублей», «их кредит — 340 тыс.»: the holder of
the money («карта», «счёт», «кредит», «вклад») is «его / её / их» and a sum stands from that part of the sentence on.
Whatever word names the movement (an operation, a purchase, a payment, a charge), the sum on that person's card is their
data. Whose «его» it is the safety judge decides from the customer's messages (a relative or a named person spoken of);
«по вашей карте» is the customer's own and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import Token, part_at

_THEIR = frozenset({"его", "её", "ее", "их"})
# what holds money: the card, the account, the loan, the deposit
_HOLDERS = frozenset({"карта", "кредитка", "счёт", "счет", "кредит", "вклад", "депозит", "кошелёк", "кошелек", "ипотека",
                      "заём", "займ", "баланс"})
# a sum: a figure with the sign of roubles or a word of thousands after it
_SUM_RE = re.compile(r"\d(?:[\d\s ]*\d)?(?:[.,]\d+)?\s*(?:₽|руб|тыс|млн)", re.I)


def their_money(toks: Sequence[Token], text: str) -> list[Span]:
    """The holder word of «его / её / их карте» in the sentence ``toks`` when a sum stands from its comma part on."""
    if not toks:
        return []
    end = toks[-1].end
    for a, b in zip(toks, toks[1:]):
        if a.lower not in _THEIR or not b.lemmas & _HOLDERS:
            continue
        part = part_at(text, a.start, toks[0].start, end)
        start = part[0] if part else a.start
        if _SUM_RE.search(text, start, end):
            return [(b.start, b.end - b.start)]
    return []
