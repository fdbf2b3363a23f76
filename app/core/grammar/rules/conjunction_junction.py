"""A comma where «и» meets a subordinating conjunction: «Курьер постучал и, когда никто не открыл, ушёл».

«И» joins two predicates; the clause of «когда», «если», «пока», «хотя» or «раз» right after it is set in between
and is closed by its comma, so it is opened by one too — after «и» (Розенталь: запятая на стыке сочинительного и
подчинительного союзов, если придаточное можно изъять без перестройки предложения). When «то», «так» or «тогда»
follows the clause the two conjunctions work as a pair and take no comma between them («…и если не получится,
то…»). Reported only when the sentence has a verb before «и», the clause has its own verb, and a verb follows its
comma — the second predicate «и» joins.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, likeliest_pos
from app.core.phrase import phrase

JUNCTION_COMMA = RuleInfo(
    "OURS_JUNCTION_COMMA",
    phrase("Запятая на стыке «и» и подчинительного союза"),
    phrase("Придаточное предложение внутри сказуемых, соединённых «и», выделяется запятыми с обеих сторон."),
    phrase("Если после «и» стоит придаточное предложение («когда…», «если…», «пока…»), а за ним продолжается "
    "то, что «и» присоединяет, придаточное выделяется запятыми с обеих сторон, и первая стоит после «и»: «Курьер "
    "постучал и, когда никто не открыл, ушёл». Запятая после «и» не нужна, если дальше идёт «то», «так» или «тогда»: "
    "«Позвоните нам и если не дозвонитесь, то напишите»."),
    Category.PUNCTUATION,
)

RULES = (JUNCTION_COMMA,)

_OPENERS = frozenset({"когда", "если", "пока", "хотя", "раз"})
_PAIRED = frozenset({"то", "так", "тогда"})
_MARKS = ".!?;:—–()«»\"\n"


def check(t: Text) -> list[Finding]:
    found = []
    words = t.words
    for i, w in enumerate(words):
        opener = t.word(i + 1)
        if w.low != "и" or opener is None or opener.low not in _OPENERS or not t.plain_gap(i + 1) \
                or not t.plain_gap(i) or not _verb_before(t, i):
            continue
        close = _clause_comma(t, i + 2)
        if close is None or words[close].low in _PAIRED or not _verb_at(t, close) \
                or not any(_finite(x.low) for x in words[i + 2:close]):
            continue
        found.append(finding(JUNCTION_COMMA, w.start, opener.end, f"{w.text}, {opener.text}"))
    return found


def _verb_before(t: Text, i: int) -> bool:
    """A verb before «и» in its sentence: «и» joins a second predicate."""
    k = i - 1
    while k >= 0:
        if _finite(t.words[k].low):
            return True
        if t.starts_sentence(k):
            return False
        k -= 1
    return False


def _clause_comma(t: Text, k: int) -> int | None:
    """The index of the word after the first comma from word k on, when nothing else marks the way there."""
    while k < len(t.words):
        gap = t.gap_before(k)
        if any(ch in _MARKS for ch in gap):
            return None
        if "," in gap:
            return k
        k += 1
    return None


def _verb_at(t: Text, k: int) -> bool:
    """A finite verb opens what follows the comma, or comes after «не» or one adverb."""
    if _finite(t.words[k].low):
        return True
    nxt = t.word(k + 1)
    return nxt is not None and t.plain_gap(k + 1) and _finite(nxt.low) and (
        t.words[k].low == "не" or likeliest_pos(t.words[k].low) == "ADVB")


def _finite(word: str) -> bool:
    return likeliest_pos(word) == "VERB"
