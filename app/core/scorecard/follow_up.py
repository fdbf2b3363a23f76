"""What is not answered yet but promised, with its time: «Подберу три тура и пришлю их сегодня до 19:00, с ценой на
двоих» to «сколько будет стоить тур?».

The rubric's second way to meet «Решение»: the problem is not solved, but who does what by when is named. So a
question left open is no half-answer when the operator's own next step with its deadline is about that very
question — its words, or the kind of answer it wants (a price, a date).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.questions import content, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import tokenize

# The words that name what a kind of question wants, by the word that asks it: a promised «расчёт» or «цена»
# answers «сколько стоит?».
_KIND_WORDS = (
    ("стоит", frozenset({"цена", "стоимость", "стоить", "расчёт", "расчет", "сумма"})),
    ("сколько", frozenset({"сумма", "количество", "расчёт", "расчет", "число"})),
    ("когда", frozenset({"срок", "дата", "время", "день", "расписание"})),
    ("долго", frozenset({"срок", "дата", "время"})),
)


def promised_answer(r: Reply, aside: Sequence[Span], frames: Sequence[Span], missing: str) -> list[Span]:
    """The operator's first-person promise («пришлю», «уточню и напишу») with a time frame in the same sentence,
    speaking of what is ``missing`` (as :func:`questions.unanswered` names it: «сколько стоит», or the question
    left untouched)."""
    asked = set().union(*content(tokenize(missing)).values()) if content(tokenize(missing)) else set()
    kinds = set().union(*(words for cue, words in _KIND_WORDS if cue in missing.lower()))
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside) or not any(start <= f[0] < end for f in frames):
            continue
        words = [t for t in r.tokens if start <= t.start < end]
        # the likeliest reading a first-person future: «пришлю», not «на почту» (also «я почту»)
        own = [t for i, t in enumerate(words) if t.tag.startswith("VERB") and "1per" in t.tag and "futr" in t.tag
               and not (i and words[i - 1].lower == "не")]
        if own and any(touched(t.lemmas, asked) or t.lemmas & kinds for t in words if t not in own):
            return [(own[0].start, own[0].end - own[0].start)]
    return []
