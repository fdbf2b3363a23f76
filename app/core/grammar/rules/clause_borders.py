"""Границы частей предложения, которые не отмечены союзом: «Мы проверили адрес(,) курьер уже выехал»,
«Клиенты, оформившие заказ(,) получат его утром», «Тот, кто ищет(,) всегда найдёт», «Отмените заказ(,)
оформите новый».

Clauses without a conjunction: two finite verbs with no conjunction, relative word or mark between
them, each with its own subject in the nominative that agrees with it, the second subject standing
between the two verbs: the words
between fall into the first verb's and the second clause's, and the comma goes where the tree splits
them cleanly (``tree_split``). Nothing is asked for where the parse is not sure of that border, where
the second «subject» could be the first verb's object, or where the words could be one clause's.
The end of a participial phrase after the sentence's subject and of a «кто» clause opening the
sentence are found the same way: the first finite verb after them is the main one. These findings
are the tree rules' (OURS_LIST_COMMA, OURS_PHRASE_COMMA, OURS_CLAUSE_COMMA), explained there.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import Text, parses
from app.core.grammar.rules.syntax_commas import CLAUSE, HOMOGENEOUS, PHRASE
from app.core.grammar.rules.tree_words import (CLAUSE_CLOSERS, NEGATIVE_PRONOUNS, NO_CLAUSE_END, OPENERS, STEP_OVER,
                                               agree, clause_words, finite, is_punct, missing_comma, nearest_verb,
                                               subject_of, tree_split)

RULES = ()  # the findings are HOMOGENEOUS's

_LINKS = frozenset({"и", "а", "но", "или", "либо", "да", "ни", "то", "что", "чем", "как", "потому", "так", "тоже",
                    "зато", "однако", "пока", "если", "когда", "чтобы", "ли", "бы", "будто", "словно", "хотя",
                    "отчего", "почему", "кем", "ком", "кого", "кому", "чего", "чему",
                    # a pronoun picking up a clause before it: «Кто звонит, тому оператор отвечает»
                    "тот", "того", "тому", "тем", "том", "те", "тех"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for sent in t.analysis.sentences:
        for rule, left, right in (*_borders(sent), *_phrase_end(sent), *_who_clause_end(sent), *_requests(sent)):
            if (hit := missing_comma(t, rule, left, right)) is not None:
                found.append(hit)
    return found


def _borders(sent: Sentence):
    toks = sent.tokens
    verbs = [t for t in toks if _verb(t)]
    for v1, v2 in zip(verbs, verbs[1:]):
        between = toks[v1.index + 1:v2.index]
        if len(between) < 1 or any(is_punct(t) or t.low in _LINKS or t.low in OPENERS
                                   or t.pos in ("CCONJ", "SCONJ") for t in between):
            continue
        s1 = _subject(sent, v1, toks[:v1.index])
        s2 = _subject(sent, v2, between)
        if s2 is None or s1 is not None and (s1.index == s2.index or s1.low in ("кто", "что")):
            continue
        if s1 is None and not (v1.feat("Person") in ("1", "2") and subject_of(s2.text, v2.text)
                               and not subject_of(s2.text, v1.text)):
            continue  # «Звоню в банк(,) оператор не отвечает»: the first verb's person names its subject
        split = tree_split(sent, v1, v2)
        if split is None or split.index != s2.index and not _leads(sent, split, s2):
            continue
        left = toks[split.index - 1]
        if is_punct(left):
            continue
        yield HOMOGENEOUS, left, split


def _subject(sent: Sentence, verb: Token, span) -> Token | None:
    """The verb's subject among the given tokens: a nominative noun or pronoun the tree hangs on it as
    its subject, that agrees with it."""
    for t in span:
        if t.head == verb.index and t.rel.startswith("nsubj") and t.pos in ("NOUN", "PRON", "PROPN") \
                and t.feat("Case") == "Nom" and subject_of(t.text, verb.text):
            return t
    return None


def _leads(sent: Sentence, first: Token, subject: Token) -> bool:
    """``first`` opens the subject's phrase: its adjectives or determiners right before it."""
    return first.index < subject.index and all(
        sent.tokens[k].head == subject.index and sent.tokens[k].pos in ("ADJ", "DET")
        for k in range(first.index, subject.index))


def main_verb(toks, start: int, subject: Token | None, short_of: Token | None = None) -> Token | None:
    """The first finite verb after ``start`` with nothing between that opens or joins another part, or a
    short adjective or participle that agrees with ``short_of`` («…(,) должны быть», «Тот, кто…(,) не прав»)."""
    for t in toks[start:]:
        if is_punct(t) or t.low in NO_CLAUSE_END or t.low in OPENERS or t.pos in ("CCONJ", "SCONJ"):
            return None
        if _verb(t):
            return t if subject is None or subject_of(subject.text, t.text) else None
        if short_of is not None and _short_agreeing(short_of.text, t.text):
            return t
    return None


def _short_agreeing(noun: str, word: str) -> bool:
    """Every reading of the word is a short adjective or participle, one of them agreeing with the noun (or
    the pronoun «тот», «те» a clause hangs on)."""
    readings = parses(word)
    if not readings or any(p.tag.POS not in ("ADJS", "PRTS") for p in readings):
        return False
    return any(n.tag.POS in ("NOUN", "ADJF") and n.tag.case == "nomn" and p.tag.number == n.tag.number
               and (n.tag.number == "plur" or p.tag.gender == n.tag.gender) for n in parses(noun) for p in readings)


def step_back(toks, verb: Token, floor: int) -> Token:
    right = verb
    while right.index - 1 > floor and toks[right.index - 1].low in STEP_OVER:
        right = toks[right.index - 1]
    return right


def _phrase_end(sent: Sentence):
    """The end of a participial phrase after the sentence's subject, before its verb: «Клиенты,
    оформившие заказ вчера(,) получат его утром». The subject opens the sentence (maybe after its
    adjectives); the phrase runs up to the first finite verb that agrees with the subject."""
    toks = sent.tokens
    k = 0
    while k < len(toks) and toks[k].pos in ("ADJ", "DET") and toks[k].feat("Case") == "Nom":
        k += 1
    if k + 2 >= len(toks) or toks[k].pos != "NOUN" or toks[k].feat("Case") != "Nom":
        return
    noun, part = toks[k], toks[k + 1]
    if not _only_participle(part.low) or not agree(noun.text, part.text):
        return
    verb = main_verb(toks, k + 2, noun, short_of=noun)
    if verb is None or verb.index <= k + 2:
        return
    right = step_back(toks, verb, k + 1)
    words = toks[k + 2:right.index]
    if any(t.feat("Case") == "Nom" and t.pos in ("NOUN", "PRON", "PROPN") or t.pos == "ADV" for t in words):
        return  # a word there may be the verb's own
    if right.low == "не" and any(t.low == "ни" or t.low in NEGATIVE_PRONOUNS for t in words):
        return  # «ни в чём не уверен»: the negative words go with the main verb's «не»
    yield PHRASE, toks[right.index - 1], right


BE_FORMS = frozenset({"был", "была", "было", "были", "будет", "будут", "есть"})
_TOT = frozenset({"тот", "того", "тому", "тем", "том", "те", "тех", "теми", "все", "всех", "всем", "всеми",
                  "каждый", "каждого", "каждому", "всякий", "любой"})
# the pronoun that opens the sentence → the relative word whose clause it takes: «Тот, кто…», «То, что…»
_HEADS = {**{w: "кто" for w in _TOT}, "то": "что", "всё": "что", "там": "где"}
MAYBE_SUBJECT = frozenset({"все", "всё", "это", "я", "ты", "он", "она", "оно", "мы", "вы", "они"})
_PICK_UP = frozenset({"тот", "того", "тому", "тем", "том", "те", "тех", "то", "там"})
_PREPOSITIONS = frozenset({"у", "для", "за", "о", "об", "от", "из", "с", "со", "к", "ко", "на", "в", "по", "при"})


def _who_clause_end(sent: Sentence):
    """«Кто рано встаёт(,) тому бог подаёт», «Тот, кто ищет(,) всегда найдёт», «То, что вы прислали(,)
    уже проверено»: a clause with «кто», «что», «где» that opens the sentence (maybe after the pronoun
    it belongs to) ends before the main verb, before an adverb right by that verb, or before the
    pronoun that picks the clause up."""
    toks = sent.tokens
    words = [t for t in toks if not is_punct(t)]
    if len(words) < 4 or toks[-1].text == "?" or any(is_punct(t) for t in toks[:words[-1].index]):
        return
    first = 1 if words[0].low in _PREPOSITIONS else 0
    if _HEADS.get(words[first].low) == words[first + 1].low:
        first += 1
    elif first or words[0].low != "кто":
        return
    v1 = main_verb(toks, first + 1, None)
    if v1 is None:
        return
    head = words[first - 1] if first and _HEADS.get(words[first - 1].low) else None
    v2 = main_verb(toks, v1.index + 1, None, short_of=head if head is not None and head.low in _TOT else None)
    if v2 is None:
        return
    pick = next((t for t in toks[v1.index + 1:v2.index] if t.low in _PICK_UP), None)
    if pick is not None:
        yield CLAUSE, toks[pick.index - 1], pick
        return
    right = step_back(toks, v2, v1.index)
    if right.index - 2 > v1.index and manner_adverb(toks[right.index - 1]):
        right = toks[right.index - 1]  # «Тот, кто меняет работу часто(,) обычно жалеет»
    if v1.low in BE_FORMS or any(is_short_form(t.text) or t.low in MAYBE_SUBJECT for t in toks[v1.index + 1:v2.index]) \
            or not clause_words(sent, v1, v2, toks[v1.index + 1:right.index]):
        return  # «Кто был любим…», «Кто посеял…, должен будет…»; or the tree does not tell where the clause ends
    yield CLAUSE, toks[right.index - 1], right


def manner_adverb(tok: Token) -> bool:
    """An adverb that tells how or how often the main verb acts: «обычно», «неизбежно», «отчасти»."""
    readings = parses(tok.text)
    return tok.low not in CLAUSE_CLOSERS and bool(readings) and readings[0].tag.POS == "ADVB" \
        and readings[0].score > 0.6


def _only_participle(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == "PRTF" for p in readings)


def is_short_form(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("ADJS", "PRTS", "PRED")


def _verb(tok: Token) -> bool:
    """A finite verb, not a request, by the tagger and by the dictionary's likeliest reading."""
    readings = parses(tok.text)
    return finite(tok) and tok.feat("Mood") != "Imp" and bool(readings) and readings[0].tag.POS == "VERB"


def _requests(sent: Sentence):
    """Two requests one after the other with no conjunction: «Перезагрузите роутер(,) проверьте кабель».
    The second starts its part; the words between are the first's by the tree, the last of them no adverb
    (that could be the second's: «…затем разберитесь»). Two requests side by side («иди ищи», «пойди
    посмотри») make one predicate."""
    toks = sent.tokens
    requests = [t for t in toks if _request(t.text)]
    for a, b in zip(requests, requests[1:]):
        if any(t.low in ("вы", "ты") for t in toks[:b.index]):
            continue  # «Вы звоните…»: what the reader does, which other rules judge
        right = toks[b.index - 1] if toks[b.index - 1].low == "не" else b
        between = toks[a.index + 1:right.index]
        if not between or any(is_punct(t) or t.low in NO_CLAUSE_END or t.low in OPENERS or t.low in _LINKS
                              or t.pos in ("CCONJ", "SCONJ") for t in between):
            continue
        last = between[-1]
        if last.pos != "ADV" and nearest_verb(sent, last, a, b) is a:
            yield HOMOGENEOUS, last, right


def _request(word: str) -> bool:
    """Every likely reading is an imperative, or the reader's own verb that sounds like one («звоните»,
    «перезагрузите»); «давай», «давайте» only invite the verb after them."""
    readings = [p for p in parses(word) if p.score >= 0.05]
    return word.lower() not in ("давай", "давайте") and any("impr" in p.tag for p in readings) and all(
        p.tag.POS == "VERB" and ("impr" in p.tag or p.tag.person == "2per" and p.tag.number == "plur")
        for p in readings)
