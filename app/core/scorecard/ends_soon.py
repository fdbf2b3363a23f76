"""«Завтрак заканчивается через 40 минут!», «скидка по нему заканчивается сегодня»: something the customer wants ends
within minutes or hours — the rubric's «срочность» (issue 15, «Сочувствие»).

The rubric's examples of urgency are the customer's own event close at hand («через час экзамен», «стоит на кассе»).
An offer, a service or a time window that is about to close presses the customer the same way: a verb of ending or
closing (present or future) with «через» and minutes or hours, or with «сегодня» / «вот-вот». Not a question
(«Когда заканчивается акция?», «…закончится сегодня?»), not a supposition («если акция закончится через час…»), and
not a far date («заканчивается 31 декабря»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_ENDING = frozenset({"заканчиваться", "закончиться", "кончаться", "кончиться", "закрываться", "закрыться", "истекать",
                     "истечь", "сгорать", "сгореть", "завершаться", "завершиться", "прекращаться", "прекратиться"})
_SOON_UNITS = frozenset({"минута", "час", "полчаса"})
_NOW = frozenset({"сегодня", "вот-вот"})
_SUPPOSING = frozenset({"если", "ли", "когда", "вдруг", "чтобы", "обычно"})


def ends_soon(text: str, tokens: Sequence[Token]) -> list[str]:
    """A verb of ending in the present or future with «через N минут / час» or «сегодня» in the same statement."""
    found = []
    for start, end in sentences(text):
        words = [t for t in tokens if start <= t.start < end]
        if not words or text[start:end].rstrip().endswith("?") or {t.lower for t in words} & _SUPPOSING:
            continue
        verb = next((t for t in words if t.lemmas & _ENDING and t.tag.startswith("VERB")
                     and ("pres" in t.tag or "futr" in t.tag)), None)
        if verb is None:
            continue
        for i, tok in enumerate(words):
            if tok.lower == "через":
                unit = next((t for t in words[i + 1:i + 4] if t.lemmas & _SOON_UNITS), None)
                if unit is not None:
                    found.append(text[min(verb.start, tok.start):max(verb.end, unit.end)])
                    break
            elif tok.lower in _NOW:
                found.append(text[min(verb.start, tok.start):max(verb.end, tok.end)])
                break
    return found
