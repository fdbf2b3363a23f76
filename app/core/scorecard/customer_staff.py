"""Dissatisfaction with a person who serves the customer for the company: «Преподаватель не подходит совсем», «хочу
сменить преподавателя, не нравится, как объясняет», «тренер объясняет слишком быстро, сын не успевает».

The rubric's complaint is any unpleasantness the customer reports (docs/scorecard_rubric.md, «Сочувствие»). A thing that
«не подошла по размеру» is how a return is asked for, and a course that «не подошёл» is read either way; but a teacher,
a coach, a courier the customer does not get on with is the service itself gone wrong for them, so sympathy is due.
Read from the parse of each sentence that names such a person as a subject: of a negated verb of liking or suiting
(«не нравится», «не подходит», «не устраивает»), or of what is done «слишком» / «чересчур» — not in an «если» clause,
which supposes. («Хочу сменить преподавателя, не нравится, как объясняет» names the person only as what is to be
changed, and is left to the other rules.)
"""

from __future__ import annotations

from app.core.grammar.language.syntax import analyse
from app.core.scorecard.customer_deliveries import lemmas
from app.core.scorecard.customer_others import AGENTS
from app.core.scorecard.words import morph

_SUITING = frozenset({"нравиться", "понравиться", "подходить", "подойти", "устраивать", "устроить"})
_TOO = frozenset({"слишком", "чересчур"})


def _person(word: str) -> bool:
    """A noun of the company's people that names a person (animate by every reading): not «банк», «компания»."""
    readings = [p for p in morph().parse(word) if p.tag.POS == "NOUN"]
    return bool(readings) and all("anim" in p.tag for p in readings) \
        and any(p.normal_form in AGENTS for p in readings)


def staff_faulted(text: str) -> list[str]:
    """The words that tell the customer is unhappy with one of the company's people, read line by line (a chat line is
    a sentence of its own)."""
    found: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            for sentence in analyse(line).sentences:
                tokens = sentence.tokens
                if any(t.low == "если" for t in tokens):
                    continue
                staff = [t for t in tokens if t.pos in ("NOUN", "PROPN") and _person(t.low)]  # a capital may read as PROPN
                if not staff:
                    continue
                for tok in tokens:
                    if tok.pos in ("VERB", "AUX") and lemmas(tok) & _SUITING \
                            and tok.index and tokens[tok.index - 1].low == "не" \
                            and any(s.head == tok.index and s.rel.startswith("nsubj") for s in staff):
                        found.append(line[tokens[tok.index - 1].start:tok.end])
                    elif tok.low in _TOO and any(s.rel.startswith("nsubj") and s.index < tok.index for s in staff):
                        head = sentence.head_of(tok)
                        found.append(line[tok.start:head.end] if head is not None and head.index > tok.index
                                     else tok.text)
    return found
