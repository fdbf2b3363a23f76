"""«Как поменять преподавателя?» — «Да, конечно, преподавателя можно поменять, это бесплатно»: to a question of how,
the asked doing said back only as what can be done tells that it can, not how (the rubric: «Да, можно» where the
customer needs to know how is no answer)."""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.dial_codes import dialled_way
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE
from app.core.scorecard.words import PART_RE, tokenize


def can_for_how(r: Reply, aside: list[Span] | tuple[Span, ...] = ()) -> list[Span]:
    """The «можно <the asked verb>» part of the reply, when the customer asked how to do that and the reply has no
    step, no path through the interface, no code to dial anywhere, and the part itself names no means or place (a
    preposition's phrase: «в отделении», «через приложение», «по заявлению», «у куратора»)."""
    asked = set()
    for chunk in questions(r):
        words = tokenize(chunk)
        for i, tok in enumerate(words):
            if tok.lower == "как":
                asked |= {x for t in words[i + 1:i + 4] if t.tag.startswith("INFN") for x in t.lemmas}
    if not asked or r.imperatives[0] or r.imperatives[1] or WHERE_RE.search(r.text) or dialled_way(r):
        return []
    for m in PART_RE.finditer(r.text):
        if any(a[0] <= m.start() < a[1] for a in aside):
            continue
        part = r.tokens_in(m.start(), m.end())
        can = next((t for t in part if t.lower == "можно"), None)
        doing = next((t for t in part if t.tag.startswith("INFN") and t.lemmas & asked), None)
        if can is not None and doing is not None and not any(t.tag.startswith("PREP") for t in part):
            start, end = min(can.start, doing.start), max(can.end, doing.end)
            return [(start, end - start)]
    return []
