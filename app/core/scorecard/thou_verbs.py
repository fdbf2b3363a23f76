"""«Скачаешь в кабинете», «увидишь там всё»: a verb in the second person singular speaks to the customer on «ты»
as the pronoun does — unless it is the generic «you» of a saying or of a general truth.

The rubric fails tone for «ты» in a pronoun or in a verb form, even one word. Imperatives are read in reply.py;
this reads the finite forms («скачаешь», «можешь», «найдёшь»). A generic «ты» is left alone: a denied one («хуже не
придумаешь», «врагу не пожелаешь»), one in a subordinate clause of a general truth («когда остаёшься без связи»,
«за то, чем не пользуешься»), and one inside quotation marks (the customer's or a screen's words read back).
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import PART_RE, Token

# A clause opened by one of these states a general truth or a condition: «когда остаёшься без связи».
_SUBORDINATE = frozenset({"когда", "если", "чем", "что", "как", "пока", "где", "раз", "хотя", "чтобы", "который",
                          "которая", "которое", "которые", "куда", "откуда", "ведь"})
_QUOTED_RE = re.compile(r"«[^»]*»|\"[^\"]*\"|„[^“]*“")


def thou_verbs(r: Reply) -> list[Span]:
    """The finite verbs of the second person singular that speak to the customer («скачаешь», «сможешь»)."""
    quoted = [m.span() for m in _QUOTED_RE.finditer(r.text)]
    found = []
    for start, end in _clauses(r.text):
        words = r.tokens_in(start, end)
        for i, tok in enumerate(words):
            if not _thou(tok) or any(a <= tok.start < b for a, b in quoted):
                continue
            before = words[:i]
            if before and before[-1].lower == "не":
                continue  # «хуже не придумаешь»: a saying
            if any(t.lower in _SUBORDINATE for t in before):
                continue  # «когда остаёшься без связи»: a general truth
            found.append((tok.start, tok.end - tok.start))
    return found


def _thou(tok: Token) -> bool:
    return tok.tag.startswith("VERB") and "2per" in tok.tag and "sing" in tok.tag and "impr" not in tok.tag


def _clauses(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PART_RE.finditer(text) if m.group().strip()]
