"""Запятая перед союзом «иначе» («а то», «в противном случае»): «Оплатите до пятницы, иначе бронь снимут».

«Иначе» is also an adverb of manner («сделать иначе», «совсем иначе»). It is the conjunction when a clause of
its own follows it: a finite verb («иначе опоздаете»), «не» and one, or a subject in the nominative with its
verb («иначе клиент не подпишет»). Before it stands a word of the first clause, not a word of degree
(«совсем иначе») nor «так или» (introductory.py's «так или иначе»), «не» («не иначе как») or a conjunction.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, parses
from app.core.grammar.rules.conjunctions import CONJ_COMMA
from app.core.phrase import phrase

RULES = ()  # the findings carry OURS_CONJ_COMMA: one rule to the learner

_NOT_BEFORE = frozenset({"так", "или", "не", "совсем", "совершенно", "абсолютно", "немного", "чуть", "несколько",
                         "гораздо", "куда", "намного", "несколько", "а", "и", "но", "что", "как", "очень", "чуточку"})


def _finite(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "VERB" and readings[0].tag.mood == "indc"


def _clause_at(t: Text, k: int) -> bool:
    """A clause begins at word k: «(не) VERB» or a nominative subject and «(не) VERB»."""
    w = t.word(k)
    if w is None or not t.plain_gap(k):
        return False
    if w.low == "не":
        k += 1
        w = t.word(k)
        return w is not None and t.plain_gap(k) and _finite(w.text)
    if _finite(w.text):
        return True
    readings = parses(w.text)
    # a noun that cannot be the object: only a nominative, or a person (whose accusative is the genitive)
    nominative = w.low in SUBJECT_PRONOUNS or bool(readings) and readings[0].tag.POS == "NOUN" and (
        readings[0].tag.case == "nomn") and ("anim" in readings[0].tag or all(
            p.tag.case == "nomn" for p in readings if p.tag.POS == "NOUN"))
    return nominative and _clause_at(t, k + 1) and (t.word(k + 1).low == "не" or _finite(t.word(k + 1).text))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low != "иначе" or i == 0 or not t.plain_gap(i) or t.starts_sentence(i):
            continue
        prev = t.words[i - 1]
        if prev.low in _NOT_BEFORE or (nxt := t.word(i + 1)) is not None and nxt.low in ("говоря", "как", "чем"):
            continue
        if _clause_at(t, i + 1):
            found.append(finding(CONJ_COMMA, prev.start, w.end, f"{prev.text}, {w.text}",
                                 message=phrase("Союз «иначе» («а то», «в противном случае») присоединяет часть "
                                                "сложного предложения: перед ним нужна запятая.")))
    return found
