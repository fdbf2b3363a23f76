"""Часть сложного предложения, которая начинается с «это»: после придаточного в начале («Если заказ пришёл
без чека(,) это ошибка склада», «Когда клиент молчит(,) это ещё не значит, что он доволен») и после части с
кратким прилагательным или причастием («Вы правы(,) это наша ошибка», «Отправка задержана(,) это связано с
погодой»).

«это» right before a predicate — a finite verb of the third person singular (past neuter), a noun or a short
neuter form in the nominative, a predicative word — is the subject of a clause of its own (or points back to
what was said before it). When the words before it already hold a clause — a subordinate one that opens the
sentence with «если», «когда», «хотя», «раз», «пока», with its predicate and nothing after it that opens
another clause; or a part whose last word is a short adjective or participle, which takes no object — the
comma goes before «это». After a verb, «это» may be its object («Если вы сделаете это…») and nothing is asked;
before an infinitive it may be the infinitive's («Рады это слышать»). The findings are OURS_CLAUSE_COMMA's after a
subordinate clause and OURS_LIST_COMMA's between two parts, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.asyndetic import _first_predicate, _link_word
from app.core.grammar.rules.dative_clauses import _CONJUNCTIONS, _relative
from app.core.grammar.rules.syntax_commas import CLAUSE, HOMOGENEOUS
from app.core.grammar.rules.tree_words import OPENERS

RULES = ()  # the findings are CLAUSE's and HOMOGENEOUS's

_SUBORDINATORS = frozenset({"если", "когда", "хотя", "раз", "пока", "поскольку", "коли", "ежели"})
_STEP = frozenset({"не", "еще", "ещё", "уже", "же", "всегда", "почти", "все", "всё", "вовсе", "и", "тоже", "даже",
                   "точно", "просто", "явно", "всего", "лишь", "только", "конечно", "вообще", "совсем", "тоже"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.text != "это" or i - start < 2 or not _predicate_after(t, i):
            continue
        prev = t.words[i - 1]
        if prev.low in OPENERS or prev.low in _CONJUNCTIONS or _link_word(prev.low):
            continue
        part = t.words[start:i]
        if part[0].low in _SUBORDINATORS and i - start >= 3 and not _verbal(prev.text) and _closed(part[1:]):
            rule = CLAUSE
        elif _short_form(prev.text):
            rule = HOMOGENEOUS
        else:
            continue
        found.append(finding(rule, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _predicate_after(t: Text, i: int) -> bool:
    """Past a few particles, «это» at i has a predicate of its own: a verb of the third person singular or neuter
    past, «значит», a noun in the nominative (maybe after its adjective), a short neuter form, a predicative word — and no infinitive."""
    k = i + 1
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _STEP and k - i <= 3:
        k += 1
    if k >= len(t.words) or not t.plain_gap(k):
        return False
    readings = [p for p in parses(t.words[k].text) if p.score >= 0.1]
    if not readings or any(p.tag.POS == "INFN" for p in readings):
        return False
    top = readings[0].tag
    if top.POS == "VERB":
        return "impr" not in top and (top.person == "3per" and top.number == "sing" or top.gender == "neut")
    if top.POS == "ADJF" and top.case == "nomn" and k + 1 < len(t.words) and t.plain_gap(k + 1):
        k += 1  # «это наша ошибка»: the noun's adjective before it
        readings = [p for p in parses(t.words[k].text) if p.score >= 0.1]
        top = readings[0].tag if readings else top
    if top.POS == "NOUN":
        return top.case == "nomn" and all(p.tag.case in ("nomn", "accs") for p in readings if p.tag.POS == "NOUN") \
            and t.words[k].text.islower()
    return top.POS == "PRED" or top.POS in ("ADJS", "PRTS") and top.gender == "neut"


def _closed(words) -> bool:
    """The clause's predicate stands among the words, and after the last one no conjunction or relative word
    opens another clause «это» could belong to."""
    last = max((k for k, w in enumerate(words) if _first_predicate(w.low)), default=None)
    return last is not None and not any(
        w.low in OPENERS or w.low in _CONJUNCTIONS or _relative(w.low) for w in words[last + 1:])


@lru_cache(maxsize=8192)
def _verbal(word: str) -> bool:
    """A verb, an infinitive, a participle or a gerund by some reading: «это» after it may be its object."""
    return any(p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") for p in parses(word))


@lru_cache(maxsize=8192)
def _short_form(word: str) -> bool:
    """Every likely reading is a short adjective or participle, which takes no object: «правы», «задержано»."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    return word.islower() and bool(readings) and all(p.tag.POS in ("ADJS", "PRTS") for p in readings)
