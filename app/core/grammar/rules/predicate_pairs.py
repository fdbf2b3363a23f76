"""Однородные сказуемые без союза, между которыми стоят слова первого: «Курьер позвонил клиенту(,) уточнил
адрес», «Она стояла у окна(,) ждала».

Two finite verbs in one form (mood, tense, person, number, gender) with one to four words between them and no
conjunction, clause word or mark there are two predicates of one subject — or two clauses: either way a comma
parts them. It goes right before the second verb (before its «не») when the tree hangs every word between on the
first verb and the last of them is no adverb (that could be the second verb's: «…домой(?) поздно лёг»). Nothing
is asked for where a word between may be a nominative, whatever the tagger says (it may be the second verb's
subject: «…в карты(?) не режутся»; «Я знаю(,) ты придёшь» is another rule's),
where a clause word precedes the first verb (the pair may be a subordinate clause's), nor after a verb that is
part of another predicate or a parenthesis («было», «значит», «кажется»). Verbs side by side («пойду
посмотрю») are the bare-lists rule's; these findings are OURS_LIST_COMMA's, explained in
:mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.language import Sentence
from app.core.grammar.rules._base import Text, known, parses
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS
from app.core.grammar.rules.tree_words import OPENERS, STEP_OVER, is_punct, missing_comma, nearest_verb

RULES = ()  # the findings are HOMOGENEOUS's

# verbs that belong to another predicate or stand as a parenthesis: «было», «стало», «значит», «кажется»
_LINKS = frozenset({"быть", "стать", "значить", "казаться", "показаться", "давать", "дать"})
_JOINS = frozenset({"и", "а", "но", "или", "либо", "да", "ни", "то", "зато", "однако", "тоже", "также", "так", "как",
                    "чем", "ли", "бы", "же", "вот", "ведь", "пусть", "пускай", "чего", "чему", "чём", "кого", "кому",
                    "ком", "кем"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for sent in t.analysis.sentences:
        for left, right in _pairs(sent):
            if (hit := missing_comma(t, HOMOGENEOUS, left, right)) is not None:
                found.append(hit)
    return found


def _pairs(sent: Sentence):
    toks = sent.tokens
    verbs = [tok for tok in toks if tok.pos in ("VERB", "AUX") and tok.feat("VerbForm") == "Fin"
             and tok.feat("Mood") != "Imp" and _forms(tok.low)]
    for v1, v2 in zip(verbs, verbs[1:]):
        right = toks[v2.index - 1] if toks[v2.index - 1].low == "не" else v2
        between = toks[v1.index + 1:right.index]
        if not 1 <= len(between) <= 4 or not _forms(v1.low) & _forms(v2.low):
            continue
        if any(is_punct(x) or x.low in _JOINS or x.low in OPENERS or x.pos in ("CCONJ", "SCONJ", "VERB", "AUX")
               or x.feat("Case") == "Nom" or _maybe_nominative(x.low) for x in between):
            continue
        if any(x.low in OPENERS or x.low in _JOINS or x.pos == "SCONJ" for x in toks[:v1.index]):
            continue
        last = between[-1]
        if last.pos == "ADV" or last.low in STEP_OVER or any(nearest_verb(sent, x, v1, v2) is not v1 for x in between):
            continue
        yield last, right


@lru_cache(maxsize=8192)
def _maybe_nominative(word: str) -> bool:
    """Some likely reading is a nominative noun, pronoun, adjective or participle: a subject of the second
    verb may stand there, whatever the tagger says («в карты не режутся», «плащ его развевался»)."""
    return any(p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF")
               for p in parses(word) if p.score >= 0.05)


@lru_cache(maxsize=8192)
def _forms(word: str) -> frozenset:
    """(mood, tense, person, number, gender) of a word every likely reading of which is a finite verb not
    among the linking ones; empty for any other word."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    if not known(word) or not readings or any(p.tag.POS != "VERB" or p.normal_form in _LINKS for p in readings):
        return frozenset()
    return frozenset((p.tag.mood, p.tag.tense, p.tag.person, p.tag.number,
                      p.tag.gender if p.tag.tense == "past" and p.tag.number == "sing" else None) for p in readings)
