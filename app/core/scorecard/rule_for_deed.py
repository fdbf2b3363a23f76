"""A rule told to a customer who asks what to do: «Что сделать, чтобы не платить комиссию?» — «Комиссия берётся при
переводе больше 100 000 ₽ в месяц».

The customer wants a way forward, and the reply states how things are: a present-tense rule with its figures. The
customer is left to work out the step themselves — what to change, where, how — and the rubric wants the answer «так,
что ему не нужно переспрашивать». Said with a step («…, поэтому переводите частями»), with «можно / нужно / стоит»
or with a deed of the operator's, the rule is a way; alone it is none.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import tokenize

_DO = frozenset({"делать", "сделать", "предпринять", "предпринимать"})
# What makes a sentence of the reply a way: a modal of leave or need, advice.
_WAY = frozenset({"можно", "нужно", "надо", "необходимо", "следует", "стоить", "советовать", "рекомендовать",
                  "достаточно", "мочь", "помочь", "попробовать", "нельзя"})


def asks_what_to_do(r: Reply) -> bool:
    """«Что мне теперь делать?», «что сделать, чтобы…», «как быть?»: the customer asks for the step itself."""
    for chunk in questions(r):
        words = tokenize(chunk)
        for i, t in enumerate(words):
            if t.lower == "что" and any(w.lemmas & _DO for w in words[i + 1:i + 4]):
                return True
            if t.lower == "как" and i + 1 < len(words) and words[i + 1].lower == "быть":
                return True
    return False


def rule_only(r: Reply, given: list[Span]) -> list[Span]:
    """The figures given, when the customer asked what to do and the reply names no step, no leave or need and no
    way at all — only how things are."""
    if not given or not asks_what_to_do(r) or r.imperatives[0] or r.imperatives[1]:
        return []
    if any(t.lemmas & _WAY or t.lower in _WAY or "impr" in t.tag or "2per" in t.tag for t in r.tokens):
        return []  # «переводите частями» read as «вы переводите» is the step all the same
    start, end = r.sentence_at(given[0][0])
    return [(start, end - start)]
