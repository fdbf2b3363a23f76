"""Деепричастный оборот внутри предложения: между подлежащим и сказуемым («Мастер(,) закончив работу(,)
ушёл домой») и после союза «и», который соединяет два сказуемых («Он вернулся и(,) закрыв дверь(,) сел за
стол»).

The tree rules find where such a phrase begins; where it ends they often miss, because the parse of
a sentence without commas hangs the main verb's words on the gerund. Here the phrase ends right before
the first finite verb after the gerund — with its particles («не», «уже») and a negative pronoun
before «не» — when nothing on the way could start another clause or phrase (a mark, a conjunction, a
relative word, another gerund) and no word on the way could be that verb's subject. Where the phrase
stands between a subject and its verb the subject comes before it and the verb agrees with it; after
«и» the first predicate comes before «и», and a subject right before the second one (a personal
pronoun or a noun only in the nominative that agrees with it) opens the second part. An adverb right
before the verb may be either verb's, so then nothing is reported. A gerund with no word of its own
before the verb is left alone: «не глядя подписал». The findings are the tree rules' (OURS_PHRASE_COMMA).
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.language import Token
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, parses
from app.core.grammar.rules.gerund_borders import FIXED_VERBAL_ADVERBS, GERUND_IDIOMS
from app.core.grammar.rules.syntax_commas import PHRASE
from app.core.grammar.rules.tree_words import (NEGATIVE_PRONOUNS, OPENERS, STEP_OVER, finite, introductory_govorya,
                                               is_punct, only_gerund, relative, subject_of)

RULES = ()  # the findings are PHRASE's

_NEVER_SUBJECT = frozenset({"ADP", "PART", "CCONJ", "SCONJ", "ADV", "VERB", "AUX", "PUNCT"})
_TIME_NOUNS = frozenset({"раз", "день", "дни", "год", "годы", "время", "неделю", "месяц", "час", "минуту", "утро",
                         "вечер", "ночь", "сутки", "момент", "порой", "иногда"})
_LONGEST = 10  # words from the gerund to the verb: a longer stretch is not sure to be one phrase
# words after which a comma never goes before the gerund's phrase
_NOT_BEFORE = frozenset({"не", "ни", "лишь", "только", "даже", "уже", "еще", "ещё", "вот", "ведь", "же", "бы", "ли"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for sent in t.analysis.sentences:
        toks = sent.tokens
        for g in toks[1:]:
            if _gerund(toks, g):
                for left, right in _phrase_commas(toks, g):
                    between = t.text[left.end:right.start]
                    if not between.strip():
                        found.append(finding(PHRASE, left.start, right.end, f"{left.text},{between}{right.text}"))
    return found


def _gerund(toks: tuple[Token, ...], g: Token) -> bool:
    """A word that can only be a verbal adverb, not frozen into a preposition or an idiom, with a word of its
    own after it."""
    if g.low in FIXED_VERBAL_ADVERBS or not only_gerund(g.low) or introductory_govorya(toks, g):
        return False
    nxt = toks[g.index + 1] if g.index + 1 < len(toks) else None
    return nxt is not None and not is_punct(nxt) and not finite(nxt) and (g.low, nxt.low) not in GERUND_IDIOMS


def _phrase_commas(toks: tuple[Token, ...], g: Token):
    """(token before, token after) of each comma the phrase of gerund ``g`` lacks; nothing when unsure."""
    first = g
    if first.index >= 2 and toks[first.index - 1].low == "не":
        first = toks[first.index - 1]
        if first.index >= 2 and toks[first.index - 1].low in NEGATIVE_PRONOUNS:
            first = toks[first.index - 1]  # «ничего не сказав»
    k = first.index - 1
    opened = toks[k].text == ","  # the writer set the phrase's first comma already
    if opened:
        k -= 1
    if k < 0 or is_punct(toks[k]):
        return
    before = toks[k]
    verb = verb_after_phrase(toks, g)
    if verb is None:
        return
    if before.low == "и":
        if not _predicate_before(toks, k):
            return
        close = _closing(toks, g, verb, subject_allowed=True)
    else:
        if before.low in _NOT_BEFORE or before.pos in ("ADV", "ADP", "CCONJ", "SCONJ", "PART") \
                or before.low in OPENERS or not _subject_before(toks, k, verb):
            return
        close = _closing(toks, g, verb, subject_allowed=False)
    if close is None:
        return
    if not opened:
        yield before, first
    yield toks[close.index - 1], close


def verb_after_phrase(toks: tuple[Token, ...], head: Token) -> Token | None:
    """The first finite verb after a gerund or a participle, when only the phrase's own words can stand before it."""
    for tok in toks[head.index + 1:head.index + _LONGEST + 1]:
        if finite(tok):
            return tok if tok.index > head.index + 1 else None
        if is_punct(tok) or tok.pos in ("CCONJ", "SCONJ") or relative(tok) or only_gerund(tok.low):
            return None
    return None


def _closing(toks: tuple[Token, ...], g: Token, verb: Token, subject_allowed: bool) -> Token | None:
    """The first word after the phrase: the verb, its particles, a negative pronoun before «не» — or the
    verb's own subject right before them, where one may stand there."""
    right = verb
    while right.index - 1 > g.index + 1 and toks[right.index - 1].low in STEP_OVER:
        right = toks[right.index - 1]
    if right.low == "не" and right.index - 1 > g.index + 1 and toks[right.index - 1].low in NEGATIVE_PRONOUNS:
        right = toks[right.index - 1]  # «…(,) ничего не теряют»
    if subject_allowed:
        s = verb.index - 1
        while s > g.index + 1 and (toks[s].pos in ("ADV", "PART") or toks[s].low in STEP_OVER):
            s -= 1  # adverbs between the subject and its verb are the second part's: «…(,) он долго плачет»
        if s > g.index + 1 and _sure_subject(toks[s], verb):
            right = toks[s]  # «…и(,) попадая в такие ситуации(,) он плачет»
    own = toks[g.index + 1:right.index]
    if any(may_be_subject(t, verb) for t in own):
        return None  # a nominative on the way may be the verb's subject: where the phrase ends is not sure
    if ends_unsure(own):
        return None  # «…текста(?) при копировании будут пропущены»: the prepositional group may be the verb's
    last = toks[right.index - 1]
    if last.pos in ("ADV", "PART", "CCONJ", "SCONJ", "ADP") or last.low in _NOT_BEFORE:
        return None  # «…о коне(?) непременно изобразит»: the adverb may be either verb's
    return right


def _sure_subject(tok: Token, verb: Token) -> bool:
    if tok.low in SUBJECT_PRONOUNS:
        return subject_of(tok.text, verb.text)
    readings = [p for p in parses(tok.text) if p.tag.POS in ("NOUN", "NPRO")]
    return bool(readings) and all(p.tag.case == "nomn" for p in readings) and subject_of(tok.text, verb.text)


def ends_unsure(own: tuple[Token, ...]) -> bool:
    """A preposition among a phrase's words after a word of substance, or a noun of time last («иной раз»):
    that group may be the next verb's."""
    return bool(own) and own[-1].low in _TIME_NOUNS or any(
        t.pos == "ADP" and any(x.pos not in ("ADV", "PART") for x in own[:i]) for i, t in enumerate(own))


def may_be_subject(tok: Token, verb: Token) -> bool:
    """A word that may be the verb's subject (prepositions and particles aside, whose dictionary readings
    include abbreviations: «в», «по»)."""
    return tok.low in SUBJECT_PRONOUNS or tok.pos not in _NEVER_SUBJECT and subject_of(tok.text, verb.text)


def _clause_words(toks: tuple[Token, ...], k: int) -> list[Token]:
    """The words of the clause up to token k, back to a mark, a clause's first word or a finite verb."""
    words: list[Token] = []
    while k >= 0:
        tok = toks[k]
        if is_punct(tok) or tok.pos == "SCONJ" or tok.low in OPENERS or finite(tok):
            break
        words.append(tok)
        k -= 1
    return words[::-1]


def _subject_before(toks: tuple[Token, ...], k: int, verb: Token) -> bool:
    """The clause before the phrase has no verb yet and holds the verb's subject: «Многие мужчины(,) полюбив…».
    After a finite verb only words after «и», «а», «но» may open a new clause: the rest are that verb's own."""
    words = _clause_words(toks, k)
    if words and words[0].index > 0 and finite(toks[words[0].index - 1]):
        joints = [i for i, t in enumerate(words) if t.pos == "CCONJ"]
        words = words[joints[-1] + 1:] if joints else []
    return any(t.pos in ("NOUN", "PRON", "PROPN") and may_be_subject(t, verb) for t in words) \
        and not any(only_gerund(t.low) for t in words)


def _predicate_before(toks: tuple[Token, ...], k: int) -> bool:
    """«и» at k joins two predicates: the clause before it has a finite verb, and no gerund stands between
    them (that «и» would join two gerunds: «шла(,) улыбаясь и напевая»)."""
    words = _clause_words(toks, k - 1)
    stop = words[0].index - 1 if words else k - 1
    return stop >= 0 and finite(toks[stop]) and not any(only_gerund(t.low) or t.pos == "CCONJ" for t in words)
