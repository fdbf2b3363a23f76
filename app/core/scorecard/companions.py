"""Someone the customer does a thing with — «с дочкой», «вместе с мужем» — is not whose data a sentence tells.

«Звонки останутся, входящие стоят 19 рублей минута, поэтому с дочкой лучше переписываться через Wi-Fi» prices the
customer's own calls: the daughter is named after «с / со» in the instrumental, as a companion, not as the owner of
the calls. «Звонки вашей дочки — 14 за март» names her as the owner (the genitive) and still tells her data.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import Token


def companion(toks: Sequence[Token], span: Span) -> bool:
    """The person at ``span`` stands in the instrumental right after «с / со» (or «с» and one word that qualifies them:
    «с вашей мамой»)."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    if at is None or "ablt" not in toks[at].tag:
        return False
    before = [t.lower for t in toks[max(0, at - 2):at]]
    return bool(before) and (before[-1] in ("с", "со") or len(before) == 2 and before[0] in ("с", "со")
                             and toks[at - 1].tag.startswith(("ADJF", "NPRO")))
