"""Указательное слово перед косвенным вопросом: «зависит от того, какой тариф», «спор о том, почему он ушёл»,
«список того, на что стоит смотреть», «речь о том, есть ли скидка».

«того», «том», «тому» after a preposition or a noun («тем» after a preposition; «то» after a preposition, a verb,
a predicative or a dative pronoun, or opening the sentence) stand for a whole
clause, which opens right after them with a question word («какой», «почему», «сколько», «где»…), a word with
«ли» («есть ли»), or a preposition and a relative word («на что», «для какого», «в котором»). The comma
stands between the demonstrative and the clause. The pairs with «что», «кто», «как», «чтобы» are the
correlative rule's; compound conjunctions («после того как», «для того чтобы», «кроме того») are left alone.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, likeliest_pos
from app.core.grammar.rules.correlatives import CORRELATIVE, condition_before
from app.core.phrase import phrase

RULES = ()  # the findings are OURS_CORRELATIVE_COMMA's, explained there

_MESSAGE = phrase("Указательное слово предупреждает о косвенном вопросе, который раскрывает его смысл: "
                  "перед вопросом нужна запятая.")

# question words that open the clause by themselves («что», «кто», «как» are the correlative rule's)
_QUESTION = frozenset({"какой", "какая", "какое", "какие", "какого", "какой", "каком", "каких", "каким", "какими",
                       "какую", "какому", "каков", "какова", "каково", "каковы", "почему", "зачем", "отчего",
                       "сколько", "насколько", "откуда", "куда", "где", "чей", "чья", "чьё", "чье", "чьи", "чьих",
                       "чьим", "чьего", "чьей"})
# relative words that open the clause behind a preposition: «того, на что…», «того, для какого…»
_RELATIVE = _QUESTION | frozenset({"что", "чего", "чему", "чем", "чём", "кого", "кому", "кем", "ком", "который",
                                   "которая", "которое", "которые", "которого", "которой", "которому", "которым",
                                   "котором", "которую", "которых", "которыми"})
# these prepositions make «того», «тем», «том» part of a compound conjunction or a set phrase
_COMPOUND = frozenset({"после", "до", "перед", "для", "вместо", "ради", "кроме", "помимо", "из-за", "ввиду",
                       "вследствие", "благодаря", "подобно", "несмотря", "между", "при", "мере", "сверх", "с", "ни",
                       "к", "со"})
# «то», «тем» stand for a clause only after these («на то, почему», «над тем, сколько»)
_TO_AFTER = frozenset({"на", "в", "во", "за", "про"})
_TEM_AFTER = frozenset({"над", "за", "под"})
_DATIVES = frozenset({"мне", "тебе", "ему", "ей", "нам", "вам", "им"})
# a question word followed by these makes a set phrase: «того сколько угодно», «о том где-нибудь»
_SET_NEXT = frozenset({"угодно", "попало", "нибудь", "либо", "бы", "же", "и"})


def _stands_for_clause(t: Text, i: int) -> bool:
    """Word i is «того», «том», «тому», «то», «тем» after a word that governs it as a whole clause."""
    d = t.words[i].low
    if d == "то" and t.starts_sentence(i):
        return True  # «То, к чему мы стремимся…»
    before = t.words[i - 1] if i >= 1 and t.plain_gap(i) else None
    if before is None or before.low in _COMPOUND:
        return False
    if d == "то":
        # «проверить то, почему», «покажем вам то, над чем», «важно то, есть ли» — unless a condition before
        # makes «то» its answer («Если не вышло то почему…»)
        return before.low in _TO_AFTER or (likeliest_pos(before.text) in ("VERB", "INFN", "PRED", "ADJS", "PRTS")
                                           or before.low in _DATIVES) and not condition_before(t, i)
    if d == "тем":
        return before.low in _TEM_AFTER
    if d not in ("того", "том", "тому"):
        return False
    pos = likeliest_pos(before.text)
    if d == "того":
        return pos in ("PREP", "NOUN") and before.low != "без"  # «и без того ясно»
    return pos == "PREP"  # «о том, в том, к тому» («в том числе» takes no question word after it)


def _opens_question(t: Text, k: int) -> int | None:
    """The index of the last word of the clause's opening at word k: a question word, a word with «ли», or a
    preposition and a relative word; None when no clause opens there."""
    w, nxt = t.words[k], t.word(k + 1)
    nxt_low = nxt.low if nxt is not None and t.plain_gap(k + 1) else ""
    if w.low in _QUESTION:
        return k if nxt_low not in _SET_NEXT else None
    if nxt_low == "ли" and likeliest_pos(w.text) in ("VERB", "INFN", "PRED", "ADJS", "PRTS"):
        return k + 1
    if nxt_low in _RELATIVE and likeliest_pos(w.text) == "PREP":
        after = t.word(k + 2)
        after_low = after.low if after is not None and t.plain_gap(k + 2) else ""
        return k + 1 if after_low not in _SET_NEXT else None
    return None


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        if not t.plain_gap(i + 1) or not _stands_for_clause(t, i):
            continue
        if _opens_question(t, i + 1) is None:
            continue
        d, w = t.words[i], t.words[i + 1]
        found.append(finding(CORRELATIVE, d.start, w.end, f"{d.text}, {w.text}", message=_MESSAGE))
    return found
