"""Косвенный падеж не тот, что нужен предлогу: «после работе» (→ «работы»), «про этого случая» (→ «этот
случай»), «благодаря вашего звонка» (→ «вашему звонку»), «на левым кармане» (→ «левом»).

A native writer seldom leaves a noun in the nominative after a preposition (``governed_case`` reports
that); the slip is another oblique case, most often from a phrase edited half-way or from a neighbouring
preposition's case. Reported only when the parse takes the preposition as the noun's, and either the noun
has no dictionary reading in any case the preposition takes (prepositions of one case only), or the noun
has one and a word between them has none in that case.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.governed_case import (_PREPOSITIONS, _SET_PHRASES, PREPOSITION_CASE, _case, _fits,
                                                  _inflect_phrase)
from app.core.grammar.rules.government import _MODIFIERS
from app.core.grammar.rules.repeated_conjunctions import _preposition_cases

RULES = ()  # the findings carry OURS_PREPOSITION_CASE: one rule to the learner

# prepositions of one case, where any other case of the noun is a slip; «благодаря», «согласно», «вопреки»
# take the dative only
_ONE_CASE = {**{p: c for p, c in _PREPOSITIONS.items() if len(c) == 1},
             "благодаря": ("datv",), "согласно": ("datv",), "вопреки": ("datv",)}


def _phrase(t: Text, i: int) -> list[int] | None:
    """The words of the noun phrase the parse gives preposition i: its noun (a common noun in the tagger's
    eyes and the dictionary's) and only the noun's «det» and «amod» words before it, else None."""
    sent, prep = t.token(i)
    if prep is None or prep.rel != "case" or prep.head <= prep.index:
        return None
    noun = sent.tokens[prep.head]
    k = i + (noun.index - prep.index)
    if k >= len(t.words) or (t.words[k].start, t.words[k].end) != (noun.start, noun.end):
        return None
    if noun.pos != "NOUN" or not noun.text.isalpha() or noun.text[:1].isupper() or not any(
            p.tag.POS == "NOUN" for p in parses(noun.text)):
        return None
    between = sent.tokens[prep.index + 1:noun.index]
    if any(tok.head != noun.index or tok.rel not in ("amod", "det") or not tok.text.isalpha() for tok in between):
        return None
    if not all(t.plain_gap(m) for m in range(i + 1, k + 1)):
        return None
    return list(range(i + 1, k + 1))


def _nouns(word: str) -> list:
    return [p for p in parses(word) if p.tag.POS == "NOUN"]


def _agreeing(t: Text, group: list[int]) -> bool:
    """The words before the noun agree with it in some reading: one phrase, not «для больного сиделку»
    (an adjective standing for a noun, then another noun)."""
    return all(any(_case(m.tag) == _case(n.tag) and m.tag.number == n.tag.number and (
        n.tag.number == "plur" or m.tag.gender == n.tag.gender) for m in parses(t.words[k].text)
        for n in _nouns(t.words[group[-1]].text)) for k in group[:-1])


def _old_plural(noun, cases) -> bool:
    """«через тернии»: a neuter noun in «-ие» kept its old plural in «-ии» in set phrases; the dictionary reads
    that form only as a singular locative, so after a preposition of the accusative it is no slip."""
    return "accs" in cases and all(p.word.endswith("ии") and p.tag.gender == "neut" for p in noun)


def _noun_misses(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> None:
    """«после работе»: the noun has no reading, however rare, in the preposition's case."""
    noun = _nouns(t.words[group[-1]].text)
    if _fits(noun, cases[0]) or any(_case(p.tag) == "nomn" for p in noun):
        return  # a nominative is the learner's slip, reported by ``governed_case``
    if _old_plural(noun, cases):
        return
    if not _agreeing(t, group):
        return
    prep = t.words[i]
    fixed = _inflect_phrase(t, group, cases[0])
    found.append(finding(PREPOSITION_CASE, prep.start, t.words[group[-1]].end,
                         *((f"{prep.text} {fixed}",) if fixed else ())))


def _modifier_misses(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> None:
    """«на левым кармане»: the noun stands in a case the preposition takes, a word the parse gives it in
    no such case (so the word cannot be a noun of its own standing between them either)."""
    noun = _nouns(t.words[group[-1]].text)
    case = next((c for c in cases if _fits(noun, c)), None)
    if case is None or len(group) < 2:
        return
    modifiers = [parses(t.words[k].text) for k in group[:-1]]
    if all(any(_case(p.tag) == c for p in readings for c in cases) or _complement(modifiers, n)
           for n, readings in enumerate(modifiers)):
        return
    if any(not any(p.tag.POS in _MODIFIERS for p in readings) for readings in modifiers):
        return
    fixed = _inflect_phrase(t, group, case)
    found.append(finding(PREPOSITION_CASE, t.words[group[0]].start, t.words[group[-1]].end,
                         *((fixed,) if fixed else ())))


def _complement(modifiers: list, n: int) -> bool:
    """«для оставшихся свободными мест»: an instrumental word right after a participle is the participle's
    own complement, not the noun's attribute."""
    return n > 0 and any(_case(p.tag) == "ablt" for p in modifiers[n]) and any(
        p.tag.POS == "PRTF" for p in modifiers[n - 1])


def _repeated_member(t: Text, i: int, group: list[int]) -> bool:
    """«между про… и про… политиками»: after «и» / «или» the phrase may stand in the case of a preposition a
    few words back, the second word (here a prefix written apart) repeated before each member."""
    if i == 0 or t.words[i - 1].low not in ("и", "или"):
        return False
    earlier = {c for w in t.words[max(0, i - 8):i - 1] for c in _preposition_cases(w.low)}
    return any(all(_fits(parses(t.words[k].text), c) for k in group) for c in earlier)


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-1]):
        cases = _PREPOSITIONS.get(w.low) or _ONE_CASE.get(w.low)
        if cases is None or not t.plain_gap(i + 1) or (w.low, t.words[i + 1].low) in _SET_PHRASES:
            continue
        group = _phrase(t, i)
        if group is None or _repeated_member(t, i, group):
            continue
        if w.low in _ONE_CASE:
            _noun_misses(t, i, group, _ONE_CASE[w.low], found)
        _modifier_misses(t, i, group, cases, found)
    return found
