"""Повторяющиеся союзы между однородными членами из нескольких слов: «ни с друзьями(,) ни с родными», «или по
почте(,) или в офисе», «то в офисе(,) то дома», «либо сегодня вечером(,) либо завтра утром», «не то смеялся(,)
не то плакал».

With a repeated conjunction every member after the first is parted by a comma before its conjunction. The tree
rule (:mod:`syntax_commas`) finds one-word members; here the words decide for members that open with a
preposition — each member is a preposition with one or two words after it that read as the preposition's
case, also after «то», which is no pronoun there —, for members of two or three words whose first words are alike («ни крупных ошибок(,) ни мелких
опечаток»), and for the two-word conjunction «не то… не то» with one-word members alike. Set phrases written without
a comma («ни с того ни с сего», «ни к селу ни к городу», «ни за что ни про что») are
left alone, as is a conjunction that follows another one. The findings are OURS_LIST_COMMA's, explained in
:mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, known, parses
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the findings are HOMOGENEOUS's

# «и… и…» is left to the tree's one-word members: before longer ones writers often leave the comma out, and
# a first «и» may only close a list («прочих слепых глухих и хромых»)
_REPEATED = frozenset({"ни", "или", "либо"})
# idioms with a repeated conjunction and prepositions, written without a comma (by the members' last words)
_IDIOMS = frozenset({("того", "сего"), ("селу", "городу"), ("что", "про"), ("что", "что"),
                     ("чем", "чем"), ("зуб", "ногой"), ("жизнь", "смерть")})
_CONJUNCTIONS = frozenset({"и", "а", "но", "или", "либо", "ни", "да", "не", "то"})


def check(t: Text) -> list[Finding]:
    found: dict[int, Finding] = {}  # a third member is seen from the first conjunction and from the second
    for i, w in enumerate(t.words):
        if w.low in _REPEATED and not _after_conjunction(t, i) and not _closes_pair(t, i):
            members = (*_prepositional_members(t, i), *_parallel_members(t, i))
        elif w.low == "то" and not _after_conjunction(t, i) and not (i > 0 and t.words[i - 1].low in _CONCESSIVE):
            members = _prepositional_members(t, i)  # before a preposition «то» is no pronoun: «то в городе…»
        elif w.low == "не" and _ne_to(t, i) and not _after_conjunction(t, i):
            members = _ne_to_members(t, i)
        else:
            continue
        for f in members:
            found.setdefault(f.offset, f)
    return [found[k] for k in sorted(found)]


def _after_conjunction(t: Text, i: int) -> bool:
    """The word before word i is a conjunction or a particle: «и ни в городе…» is no first member."""
    return i > 0 and t.plain_gap(i) and t.words[i - 1].low in _CONJUNCTIONS


def _closes_pair(t: Text, i: int) -> bool:
    """The conjunction may join the word before it to the next one and only then repeat: «для исправления или
    замены слов или сокращений» — the words on both sides of it are alike."""
    if i == 0 or not t.plain_gap(i) or i + 1 >= len(t.words):
        return False
    before, after = t.words[i - 1].low, t.words[i + 1].low
    return before == after or _alike(before, after)


def _prepositional_members(t: Text, i: int):
    """Commas before the second and later conjunctions of «C P x C P y…» where each member is a
    preposition P and one or two words of its case."""
    conj, first = t.words[i].low, _member(t, i + 1)
    if first is None:
        return
    k, last_word = first
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low == conj:
        member = _member(t, k + 1)
        if member is None or (last_word, t.words[member[0] - 1].low) in _IDIOMS:
            return
        prev = t.words[k - 1]
        yield finding(HOMOGENEOUS, prev.start, t.words[k].end, f"{prev.text}, {t.words[k].text}")
        k, last_word = member[0], t.words[member[0] - 1].low


# words after which «ни» is the particle of a concessive clause, not a conjunction: «как ни старался»
_CONCESSIVE = frozenset({"как", "кто", "что", "где", "куда", "когда", "бы", "б", "сколько", "какой", "какая",
                         "какое", "какие", "чего", "чем", "кого", "кому"})
_CLAUSE_WORDS = frozenset({"что", "чтобы", "если", "когда", "который", "которая", "которое", "которые", "где", "потому",
                           "так", "хотя", "будто", "словно", "чем"})


def _parallel_members(t: Text, i: int):
    """«ни крупных недостатков ни подлинных достоинств», «ни к миру света ни к миру тьмы»: a first member of
    two or three words after the conjunction, the same conjunction again, and the second member opening with
    a word of the first one's part of speech and case (or the same word)."""
    conj = t.words[i].low
    if conj == "ни" and i > 0 and t.words[i - 1].low in _CONCESSIVE:
        return
    for j in range(i + 3, min(i + 5, len(t.words) - 1)):
        if not all(t.plain_gap(k) for k in range(i + 1, j + 2)):
            return
        words = t.words[i + 1:j]
        if any(w.low in _CONJUNCTIONS or w.low in _CLAUSE_WORDS for w in words):
            return
        if t.words[j].low != conj:
            continue
        a, b = t.words[i + 1], t.words[j + 1]
        ends = {b.low} | ({t.words[j + 2].low} if j + 2 < len(t.words) else set())
        if any((words[-1].low, end) in _IDIOMS for end in ends) or not (a.low == b.low or _alike(a.low, b.low)):
            return
        prev = t.words[j - 1]
        yield finding(HOMOGENEOUS, prev.start, t.words[j].end, f"{prev.text}, {t.words[j].text}")
        return


def _member(t: Text, k: int) -> tuple[int, str] | None:
    """A member opening at word k: a preposition, one or two words that read in a case it takes and maybe
    a genitive noun of theirs, with plain spaces between. (The index after it, its last word.)"""
    if k + 1 >= len(t.words) or not all(t.plain_gap(j) for j in (k, k + 1)):
        return None
    cases = _preposition_cases(t.words[k].low)
    if not cases:
        return None
    end = k + 1
    while end < len(t.words) and end - k <= 2 and t.plain_gap(end) and _case_forms(t.words[end].low) & cases \
            and t.words[end].low not in _CONJUNCTIONS:
        end += 1
    if end == k + 1:
        return None
    if end < len(t.words) and t.plain_gap(end) and _genitive_noun(t.words[end].low):
        end += 1  # the noun's own genitive: «в пункте выдачи»
    return end, t.words[end - 1].low


@lru_cache(maxsize=8192)
def _genitive_noun(word: str) -> bool:
    readings = [p for p in parses(word) if p.score >= 0.05]
    return known(word) and bool(readings) and all(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in readings)


@lru_cache(maxsize=512)
def _preposition_cases(word: str) -> frozenset:
    """The cases a preposition governs; none for any other word."""
    readings = parses(word)
    return _GOVERNS.get(word, frozenset()) if readings and readings[0].tag.POS == "PREP" else frozenset()


_GOVERNS = {
    "в": frozenset({"accs", "loct", "loc2", "nomn"}), "во": frozenset({"accs", "loct", "loc2"}),
    "на": frozenset({"accs", "loct", "loc2"}), "с": frozenset({"ablt", "gent", "gen2"}),
    "со": frozenset({"ablt", "gent"}), "к": frozenset({"datv"}), "ко": frozenset({"datv"}),
    "от": frozenset({"gent", "gen2"}), "из": frozenset({"gent", "gen2"}), "до": frozenset({"gent", "gen2"}),
    "у": frozenset({"gent"}), "для": frozenset({"gent"}), "без": frozenset({"gent", "gen2"}),
    "о": frozenset({"loct", "accs"}), "об": frozenset({"loct", "accs"}), "про": frozenset({"accs"}),
    "по": frozenset({"datv", "loct", "accs"}), "за": frozenset({"accs", "ablt"}),
    "под": frozenset({"accs", "ablt"}), "над": frozenset({"ablt"}), "перед": frozenset({"ablt"}),
    "при": frozenset({"loct"}), "через": frozenset({"accs"}), "между": frozenset({"ablt", "gent"}),
}


@lru_cache(maxsize=8192)
def _case_forms(word: str) -> frozenset:
    """Cases of the word's noun, pronoun, adjective and numeral readings (none for an unknown word)."""
    if not known(word):
        return frozenset()
    return frozenset(p.tag.case for p in parses(word) if p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF", "NUMR")
                     and p.score >= 0.05)


def _ne_to(t: Text, i: int) -> bool:
    nxt = t.word(i + 1)
    return nxt is not None and nxt.low == "то" and t.plain_gap(i + 1)


def _ne_to_members(t: Text, i: int):
    """«не то X не то Y»: one word each, of one part of speech and case («не то смеялся, не то плакал»,
    «не то страх, не то стыд»)."""
    if i + 5 >= len(t.words) or not all(t.plain_gap(j) for j in range(i + 1, i + 6)):
        return
    words = t.words[i + 2:i + 6]
    if words[1].low != "не" or words[2].low != "то":
        return
    a, b = words[0], words[3]
    if a.low in ("что", "чтобы") or not _alike(a.low, b.low):
        return
    yield finding(HOMOGENEOUS, a.start, words[1].end, f"{a.text}, {words[1].text}")


@lru_cache(maxsize=8192)
def _alike(a: str, b: str) -> bool:
    """Sure readings of both words share a part of speech (and the case, for words that have one)."""
    if not (known(a) and known(b)):
        return False
    kinds = ("NOUN", "ADJF", "ADJS", "VERB", "INFN", "ADVB", "PRTS", "COMP", "PREP", "PRTF", "NPRO")
    return any(x.tag.POS == y.tag.POS and x.tag.POS in kinds and x.tag.case == y.tag.case
               for x in parses(a) if x.score >= 0.05 for y in parses(b) if y.score >= 0.05)
