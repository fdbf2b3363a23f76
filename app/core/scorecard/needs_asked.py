"""«Хотим переоформить номер на компанию. Что для этого нужно?» — «Да, номер можно переоформить»: the customer asked
what it takes (documents, steps, conditions), and the reply only says that it can be done. A «что / какой … нужно /
нужны / требуется» question wants the things needed named, as «как это сделать?» wants the way; a yes or a «можно»
names none of them, and the customer has to ask again (the rubric's bare «да, можно» where the customer must act)."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import tokenize

# what is needed, as asked and as told: «нужно», «нужны», «надо», «требуется», «необходимо», «понадобится»
_NEED = frozenset({"нужный", "нужно", "надо", "необходимо", "необходимый", "требоваться", "потребоваться",
                   "понадобиться", "достаточно", "хватить"})
_WHAT = frozenset({"что", "какой", "чего"})
_YES = frozenset({"да", "конечно"})


def asks_what_needed(r: Reply) -> bool:
    """A question of the customer's with «что» or «какой» before a word of need: «Что для этого нужно?», «Какие
    документы нужны?», «что требуется от нас?» — not «Нужно ли что-то подписывать?», which a yes or a no answers."""
    for chunk in questions(r):
        words = tokenize(chunk)
        for i, tok in enumerate(words):
            if tok.lemmas & _NEED and any(t.lower in _WHAT or t.lemmas & _WHAT for t in words[:i]) \
                    and not any(t.lower == "ли" for t in words[max(0, i - 1):i + 2]):
                return True
    return False


def needs_unnamed(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """The sentence that opens with a yes («Да, номер можно переоформить») when the customer asked what is needed and
    the reply names nothing needed — no word of need, no step bidden to the customer, nothing a figure counts. Empty
    when the question is not of that kind or the reply does name something."""
    if not asks_what_needed(r):
        return []
    kept = [t for t in r.tokens if not any(a[0] <= t.start < a[1] for a in aside)]
    if any(t.lemmas & _NEED for t in kept) or r.imperatives[0] or r.imperatives[1] \
            or any(t.tag.startswith("NUMR") or t.lower.isdigit() for t in kept):
        return []
    for s, e in r.sentences:
        words = r.tokens_in(s, e)
        # a sentence that opens with a yes: «Скан можно прислать на почту» names where, it is no bare yes
        if words and words[0].lower in _YES and not any(a[0] <= s < a[1] for a in aside):
            return [(words[0].start, words[-1].end - words[0].start)]
    return []
