"""Where a kind of someone else's data («паспорт», «задолженность», «звонит») finds its content: from its own comma
part on, not in the parts before it.

«Паспорт Ивановой — 45 11 234567», «у Пети пятёрки», «вашей супруге выплату назначили, 12 400 ₽ придут 14-го» tell
the data: the figure, the name or the address stands in the kind's part or comes after it. «Для мамы подойдёт Easy
Talk за 2 490 ₽: крупные кнопки и кнопка SOS, которая звонит вам» tells nothing about the mother: the figure is the
price of what is offered, said in a part before the kind, about something else.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import Token, part_at


def from_its_part(toks: Sequence[Token], span: Span, text: str) -> list[Token]:
    """The tokens of the sentence ``toks`` from the start of the comma part (:data:`words.PART_RE`) that holds the data
    word at ``span`` to the sentence's end."""
    if not toks:
        return []
    part = part_at(text, span[0], toks[0].start, toks[-1].end)
    start = part[0] if part else toks[0].start
    return [t for t in toks if t.start >= start]
