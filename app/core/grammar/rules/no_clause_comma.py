"""Where «что» or «если» after a word opens no clause to set off by a comma there, by the rules of the norm.

Used by the word-level comma rule (:mod:`conjunctions`) and the tree's (:mod:`syntax_commas`): each test says why the text is right as written.
"""

from __future__ import annotations

import re

from app.core.grammar.rules._base import Text, likeliest_pos, parses

# «что-нибудь», «что-то», «что-либо» written with spaces round the hyphen: a pronoun, no conjunction
_INDEFINITE_TAIL = re.compile(r"\s*[-‑–]\s*(?:нибудь|либо|то)\b", re.IGNORECASE)
# a «то» that opens the main clause after the clause with «если»: «Поэтому если…, то…»
_THEN = re.compile(r",\s*(?:то|так)\b", re.IGNORECASE)
_END = re.compile(r"[.!?;\n]")
_DATIVE_PARTS = frozenset({"NOUN", "NPRO", "ADJF"})
# words that, after «есть», ask about an infinitive: «есть где жить», «есть кому помочь»
INFINITIVE_QUESTIONS = frozenset({"что", "куда", "где", "когда", "кому", "кого", "чем", "откуда", "зачем"})


def no_clause_after(t: Text, i: int) -> bool:
    """Word i, «что» or another question word, after word i-1 opens no clause to set off: with an infinitive
    after «есть» or «иметь» it names what there is to do («Мне есть что сказать», «Нам есть куда расти», «имеет
    что ответить»). «что» is no conjunction either in «что-нибудь» spaced out («купить что - нибудь»), in the set
    pairs «что да как», «что к чему», and in «всё равно что» meaning «как будто» before a noun or an infinitive
    («всё равно что отказ») when no dative says whom it is all the same to («Мне всё равно, что он скажет»
    keeps its comma)."""
    prev, w, nxt = t.words[i - 1], t.words[i], t.word(i + 1)
    if w.low != "что":
        return _there_is(t, i - 1) and w.low in INFINITIVE_QUESTIONS and nxt is not None and t.plain_gap(i + 1) \
            and likeliest_pos(nxt.text) == "INFN"  # «Нам есть куда расти», «будет где остановиться»
    if _INDEFINITE_TAIL.match(t.text, w.end):
        return True
    if nxt is None or not t.plain_gap(i + 1):
        return False
    if nxt.low in ("да", "к") and (after := t.word(i + 2)) is not None and after.low in ("как", "чему"):
        return True
    following = parses(nxt.text)
    if _there_is(t, i - 1) or any(p.normal_form == "иметь" for p in parses(prev.text)[:2]):
        return bool(following) and following[0].tag.POS == "INFN"
    if prev.low == "равно" and i >= 2 and t.words[i - 2].low.replace("ё", "е") == "все" and t.plain_gap(i - 1):
        dative = i >= 3 and t.plain_gap(i - 2) and any(
            p.tag.case == "datv" and p.tag.POS in _DATIVE_PARTS for p in parses(t.words[i - 3].text)[:2]) \
            and not (i >= 4 and t.plain_gap(i - 3) and parses(t.words[i - 4].text)[:1]
                     and parses(t.words[i - 4].text)[0].tag.POS == "PREP")  # «с ним» is no dative of whom
        return not dative and bool(following) and (following[0].tag.POS == "INFN" or any(
            p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in following[:2]))
    return False


# «было» and «будет» say «there is» in the past and the future: «чтобы вам было что показать», «будет где остановиться»
_PREDICATIVE_POS = frozenset({"ADVB", "PRED", "ADJS", "COMP", "PRTS"})


def _there_is(t: Text, k: int) -> bool:
    """Word k is «есть», or «было» / «будет» with no word of state before it that would make it a link verb
    («ясно было, что делать» asks an indirect question and keeps its comma)."""
    w = t.words[k]
    if w.low == "есть":
        return True
    if w.low not in ("было", "будет"):
        return False
    before = t.word(k - 1)
    return before is None or not t.plain_gap(k) or not any(
        p.tag.POS in _PREDICATIVE_POS for p in parses(before.text)[:2] if p.score >= 0.05)


def then_part_follows(t: Text, i: int) -> bool:
    """«если» (word i) follows a connecting word, not a verb («Поэтому если…», «А тогда если…»), and the main
    clause after the conditional one opens with «то»: at such a meeting of two connectives no comma is put
    between them (Розенталь), the conditional clause sits inside the main one."""
    prev = parses(t.words[i - 1].text)
    if not prev or prev[0].tag.POS not in ("ADVB", "CONJ", "PRCL"):
        return False
    end = _END.search(t.text, t.words[i].end)
    return bool(_THEN.search(t.text, t.words[i].end, end.start() if end else len(t.text)))


_TO_INFINITIVE = 3  # words from the main predicate to its infinitive: «можно будет вернуть»


def object_set_off(sent, first, last, nxt) -> bool:
    """The tree ran a clause («Если компания будет закрывать аккаунт») on over the writer's comma into a noun it
    took for one more object of the clause («…, остаток с баланса»), and asks for a comma before the main
    predicate after it. When that noun opens the main clause as the object of its infinitive — a transitive
    infinitive a word or three after the predicate («можно будет вернуть»), with no object of its own — the
    writer's comma is the clause's end and the noun is set first in the main clause, as «Остаток можно вернуть»
    is written. A clause with no comma inside it («Если вы закроете аккаунт остаток можно вернуть») still asks
    for one."""
    toks = sent.tokens
    after_comma = [t for t in toks[first.index:last.index] if t.text == ","]
    if not after_comma:
        return False
    noun = toks[after_comma[-1].index + 1]
    if noun.rel != "conj" or noun.pos != "NOUN" or any(
            c.pos == "CCONJ" for c in sent.children(noun.index)) or not any(
            p.tag.POS == "NOUN" and p.tag.case == "accs" for p in parses(noun.text)):
        return False
    for verb in toks[nxt.index + 1:nxt.index + 1 + _TO_INFINITIVE]:
        if verb.pos in ("VERB", "AUX") and verb.feat("VerbForm") == "Inf":
            return any(p.tag.POS == "INFN" and "tran" in p.tag for p in parses(verb.text)[:2]) and not any(
                c.rel == "obj" for c in sent.children(verb.index))
        if verb.pos not in ("AUX", "ADV", "PART"):
            return False
    return False
