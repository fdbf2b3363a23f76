"""A moment named by what happens at it: «И когда первый платёж?» — «первый — при записи».

A «когда?» about a thing of the customer's is answered as well by the event it comes with as by a date: the first
payment «при записи», the deposit «при заселении», the fee «при получении». Only in a clause that speaks of the
thing asked about (one of the question's words), so «при оплате картой» said of another matter answers no «когда?».
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.questions import content, questions, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import DASHED_PART_RE, tokenize


def moments(r: Reply) -> list[Span]:
    """The «при + noun» of a clause about the thing a «когда?» question asks of."""
    topic: set[str] = set()
    for chunk in questions(r):
        words = tokenize(chunk)
        if any(t.lower == "когда" for t in words):
            for lemmas in content(words).values():
                topic |= lemmas | {x[:5] for x in lemmas if len(x) >= 6}
    if not topic:
        return []
    found = []
    for m in DASHED_PART_RE.finditer(r.text):
        words = r.tokens_in(m.start(), m.end())
        at = next((i for i, t in enumerate(words[:-1]) if t.lower == "при" and words[i + 1].tag.startswith("NOUN")),
                  None)
        if at is not None and any(touched(t.lemmas, topic) for t in words[:at] + words[at + 2:]):
            found.append((words[at].start, words[at + 1].end - words[at].start))
    return found
