"""Конец придаточного с «который», стоящего внутри главного предложения после подлежащего: «Мастер, который
к вам приезжал(,) уже в пути», «Письма, на которые вы ждёте ответа(,) придут завтра».

The sentence opens with its subject — a noun in the nominative, maybe after its adjectives — and a form of
«который» (maybe after its preposition) that agrees with it in number and gender opens a clause. The clause
runs up to the first finite verb or short form after the clause's own verb that agrees with the subject; the
comma closes the clause before that predicate, before the particles and the adverb standing by it. Nothing is
asked for where a conjunction, another clause word or a mark stands between the two predicates, where the
clause's verb is «быть» or a short form follows it (the short form may be the clause's: «который был болен»),
or where the tree hangs a word between the predicates on the main one: the border is not sure then. The comma
before «который» is the conjunction rule's; the writer's own comma there is no hindrance. The findings are
OURS_CLAUSE_COMMA's, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import Text, parses
from app.core.grammar.rules.clause_borders import (BE_FORMS, MAYBE_SUBJECT, is_short_form, main_verb, manner_adverb,
                                                    step_back)
from app.core.grammar.rules.syntax_commas import CLAUSE
from app.core.grammar.rules.tree_words import is_punct, missing_comma, nearest_verb, subject_of

RULES = ()  # the findings are CLAUSE's


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for sent in t.analysis.sentences:
        for left, right in _relative_end(sent):
            if (hit := missing_comma(t, CLAUSE, left, right)) is not None:
                found.append(hit)
    return found


def _relative_end(sent: Sentence):
    toks = sent.tokens
    k = 0
    while k < len(toks) and toks[k].pos in ("ADJ", "DET") and toks[k].feat("Case") == "Nom":
        k += 1
    if k + 3 >= len(toks) or toks[k].pos not in ("NOUN", "PROPN") or toks[k].feat("Case") != "Nom":
        return
    noun, rel = toks[k], k + 1
    if is_punct(toks[rel]) and toks[rel].text == ",":
        rel += 1  # the writer's comma before the clause
    if rel + 1 < len(toks) and toks[rel].pos == "ADP":
        rel += 1
    if rel >= len(toks) or not _which_of(noun.text, toks[rel].low):
        return
    if toks[-1].text == "?" or any(is_punct(t) for t in toks[rel:-1]):
        return
    v1 = main_verb(toks, rel + 1, None)
    if v1 is None:
        return
    v2 = main_verb(toks, v1.index + 1, noun, short_of=noun)
    if v2 is None:
        return
    right = step_back(toks, v2, v1.index)
    if right.index - 2 > v1.index and manner_adverb(toks[right.index - 1]):
        right = toks[right.index - 1]  # «Мастер, который приезжал вчера(,) обычно работает…»
    words = toks[v1.index + 1:right.index]
    if not words or v1.low in BE_FORMS or any(is_short_form(t.text) or t.low in MAYBE_SUBJECT
                                         for t in toks[v1.index + 1:v2.index]) or not _clause_own(sent, v1, v2, words):
        return
    yield toks[right.index - 1], right


def _clause_own(sent: Sentence, v1: Token, v2: Token, words: tuple[Token, ...]) -> bool:
    """The words after the clause's verb are all its own by the tree: an adverb among them only when a word of
    the clause follows it («бились вместе с вами»), a nominative only as the clause verb's subject («от
    которого зависит успех»)."""
    return words[-1].pos != "ADV" and all(
        nearest_verb(sent, t, v1, v2) is v1 and (t.feat("Case") != "Nom" or subject_of(t.text, v1.text))
        for t in words)


def _which_of(noun: str, word: str) -> bool:
    """The word is a form of «который» that agrees with the noun in number (and gender, in the singular)."""
    rels = [p.tag for p in parses(word) if p.normal_form == "который"]
    nouns = [p.tag for p in parses(noun) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    return any(r.number == n.number and (n.number == "plur" or r.gender == n.gender) for r in rels for n in nouns)
