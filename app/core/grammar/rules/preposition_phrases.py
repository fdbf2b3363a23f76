"""Оборот с «несмотря на» и «судя по» в начале предложения или части: «Несмотря на дождь(,) курьер приехал
вовремя», «Судя по отзывам(,) магазин работает хорошо», «…и несмотря на пробки(,) мы успели».

By Rosenthal a phrase with «несмотря на» is set off always, and one with «судя по», which names where
the speaker's knowledge comes from, as a rule; other prepositions («благодаря», «вопреки», «в отличие
от») leave the comma to the writer, so they are not asked for. Where the phrase opens the sentence (or
a part of it, after «и», «но», «а», «что») it ends before the main clause's subject: the first finite
verb after the phrase has right before it (adverbs and particles aside) a personal pronoun or a noun
that is only a nominative and agrees with it, with that noun's adjectives. When no such subject
stands there, the end is not sure and nothing is reported. «Несмотря на то что», «судя по тому, как»
are clauses (another rule's), «судя по всему» an introductory phrase (another rule's).
"""

from __future__ import annotations

from dataclasses import replace

from app.core.grammar.findings import Category, Finding
from app.core.grammar.language import Token
from app.core.grammar.rules._base import RuleInfo, Text, finding
from app.core.grammar.rules.tree_words import is_punct, subject_after_gerund
from app.core.phrase import phrase

PREPOSITION_PHRASE = RuleInfo(
    "OURS_PREPOSITION_PHRASE_COMMA",
    phrase("Запятая после оборота с «несмотря на» и «судя по»"),
    phrase("Оборот с «несмотря на» или «судя по» отделяется запятой."),
    phrase("Оборот с предлогом «несмотря на» обособляется всегда: «Несмотря на пробки, курьер приехал "
    "вовремя». Оборот со словами «судя по» указывает, откуда говорящий это знает, и тоже отделяется "
    "запятой: «Судя по отзывам, магазин работает хорошо». Если оборот стоит в начале предложения, "
    "запятая ставится после него, перед главной частью."),
    Category.PUNCTUATION,
)

RULES = (PREPOSITION_PHRASE,)

_OPENING = {"несмотря": "на", "судя": "по"}
# the words after which the phrase opens a part of the sentence: «…и несмотря на пробки(,) мы успели»
_PART_OPENERS = frozenset({"и", "но", "а", "что", "однако", "зато"})
# a clause or a set phrase follows: «несмотря на то что», «судя по тому, как», «судя по всему»
_NOT_A_PHRASE = frozenset({"то", "тому", "всему", "всем"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for sent in t.analysis.sentences:
        toks = sent.tokens
        for tok in toks[:-2]:
            if _OPENING.get(tok.low) != toks[tok.index + 1].low or toks[tok.index + 2].low in _NOT_A_PHRASE \
                    or not _opens_part(toks, tok):
                continue
            part = _from(toks, tok.index)
            subject = subject_after_gerund(part, part[0])
            if subject is None:
                continue
            right = toks[tok.index + subject.index]
            if any(t.pos in ("ADP", "ADV") for t in toks[tok.index + 2:right.index]):
                continue  # «Судя по их виду(?) при жизни они…»: a second group may open the main clause
            left = toks[right.index - 1]
            between = t.text[left.end:right.start]
            if right.index - 1 > tok.index + 1 and not between.strip():
                found.append(finding(PREPOSITION_PHRASE, left.start, right.end, f"{left.text},{between}{right.text}"))
    return found


def _opens_part(toks: tuple[Token, ...], tok: Token) -> bool:
    """The phrase stands first in the sentence, or right after a conjunction that opens a part of it."""
    words = [t for t in toks[:tok.index] if not is_punct(t)]
    return not words or toks[tok.index - 1].low in _PART_OPENERS


def _from(toks: tuple[Token, ...], start: int) -> tuple[Token, ...]:
    """The tokens from ``start`` on, numbered from 0: the subject search looks at what follows a sentence's
    first word."""
    return tuple(replace(t, index=t.index - start) for t in toks[start:])
