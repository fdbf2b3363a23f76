"""Someone else's data named only in a condition tells nothing about them.

«Если сын наберёт 70 баллов из 100, его возьмут в группу», «если номер оформлен на мужа, переоформить его может только
он»: the kind of data («балл», «оформить на») and its figure stand in a part that opens with «если» — a case the reply
sets out, not a fact it gives away. «Если коротко, сын набрал 70 баллов» keeps the data in the part after the
condition, and that part still tells.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import Token, part_at

# what may stand before «если» in its own part: «а если…», «но если…», «и если…»
_LEAD = frozenset({"а", "но", "и", "ну"})


def in_condition(toks: Sequence[Token], span: Span, text: str) -> bool:
    """The data word at ``span`` stands in a comma part (:data:`words.PART_RE`) of the sentence ``toks`` that opens
    with «если»."""
    if not toks:
        return False
    part = part_at(text, span[0], toks[0].start, toks[-1].end)
    if part is None:
        return False
    words = [t.lower for t in toks if part[0] <= t.start < part[1] and t.start < span[0]]
    while words and words[0] in _LEAD:
        words = words[1:]
    return bool(words) and words[0] == "если"
