"""Причастный оборот при подлежащем: «Письмо(,) отправленное вчера(,) пришло сегодня», «Дети(,) игравшие
во дворе(,) разбежались»; оборот перед личным местоимением: «Уставший после смены(,) он лёг спать».

The tree rule finds a participle after its noun; where the phrase ends it often misses, because the
parse of a sentence without commas hangs the main verb's words on the participle. Here agreement
decides: a noun that opens its clause, a participle after it that agrees with it in the nominative
and has words of its own, and the first finite verb after them that agrees with the noun — the
phrase ends right before that verb (with its particles «не», «уже»). Nothing is reported when a word on
the way could be the verb's subject, or a noun on the way agrees with the participle (then the
participle may stand before its own noun: «Дети купленные вчера яблоки съели»), or an adverb stands
right before the verb (it may be either's). A participial phrase that opens the sentence and is
followed by the personal pronoun it agrees with is set off always: the comma goes before the pronoun.
The findings are the tree rules' (OURS_PHRASE_COMMA).
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.language import Token
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, likeliest_pos, parses
from app.core.grammar.rules.gerund_phrases import ends_unsure, may_be_subject, verb_after_phrase
from app.core.grammar.rules.syntax_commas import _PRONOUN_HEADS, PHRASE
from app.core.grammar.rules.tree_words import (NEGATIVE_PRONOUNS, OPENERS, STEP_OVER, agree, finite, is_punct,
                                               only_gerund, relative, subject_of)

RULES = ()  # the findings are PHRASE's

_LONGEST = 10  # words from the participle to the verb: a longer stretch is not sure to be one phrase
# verbs after which the word before the pronoun may be the predicate's own: «Тяжёлый в общении он был человек»
_LINKS = frozenset({"быть", "стать", "становиться", "казаться", "оказаться", "являться", "бывать"})
_NOT_BEFORE = frozenset({"не", "ни", "лишь", "только", "даже", "уже", "еще", "ещё", "вот", "ведь", "же", "бы", "ли"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for sent in t.analysis.sentences:
        toks = sent.tokens
        pairs = list(_before_pronoun(toks))
        for p in toks[1:]:
            if _participle(p):
                pairs.extend(_after_subject(toks, p))
                pairs.extend(_after_noun(toks, p))
        for left, right in dict.fromkeys(pairs):  # a comma two checks ask for is one finding
            between = t.text[left.end:right.start]
            if not between.strip():
                found.append(finding(PHRASE, left.start, right.end, f"{left.text},{between}{right.text}"))
    return found


def _after_subject(toks: tuple[Token, ...], p: Token):
    """The commas of a participial phrase between a subject and its verb."""
    first = toks[p.index - 1] if p.index >= 2 and toks[p.index - 1].low == "не" else p
    k = first.index - 1
    opened = toks[k].text == ","
    if opened:
        k -= 1
    if k < 0 or p.index + 1 >= len(toks) or is_punct(toks[p.index + 1]) or finite(toks[p.index + 1]):
        return
    noun = toks[k]
    if noun.pos not in ("NOUN", "PROPN") or noun.low in _PRONOUN_HEADS or not _agree_nominative(noun.text, p.text) \
            or not _clause_opens(toks, k):
        return
    verb = verb_after_phrase(toks, p)
    if verb is None or not subject_of(noun.text, verb.text):
        return
    right = _closing(toks, p, verb)
    if right is None:
        return
    if not opened:
        yield noun, first
    yield toks[right.index - 1], right


def _after_noun(toks: tuple[Token, ...], p: Token):
    """The first comma of a participial phrase right after the noun it agrees with, in any case: «в лесу(,)
    кишащем волками», «из стали(,) отполированной до блеска» — when no noun after the participle agrees with
    it too (then it may stand before its own noun: «приоритет выбранного в списке модуля»)."""
    first = toks[p.index - 1] if p.index >= 2 and toks[p.index - 1].low == "не" else p
    if first.index < 1 or p.index + 1 >= len(toks):
        return
    noun, nxt = toks[first.index - 1], toks[p.index + 1]
    # the tagger, lost without commas, often calls the noun before a participle an adjective: the dictionary decides
    if not (noun.pos == "NOUN" or noun.pos == "ADJ" and likeliest_pos(noun.low) == "NOUN") or noun.low in _PRONOUN_HEADS \
            or is_punct(nxt) or finite(nxt) or not agree(noun.text, p.text):
        return
    if _same_form_adjective(nxt.text, p.text):
        return  # «делает плитку выщербленной(,) пористой»: a string of qualities, not a phrase of its own
    for tok in toks[p.index + 1:p.index + _LONGEST + 1]:
        if is_punct(tok) or finite(tok) or tok.pos in ("CCONJ", "SCONJ"):
            break
        if tok.pos in ("NOUN", "PROPN", "ADJ") and agree(tok.text, p.text):  # the tagger may call a noun an adjective
            return
    yield noun, first


def _same_form_adjective(word: str, participle: str) -> bool:
    return any(a.tag.POS == "ADJF" and p.tag.POS == "PRTF" and (a.tag.case, a.tag.number, a.tag.gender)
               == (p.tag.case, p.tag.number, p.tag.gender) for a in parses(word) for p in parses(participle))


def _before_pronoun(toks: tuple[Token, ...]):
    """«Уставший после смены(,) он лёг спать»: the sentence opens with a participle, its words run up to a
    personal pronoun that agrees with it and that a finite verb follows."""
    words = [t for t in toks if not is_punct(t)]
    if len(words) < 4 or not _opening_participle(words[0].low):
        return
    p = words[0]
    for tok in toks[p.index + 1:p.index + _LONGEST + 1]:
        if is_punct(tok) or tok.pos in ("CCONJ", "SCONJ") or relative(tok) or finite(tok) \
                or only_gerund(tok.low) or tok.pos in ("NOUN", "PROPN") and _agree_nominative(tok.text, p.text):
            return
        if tok.low in SUBJECT_PRONOUNS:
            nxt = next((t for t in toks[tok.index + 1:] if t.low not in STEP_OVER), None)  # «мы сразу уснули»
            if tok.index > p.index + 1 and nxt is not None and finite(nxt) and subject_of(tok.text, nxt.text) \
                    and not any(r.normal_form in _LINKS for r in parses(nxt.text)[:1]) \
                    and _agrees_with_pronoun(p.text, tok.low) and toks[tok.index - 1].pos not in ("ADP", "ADV", "PART"):
                yield toks[tok.index - 1], tok
            return


def _closing(toks: tuple[Token, ...], p: Token, verb: Token) -> Token | None:
    """The verb, its particles and a negative pronoun before «не»; None when the end is not sure."""
    right = verb
    while right.index - 1 > p.index + 1 and toks[right.index - 1].low in STEP_OVER:
        right = toks[right.index - 1]
    if right.low == "не" and right.index - 1 > p.index + 1 and toks[right.index - 1].low in NEGATIVE_PRONOUNS:
        right = toks[right.index - 1]
    own = toks[p.index + 1:right.index]
    if any(may_be_subject(t, verb) or t.pos in ("NOUN", "PROPN") and _agree_nominative(t.text, p.text) for t in own):
        return None
    if ends_unsure(own):
        return None  # «…текста(?) при копировании будут пропущены»: the prepositional group may be the verb's
    last = toks[right.index - 1]
    if last.pos in ("ADV", "PART", "CCONJ", "SCONJ", "ADP", "DET") or last.low in _NOT_BEFORE:
        return None
    return right


def _clause_opens(toks: tuple[Token, ...], k: int) -> bool:
    """No finite verb stands before the noun in its clause (so the verb after the phrase may be its own)."""
    while k >= 0:
        tok = toks[k]
        if is_punct(tok) or tok.pos == "SCONJ" or tok.low in OPENERS:
            return True
        if finite(tok) or only_gerund(tok.low):
            return False
        k -= 1
    return True


def _participle(tok: Token) -> bool:
    """A participle by the tagger that the dictionary knows as one (maybe also as an adjective: «измученные»),
    or a word the dictionary knows only as a participle (the tagger, lost without commas, may call it a verb)."""
    return tok.pos in ("VERB", "ADJ") and tok.feat("VerbForm") == "Part" and _has_participle(tok.low) \
        or _only_participle(tok.low)


@lru_cache(maxsize=8192)
def _only_participle(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == "PRTF" for p in readings)


@lru_cache(maxsize=8192)
def _has_participle(word: str) -> bool:
    return any(p.tag.POS == "PRTF" for p in parses(word))


@lru_cache(maxsize=8192)
def _opening_participle(word: str) -> bool:
    """The tagger often misreads a capitalised first word: the dictionary decides — a participle, maybe also
    an adjective, nothing else."""
    readings = parses(word)
    return _has_participle(word) and all(p.tag.POS in ("PRTF", "ADJF") for p in readings)


def _agree_nominative(noun: str, participle: str) -> bool:
    """The noun and the participle agree as nominatives (the noun's subject reading)."""
    return any(n.tag.POS == "NOUN" and n.tag.case == "nomn" and p.tag.POS == "PRTF" and p.tag.case == "nomn"
               and p.tag.number == n.tag.number and (n.tag.number == "plur" or p.tag.gender == n.tag.gender
                                                     or "ms-f" in n.tag)
               for n in parses(noun) for p in parses(participle))


def _agrees_with_pronoun(participle: str, pronoun: str) -> bool:
    _, number, gender = SUBJECT_PRONOUNS[pronoun]
    return any(p.tag.POS == "PRTF" and p.tag.case == "nomn" and p.tag.number == number
               and (gender is None or number == "plur" or p.tag.gender == gender) for p in parses(participle))
