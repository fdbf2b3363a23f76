"""Слово, открывающее придаточное, между сказуемым и глаголом придаточного: «Мы видели(,) где курьер
оставил заказ», «Я не знаю(,) как её зовут».

Finite verbs are tagged surely even where the tree, lost without commas, is not: a clause word with a
predicate before it in its stretch of the sentence and a verb of its own after it opens a clause. Set
phrases («делай что хочешь», «как обычно») and comparisons with «как» are left alone. The findings are
OURS_CLAUSE_COMMA's, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from app.core.grammar.language import Sentence, Token
from app.core.grammar.rules._base import parses
from app.core.grammar.rules.tree_words import OPENERS, finite, is_punct, may_precede, never_finite

# Words that open an indirect question or a clause after a main clause: «знаю, где он живёт».
_CLAUSE_WORDS = frozenset({"что", "когда", "где", "куда", "откуда", "почему", "зачем", "кто", "как", "пока"})
# «в то время как», «по мере того как», «так же как»: the comma of these goes before their first word
_NOT_BEFORE_KAK = frozenset({"время", "мере", "пор", "тем", "того", "тому", "то", "том", "подобно", "такие", "такой",
                             "такая", "такое", "таким", "же", "иначе", "именно", "только", "лишь", "точно"})
# «делай что хочешь», «где попало», «кто угодно», «что ли», «куда ни»: no clause, no comma
_SET_PHRASE_NEXT = frozenset({"хочешь", "хотите", "хочет", "угодно", "попало", "придется", "придётся",
                              "бы", "ли", "именно", "же", "нибудь", "либо", "ни", "глаза"})  # «куда глаза глядят»


def opener_between_verbs(sent: Sentence):
    """A clause word with a predicate before it and a verb of its own after it: «Мы видели где
    курьер оставил заказ» → «видели, где». Needs no tree: finite verbs are tagged surely."""
    toks = sent.tokens
    for tok in toks[2:]:
        if tok.low not in _CLAUSE_WORDS:
            continue
        prev = toks[tok.index - 1]
        if is_punct(prev) or not may_precede(prev) or prev.pos == "ADP":
            continue
        nxt = toks[tok.index + 1] if tok.index + 1 < len(toks) else None
        if nxt is None or nxt.low in _SET_PHRASE_NEXT or tok.low == "пока" and nxt.low == "что" or tok.low == "как" \
                and (prev.low in _NOT_BEFORE_KAK or nxt.low in ("будто", "раз", "правило", "можно", "нельзя", "и") or any(
                    toks[k].low == "так" and toks[k + 1].low == "и" for k in range(tok.index + 2, len(toks) - 1))):
            continue  # «можно как добавлять…, так и…»: a double conjunction, its comma stands before «так и»
        before = toks[:tok.index]
        start = max((t.index for t in before if is_punct(t)), default=-1) + 1
        if not any(_predicate(t) for t in toks[start:tok.index - 0]):
            continue  # no main clause before it: «Ты где живёшь?»
        after = []
        for t in toks[tok.index + 1:]:
            if is_punct(t) or t.pos in ("CCONJ", "SCONJ") or t.low in OPENERS:
                break
            after.append(t)
        if len(after) == 1 and after[0].feat("Tense") != "Past":
            continue  # «приходи когда вздумается», «ночевал где придётся»: whole expressions, no comma
        if tok.low == "как" and (not _kak_clause(after) or _as_it_was(toks[start:tok.index], after)):
            continue
        if any(finite(t) and not never_finite(t.low) or t.feat("VerbForm") == "Inf" and tok.low != "пока"
               for t in after):
            yield prev, tok  # «пока» opens no infinitive clause: «Помогите нам пока защититься» is «for now»


# «как надо», «как все», «как обычно», «как по маслу»: set comparisons, not clauses
_KAK_SET = frozenset({"надо", "нужно", "все", "всегда", "обычно", "следует", "положено", "принято", "полагается"})


def _kak_clause(after: list[Token]) -> bool:
    """After «как» a clause of its own begins at once: a verb within three words, with only a pronoun,
    adverbs, particles or one noun before it («знаю, как её зовут», «делай, как мулла говорит») —
    not a comparison with a noun that the next clause's words follow («холодна как рыба…»)."""
    if not after or after[0].low in _KAK_SET:
        return False
    verb = next((k for k, t in enumerate(after[:3])
                 if finite(t) and not never_finite(t.low) or t.feat("VerbForm") == "Inf"), None)
    if verb is None:
        return False
    lead = after[:verb]
    if after[verb].feat("VerbForm") == "Inf" and any(t.pos == "NOUN" and after[verb].head == t.index for t in lead):
        return False  # the noun's infinitive: «рассматривают как способ сэкономить» is a role, not a clause
    return all(t.pos in ("PRON", "ADV", "PART", "NOUN", "PROPN") for t in lead) \
        and sum(t.pos in ("NOUN", "PROPN") for t in lead) <= 1


def _as_it_was(before: list[Token], after: list[Token]) -> bool:
    """«Оставьте всё как было», «всё продолжит работать как было»: «как было» closing its clause is the set comparison
    «as it was», no clause — unless a verb of knowing or telling asks it as a question («помню(,) как было»)."""
    if len(after) != 1 or after[0].low != "было":
        return False
    from app.core.grammar.rules.indirect_questions import _ASKING, _KNOWING  # it imports syntax_commas, which imports us

    return not any(p.normal_form in _KNOWING or p.normal_form in _ASKING for t in before for p in parses(t.text)[:1])


def _predicate(tok: Token) -> bool:
    return finite(tok) or tok.feat("Variant") == "Short" or any(
        p.tag.POS in ("PRED", "ADJS", "PRTS") for p in parses(tok.text)[:1])
