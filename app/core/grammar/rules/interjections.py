"""«Ну» и «что ж» в начале реплики, «однако» между подлежащим и сказуемым: «Ну, я пошёл», «Что ж, начнём»,
«Он, однако, не пришёл».

«Ну» opening a reply is an interjection set off by a comma when a clause of its own follows: a subject pronoun
(«Ну, я не против») or «раз», «когда» opening a clause («Ну, раз так, …»). Before other words it is as often a
particle that leans on the next word and takes no comma: «Ну и погода!», «Ну вот и всё», «Ну давай», «Ну хорошо»,
«Ну ты и хитрец!». «Что ж» (and «ну что ж») opening a statement is always an interjection; in a question it is
«why» («Что ж вы молчали?»).
«Значит» after a clause with its own subject and predicate and before another clause («Свет горит(,) значит кто-то
дома») joins the two as «следовательно»: the comma before it is due; after it the writer may put one or not.
«Однако» right after a subject that opens the sentence and before its verb is an introductory word, set off on
both sides; between clauses it is a conjunction with a comma before it only (the tree rules' comma).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, SUBJECT_PRONOUNS, Text, finding, likeliest_pos, parses
from app.core.grammar.rules.introductory import INTRO_COMMA
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS
from app.core.phrase import phrase

INTERJECTION_COMMA = RuleInfo(
    "OURS_INTERJECTION_COMMA",
    phrase("Запятая после «ну» и «что ж» в начале реплики"),
    phrase("Междометие отделяется запятой."),
    phrase("«Ну» и «что ж» в начале реплики — междометия, они отделяются запятой: «Ну, я пошёл», «Ну, если вы "
    "согласны, начнём», «Что ж, попробуем». Запятая не нужна, когда «ну» — частица, усиливающая следующее слово: "
    "«Ну и погода!», «Ну вот и всё», «Ну давай», «Ну хорошо», а «что ж» в вопросе значит «почему»: «Что ж вы "
    "молчали?»."),
    Category.PUNCTUATION,
)

RULES = (INTERJECTION_COMMA,)

_PRONOUNS = frozenset(SUBJECT_PRONOUNS)
_CONJUNCTIONS = frozenset({"раз", "когда"})  # «если», «даже если» are the conjunction rules'
# «Ну ты и хитрец!», «Ну я же говорил»: a particle after the pronoun makes «ну» lean on it
_LEANING = frozenset({"и", "же", "ж", "уж", "ведь", "что", "как"})


def check(t: Text) -> list[Finding]:
    found = []
    for i, w in enumerate(t.words):
        if not t.starts_sentence(i):
            if w.low == "однако":
                _however(t, i, found)
            elif w.low == "значит" and t.plain_gap(i) and _therefore(t, i):
                prev = t.words[i - 1]
                found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
            continue
        k = i + 2 if w.low == "ну" and _is(t, i + 1, "что") and _is(t, i + 2, "ж") else i
        if w.low == "что" and _is(t, i + 1, "ж"):
            k = i + 1
        # before a preposition «что ж» may still be the start of a question or a clause: left alone
        if k > i and _is(t, k + 1) and _sentence_end(t, k) != "?" and not likeliest_pos(t.words[k + 1].text) == "PREP":
            end = t.words[k]
            found.append(finding(INTERJECTION_COMMA, w.start, t.words[k + 1].end,
                                 f"{t.text[w.start:end.end]}, {t.words[k + 1].text}"))
        elif w.low == "ну" and _is(t, i + 1) and _sentence_end(t, i) not in ("?", "!"):
            nxt = t.words[i + 1]
            after = t.word(i + 2)
            if nxt.low in _CONJUNCTIONS or nxt.low in _PRONOUNS and after is not None and after.low not in _LEANING:
                found.append(finding(INTERJECTION_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))
    return found


def _is(t: Text, i: int, word: str = "") -> bool:
    """Word i follows the one before with only spaces between (and is ``word`` when one is given)."""
    return i < len(t.words) and t.plain_gap(i) and (not word or t.words[i].low == word)


def _sentence_end(t: Text, i: int) -> str:
    """The mark that ends the sentence of word i: «.», «!», «?» or «» at the end of the text."""
    rest = t.text[t.words[i].end:]
    return next((ch for ch in rest if ch in ".!?…"), "")


def _however(t: Text, i: int, found: list) -> None:
    """«Он однако не пришёл» → «Он, однако, не пришёл»: the subject opens the sentence (alone or after one word
    that agrees with it), the verb follows «однако»."""
    subject = t.words[i - 1]
    start = subject.index
    if not t.starts_sentence(start):
        start -= 1
        if start < 0 or not t.starts_sentence(start) or not t.plain_gap(subject.index) or not _nominative(
                t.words[start].text, ("ADJF", "NPRO")):
            return
    if not _nominative(subject.text, ("NOUN", "NPRO")) or not _is(t, i + 1) or not _verb(t, i + 1):
        return
    before = t.gap_before(i).strip()
    last = i + 1 if t.words[i + 1].low == "же" else i  # «однако же» is one word
    if before not in ("", ",") or not _is(t, last + 1):
        return
    fixed = f"{subject.text}, {t.text[t.words[i].start:t.words[last].end]}, {t.words[last + 1].text}"
    found.append(finding(INTRO_COMMA, subject.start, t.words[last + 1].end, fixed))


_NOT_IN_FIRST = frozenset({"что", "чтобы", "если", "когда", "как", "где", "раз", "хотя", "пока", "который", "которая",
                           "которое", "которые", "кто", "чем", "и", "а", "но", "или"})


def _therefore(t: Text, i: int) -> bool:
    """«значит» at word i stands between two clauses: before it a predicate with a subject earlier in the sentence
    (no clause opener before), after it a subject and its predicate or a predicate alone."""
    prev = t.words[i - 1]
    k = i - 1
    while k > 0 and not t.starts_sentence(k):
        k -= 1
    first = t.words[k:i - 1]
    if not first or any(x.low in _NOT_IN_FIRST for x in first) or not _predicate(prev.text) \
            or not any(_nominative(x.text, ("NOUN", "NPRO")) for x in first):
        return False
    if not _is(t, i + 1):
        return False
    nxt = t.words[i + 1]
    if _nominative(nxt.text, ("NOUN", "NPRO")):
        return _verb(t, i + 2) or _is(t, i + 2) and _predicate(t.words[i + 2].text)
    return _verb(t, i + 1) or _predicate(nxt.text)


def _predicate(word: str) -> bool:
    """A finite verb or a short adjective or participle by the likeliest reading."""
    readings = parses(word)
    return bool(readings) and (readings[0].tag.POS == "VERB" and "impr" not in readings[0].tag
                               or readings[0].tag.POS in ("ADJS", "PRTS"))


def _nominative(word: str, kinds: tuple[str, ...]) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in kinds and readings[0].tag.case == "nomn"


def _verb(t: Text, k: int) -> bool:
    """A verb in a personal form at word k, after «не», «уже», «всё же» and the like."""
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in ("не", "уже", "всё", "все", "же", "ещё", "еще",
                                                                         "всегда", "никогда", "так", "и"):
        k += 1
    if k >= len(t.words) or not t.plain_gap(k):
        return False
    readings = parses(t.words[k].text)
    return bool(readings) and readings[0].tag.POS == "VERB"
