"""A bid to leave something undone is no step forward: «Не обращайте внимания», «не берите в голову», «не
принимайте на свой счёт» tell the customer what not to do, so nothing moves. The rubric's step is a deed — who does
what and when — and a «не» before the imperative takes the deed away.

Except where the negation bids a deed after all: «не забудьте взять паспорт» (forget not = take), «не откладывайте
оплату» (put off not = pay now).
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

# negated, these bid the deed itself
_DOUBLE_NO = frozenset({"забыть", "забывать", "откладывать", "отложить", "тянуть", "медлить", "затягивать"})


def negated_bid(r: Reply, span: Span) -> bool:
    """The imperative at ``span`` stands right after «не» and bids nothing to be done."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or idx == 0:
        return False
    tok = r.tokens[idx]
    return r.tokens[idx - 1].lower == "не" and "impr" in tok.tag and not tok.lemmas & _DOUBLE_NO
