"""Предлог «в» перед наречием: «привезём в послезавтра» (→ «послезавтра»), «ответ будет в сегодня».

An adverb has no case for a preposition to govern: «в» before a word every likely reading of which is an adverb is
a slip — most often a date changed half-way («в пятницу» → «послезавтра»). Other prepositions are left alone: «до
завтра», «на послезавтра», «с сегодня» are set ways of naming a time. Reported only when the adverb stands alone:
the word after it, if any in its part, is no word the adverb may qualify (an adjective, a participle, another
adverb, a numeral, a pronoun, a genitive noun: «в очень удобном месте», «в более ранние сроки», «во много раз»);
«в никуда» is a set phrase.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

PREPOSITION_BEFORE_ADVERB = RuleInfo(
    "OURS_PREPOSITION_BEFORE_ADVERB",
    phrase("Предлог перед наречием"),
    phrase("Перед наречием предлог «в» не ставится."),
    phrase("Наречие не изменяется по падежам, поэтому предлогу нечем им управлять: пишут «привезём послезавтра», "
           "«ответим сегодня» без предлога. С существительным предлог нужен: «в пятницу», «в среду вечером»."),
    Category.GRAMMAR,
)

RULES = (PREPOSITION_BEFORE_ADVERB,)

_SET_PHRASES = frozenset({"никуда"})  # «уйти в никуда»
# what an adverb may qualify, so that «в» is that word's preposition: «в очень удобном месте», «во много раз»
_QUALIFIED = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "ADVB", "COMP", "NUMR", "NPRO", "PRCL"})


def _adverb(word: str) -> bool:
    readings = [p for p in parses(word) if p.score >= 0.02]
    return word.isalpha() and bool(readings) and all(p.tag.POS == "ADVB" for p in readings)


def _qualifies(t: Text, k: int) -> bool:
    """The word at k, in the adverb's part, may be one the adverb qualifies."""
    w = t.word(k)
    if w is None or not t.plain_gap(k):
        return False
    if not w.text.isalpha():
        return True  # «в почти 2 раза»
    return any(p.tag.POS in _QUALIFIED or p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(w.text))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-1]):
        if w.low not in ("в", "во") or not t.plain_gap(i + 1):
            continue
        adverb = t.words[i + 1]
        if adverb.low in _SET_PHRASES or not adverb.text.islower() or not _adverb(adverb.text) or _qualifies(t, i + 2):
            continue
        found.append(finding(PREPOSITION_BEFORE_ADVERB, w.start, adverb.end, match_case(w.text, adverb.text)))
    return found
