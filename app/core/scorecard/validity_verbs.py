"""«Скидка действовала до 30 ноября, исключений мы не делаем»: how long a rule holds is no step (issue 15, «Решение»).

The solution rules take a verb with a time frame for a step with its term («мастер приедет завтра»). A verb that tells
how long an offer, a code or points are valid — «действует до 31 декабря», «баллы действуют 2 года», «бонусы сгорают
через год», «срок истекает 5-го» — says when a rule holds, not what anyone will do. Beside a refusal it only restates
the rule being refused, so it must not stand in for the other way the rubric asks a refusal to give.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

_VALIDITY = frozenset({"действовать", "сгорать", "сгореть", "истекать", "истечь", "распространяться", "аннулироваться",
                       "обнуляться", "обнулиться"})


def beyond_validity(r: Reply, actions: Sequence[Span]) -> list[Span]:
    """The actions that are not verbs of a rule's validity («действовала», «сгорают»)."""
    return [a for a in actions
            if not any(t.lemmas & _VALIDITY for t in r.tokens_in(a[0], a[0] + max(a[1], 1)))]
