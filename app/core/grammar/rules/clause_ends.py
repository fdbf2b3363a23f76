"""Конец придаточного предложения: перед главным, когда придаточное стоит впереди («Если заказ не
придёт(,) напишите нам», «Когда свечи погашены(,) все кошки серы», «Чтобы получить скидку(,) нужно войти
в профиль», «Кто умеет ждать(,) получает всё»), и перед «и» со вторым сказуемым главного («Мы знаем, что
доставка задержалась(,) и просим прощения»).

Predicates are tagged surely even where the tree, lost without the commas, is not: a finite verb, a
short adjective or participle («готов», «отправлен»), a predicative word («надо», «нельзя»). With one
predicate in the clause and one after it, the border lies between them — where the tree splits the
words between them cleanly, or right before the second predicate when only particles stand there.
A sentence with more predicates, or with a conjunction between the two, is left alone: the clause
could run on. Before «и» the verb's form decides: it agrees with the main verb and cannot agree with
the clause's. The findings are OURS_CLAUSE_COMMA's, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import Text, parses
from app.core.grammar.rules.syntax_commas import CLAUSE
from app.core.grammar.rules.tree_words import (CLAUSE_CLOSERS, LEADING, NO_CLAUSE_END, OPENERS, STEP_OVER, clause_words,
                                               finite, is_punct, missing_comma, subject_of, tree_split)

RULES = ()  # the findings are CLAUSE's

_RELATIVE = frozenset(w for w in OPENERS if w.startswith("котор"))
# A form of «быть» next to a predicative word or a short form is part of that predicate: «надо было»,
# «был готов», «будет отправлен».
_LINK = frozenset({"был", "была", "было", "были", "будет", "будут", "будем", "буду", "будешь", "будете", "есть"})
# Words that are the whole predicate of a clause without a subject («нужно», «следует»); «лучше», «жаль»,
# «видно» are left out: they are also adverbs or comparatives in the middle of a clause.
_PREDICATIVE = frozenset({"надо", "нужно", "можно", "нельзя", "необходимо", "достаточно", "пора", "невозможно",
                          "возможно", "приходится", "следует"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for sent in t.analysis.sentences:
        for left, right in (*_clause_end(sent), *_clause_before_and(sent), *_condition_before_question(sent)):
            if (hit := missing_comma(t, CLAUSE, left, right)) is not None:
                found.append(hit)
    return found


def _clause_end(sent: Sentence):
    """The clause that opens the sentence (or a relative clause after its subject) ends before the main
    predicate: (token before the comma, token after it)."""
    toks = sent.tokens
    words = [t for t in toks if not is_punct(t)]
    if len(words) < 4 or any(is_punct(t) for t in toks[:words[-1].index]):
        return  # the writer has put some marks in: trust them
    opener = words[0] if words[0].low in LEADING or _free_relative(toks, words) else None
    if opener is None or len(_predicates(words, opener)) != 2:
        # a relative clause after its noun, when no verb stands before it: «Заказ, который…(,) придёт…»,
        # «Если параметр выбран, то области, которые могут…(,) будут…»
        opener = next((t for t in words[1:] if t.low in _RELATIVE), None)
        if opener is None or any(finite(v) for v in words if v.index < opener.index):
            return  # the main predicate comes first: the clause runs to the end
    first = _predicates(words, opener)
    if len(first) != 2:
        return
    v1, v2 = first
    between = toks[v1.index + 1:v2.index]
    if any(t.low in NO_CLAUSE_END or t.low in OPENERS or t.pos in ("CCONJ", "SCONJ") for t in between):
        return
    right = v2
    while right.index - 1 > v1.index and toks[right.index - 1].low in STEP_OVER | _LINK:
        right = toks[right.index - 1]
    rest = toks[v1.index + 1:right.index]
    if v2.low in _PREDICATIVE and any(t.pos in ("PRON", "DET") or t.feat("Case") in ("Nom", "Dat") for t in rest):
        return  # «…(,) ему нужно», «…(,) это надо сделать»: a predicative word's words stand before it
    if rest and not clause_words(sent, v1, v2, rest) and not _only_inverted_subject(sent, opener, v1, v2, rest):
        closers = all(t.low in CLAUSE_CLOSERS for t in rest)
        right = right if closers else tree_split(sent, v1, v2)
    if right is None or right.index - 1 < v1.index:
        return
    own_subject = finite(v1) or _nominal(v1) and v1.low not in _PREDICATIVE
    if right.index != v2.index and right.feat("Case") == "Nom" and own_subject \
            and not _has_subject(sent, opener, v1, right):
        return  # «Пока у нас есть время…»: a noun after a clause's verb with no subject before may be its own
    if right.index == v2.index and any(t.pos in ("NOUN", "PROPN") and subject_of(t.text, v2.text)
                                       and not _inverted_subject(sent, opener, v1, t)
                                       for t in toks[v1.index + 1:right.index]):
        return  # «Пока лимит равен нулю(,) попытки будут отклоняться»: the main verb's subject may stand there
    if toks[right.index - 1].low == "не" and right.index - 1 > v1.index + 1:
        right = toks[right.index - 1]  # no comma after «не»: «Когда будете звонить(,) не забудьте…»
    yield toks[right.index - 1], right


def _free_relative(toks, words: list[Token]) -> bool:
    """«Кто просит робко(,) напросится на отказ»: a statement that opens with «кто» (no question: no «?» at its
    end) is a clause standing for the subject of the main one."""
    return words[0].low == "кто" and not any(t.text == "?" for t in toks[words[-1].index:])


def _inverted_subject(sent: Sentence, opener: Token, verb: Token, noun: Token) -> bool:
    """The noun after the clause's verb is that verb's own subject: it agrees with it and no subject stands
    before the verb («Когда перестают петь соловьи(,) начинают…»)."""
    before = sent.tokens[opener.index + 1:verb.index]
    return finite(verb) and subject_of(noun.text, verb.text) and not any(
        t.feat("Case") == "Nom" and t.pos in ("NOUN", "PRON", "PROPN") for t in before)


def _only_inverted_subject(sent: Sentence, opener: Token, v1: Token, v2: Token, rest) -> bool:
    """The words between the predicates are the clause verb's subject after it — one noun, maybe after its
    adjectives, that agrees with that verb and cannot be the main one's: «Когда горят книги(,) становится
    холодно»."""
    *mods, noun = rest
    return noun.pos == "NOUN" and all(t.pos in ("ADJ", "DET") for t in mods) \
        and _inverted_subject(sent, opener, v1, noun) and not subject_of(noun.text, v2.text)


def _has_subject(sent: Sentence, opener: Token, verb: Token, right: Token) -> bool:
    """The clause's verb has a subject of its own: a nominative noun or pronoun before it, or one after it
    that agrees with it («Когда наступает свобода(,) тюрьмы…»), ahead of ``right``."""
    nominatives = [t for t in sent.tokens[opener.index + 1:right.index]
                   if t.feat("Case") == "Nom" and t.pos in ("NOUN", "PRON", "PROPN")]
    return any(t.index < verb.index or subject_of(t.text, verb.text) for t in nominatives)


def _predicates(words: list[Token], opener: Token) -> list[Token]:
    """The predicates after the opener, in order: finite verbs, short forms, predicative words — a form
    of «быть» beside one of these is part of it; an infinitive with no predicate before it is the
    clause's own («Чтобы войти…», «Если заказ отменить…»)."""
    found: list[Token] = []
    after = [t for t in words if t.index > opener.index]
    core = [t for t in after if t.low != "не"]  # «размыта не будет», «не был готов»
    for k, t in enumerate(core):
        if t.low in _LINK and (k + 1 < len(core) and _nominal(core[k + 1]) or k and _nominal(core[k - 1])):
            continue
        if finite(t) or _nominal(t) or not found and t.feat("VerbForm") == "Inf":
            found.append(t)
    return found


def _nominal(tok: Token) -> bool:
    """A predicative word, or a short adjective or participle by every dictionary reading (the tagger calls
    «подключён» a noun)."""
    return tok.low in _PREDICATIVE or _only_short(tok.low)


@lru_cache(maxsize=8192)
def _only_short(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and all(p.tag.POS in ("ADJS", "PRTS") for p in readings)


# Words that open a clause inside the sentence; «как» and «чем» are left out: they also compare.
_INNER_OPENERS = frozenset(OPENERS - {"как", "какой", "какая", "какое", "какие", "каким", "каких", "какую", "каком",
                                       "какому", "какого", "сколько", "будто", "словно", "хотя"})


_JOINS = frozenset({"да", "или", "либо", "а", "но", "и", "ни"})


def _clause_before_and(sent: Sentence):
    """A clause inside the first of two parts joined by «и» ends before «и»: when the predicate after «и»
    is the main verb's partner, not the clause's — «Мы забываем о том, что живёт в нас(,) и продаём
    душу…», the verb after «и» agrees with the main verb and with no reading of the clause's own; and
    when «и» joins a second word that takes a clause of the same kind — «для тех, кто думает(,) и для
    тех, кто чувствует», «так умён, что…(,) и так смел, что…»."""
    toks = sent.tokens
    for conj in toks[2:]:
        if conj.low != "и" or is_punct(toks[conj.index - 1]) or toks[conj.index - 1].pos in ("CCONJ", "SCONJ"):
            continue
        start = max((t.index for t in toks[:conj.index] if is_punct(t)), default=-1) + 1
        openers = [t for t in toks[start:conj.index] if t.low in _INNER_OPENERS or t.low in _KIND]
        if not openers or any(t.low in _JOINS or t.pos in ("CCONJ", "SCONJ") and t.low not in _INNER_OPENERS
                              and t.low not in _KIND for t in toks[start:conj.index]):
            continue
        opener = openers[-1]
        inner = _predicates([t for t in toks[:conj.index] if not is_punct(t)], opener)
        if len(inner) != 1:
            continue
        if _parallel(toks, conj, opener):
            yield toks[conj.index - 1], conj
            continue
        v3 = _verb_after_and(toks, conj.index)
        outer = [t for t in toks[start:opener.index] if finite(t)]
        if v3 is None or not outer or opener.low not in _INNER_OPENERS:
            continue
        v0, v1 = outer[-1], inner[0]
        shared = {f for f in _forms(v0.text) & _forms(v3.text) if not _impersonal(f)}
        # a short form's subject may be any noun: only a request or the first or second person tells
        if shared and not _forms(v1.text) & _forms(v3.text) and (
                finite(v1) or all(f[2] in ("1per", "2per") or f[0] == "impr" for f in shared)):
            yield toks[conj.index - 1], conj


# Clause words by kind: a second word after «и» that takes a clause of the kind of the first («тем, кто… и
# тем, кто…») shows «и» joins the words, not two clauses; «как» and «чем» are left out: they compare.
_KIND = {**{w: "который" for w in OPENERS if w.startswith("котор")},
         **{w: "кто" for w in ("кто", "кого", "кому", "кем", "ком")},
         **{w: "что" for w in ("что", "чего", "чему", "чём")},
         "чтобы": "чтобы", "чтоб": "чтобы", "когда": "когда", "где": "где", "куда": "куда", "если": "если"}


def _parallel(toks: tuple[Token, ...], conj: Token, opener: Token) -> bool:
    """One to three words after «и», none a clause word or a conjunction, and then a clause word of the
    opener's kind: «…(,) и тех, кто…», «…(,) и так невежествен, что…»."""
    kind = _KIND.get(opener.low)
    for t in toks[conj.index + 1:conj.index + 5]:
        if t.low in _KIND or t.low in _INNER_OPENERS:
            return kind is not None and _KIND.get(t.low) == kind and t.index > conj.index + 1 \
                and _heads_alike(toks, conj, opener)
        if is_punct(t) or t.pos in ("CCONJ", "SCONJ") or t.low in _JOINS:
            return False
    return False


def _heads_alike(toks: tuple[Token, ...], conj: Token, opener: Token) -> bool:
    """A preposition after «и» repeats one of the three words before the first clause word («на апрель,
    когда…, и на декабрь, когда…»); without it «и» may join two objects inside the clause («знал о
    заговоре и о том, что…»)."""
    second = toks[conj.index + 1]
    return second.pos != "ADP" or any(t.low == second.low for t in toks[max(0, opener.index - 3):opener.index])


def _verb_after_and(toks: tuple[Token, ...], i: int) -> Token | None:
    """The finite verb right after «и» at i, past particles and adverbs; None if a subject comes first."""
    for t in toks[i + 1:i + 4]:
        if finite(t):
            return t
        if is_punct(t) or t.pos not in ("PART", "ADV"):
            return None
    return None


def _impersonal(form: tuple) -> bool:
    """A form a verb with no subject takes («останется», «осталось»): the clause's verb may have it."""
    mood, tense, person, number, gender = form
    return number == "sing" and (person == "3per" and tense != "past" or tense == "past" and gender == "neut")


@lru_cache(maxsize=8192)
def _forms(word: str) -> frozenset:
    """The verb forms a word can be: (mood, tense, person, number, gender), by the dictionary."""
    return frozenset((p.tag.mood, p.tag.tense, p.tag.person, p.tag.number, p.tag.gender)
                     for p in parses(word) if p.tag.POS == "VERB")


# Question words that open the main clause of a question after a condition: «Если всё готово(,) почему
# заказ не отправлен?»
_QUESTION = frozenset({"почему", "зачем", "отчего", "что", "чего", "чем", "как", "где", "куда", "откуда", "кто",
                       "кого", "кому", "сколько", "разве", "неужели", "каков", "какова", "каковы", "какой", "какая",
                       "какое", "какие"})
# Conditions and concessions; «когда» is left out: it asks a question itself («Когда вы приедете?»).
_CONDITIONS = frozenset({"если", "ежели", "коли", "хотя", "раз", "поскольку"})


def _condition_before_question(sent: Sentence):
    """A question whose condition comes first: the condition ends before the question word that follows
    its predicate. A «то» before the question word opens the main part itself and takes the comma."""
    toks = sent.tokens
    words = [t for t in toks if not is_punct(t)]
    if len(words) < 4 or words[0].low not in _CONDITIONS or toks[-1].text != "?" \
            or any(is_punct(t) for t in toks[:words[-1].index]):
        return
    for t in words[2:]:
        if t.low in _QUESTION:
            prev, before = toks[t.index - 1], [w for w in words if w.index < t.index]
            if prev.low != "то" and prev.pos != "ADP" and _predicates(before, words[0]):
                yield prev, t
            return
