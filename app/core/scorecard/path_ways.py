"""A path through the interface that ends on a button named for the very doing the customer asks for is the way to do
it, however the sentence around it is worded: «надо закрыть её карту» — «в её приложении «Карты» → «Закрыть карту»»;
«как удалить аккаунт?» — «удаление — в разделе «Профиль» → «Удалить аккаунт»»; «отпишите меня» — «Настройки» →
«Отписаться». A button is named with an infinitive («Закрыть карту», «Не продлевать»), so its last label tells what
the path leads to; when that verb is of one family with a verb the customer asks with («закрыть», «удалите»,
«отпишите»), the customer has the way even if no imperative or «можно» stands beside it.

A path that ends elsewhere («Настройки» → «Уведомления» to «как удалить аккаунт?») or on a noun («Мои заказы») says
nothing here: other rules read it.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.word_family import same_family
from app.core.scorecard.words import tokenize

# the last label of a path: a quoted name after an arrow that no further arrow follows
_LAST_LABEL_RE = re.compile(r"(?:→|->|>)\s*«([^«»\n]{2,60})»(?!\s*(?:→|->|>))")
# the labels before it: quoted names, or a few unquoted words («карту *4471»), each followed by an arrow
_LEAD_RE = re.compile(r"(?:(?:«[^«»\n]{1,60}»|[^\s«»→>.!?;:][^«»→>\n.!?;:]{0,30}?)\s*(?:→|->|>)\s*)+")


def _asked_verbs(r: Reply) -> list[str]:
    """The verbs the customer asks or bids with: an infinitive («хочу закрыть», «как отключить?») or an imperative
    («удалите», «отпишите»)."""
    return [t.lower for t in r.customer_tokens if t.tag.startswith("INFN") or "impr" in t.tag]


def _button_verb(label: str) -> str:
    """The infinitive a button's name opens with, past a «не»: «Закрыть карту» — «закрыть», «Не продлевать» —
    «продлевать»; '' for a section named with a noun («Мои заказы»)."""
    words = tokenize(label)
    if words and words[0].lower == "не":
        words = words[1:]
    return words[0].lower if words and words[0].tag.startswith("INFN") else ""


def path_ways(r: Reply) -> list[Span]:
    """Each path whose last button names the doing the customer asks for, from its first label to its last."""
    asked = _asked_verbs(r)
    if not asked:
        return []
    text = r.text
    found: list[Span] = []
    for m in _LAST_LABEL_RE.finditer(text):
        verb = _button_verb(m.group(1))
        if not verb or not any(same_family(verb, a) for a in asked):
            continue
        start = m.start()
        for at in range(max(0, m.start() - 200), m.start()):  # the earliest label the arrows lead on from
            if text[at] == "«" and _LEAD_RE.fullmatch(text, at, m.start() + 1 + (text[m.start()] == "-")):
                start = at
                break
        found.append((start, m.end() - start))
    return found
