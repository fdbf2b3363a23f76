"""Запятая перед «пока» (не) в значении «until» и перед «если», «когда» с усилительной частицей: «…, пока он не
вернётся», «…, пока не перебьём всех», «…, даже если опоздаем», «…, лишь когда соберём», «в том случае, если…»."""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, agrees_with_pronoun, finding, has_tag, parses
from app.core.grammar.rules.conjunctions import CONJ_COMMA, NO_COMMA_AFTER
from app.core.grammar.rules.tree_words import MODAL_IMPERSONAL, subject_of

RULES = ()  # CONJ_COMMA is conjunctions'


def _plain_prev(t: Text, i: int):
    """The word before word i if only spaces separate them and both are in one sentence."""
    return t.words[i - 1] if i > 0 and t.plain_gap(i) else None


def _comma_before(t: Text, i: int, found: list[Finding]) -> None:
    prev, w = t.words[i - 1], t.words[i]
    found.append(finding(CONJ_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))


# a particle before «если», «когда» stands inside the clause, and the comma before the particle
# «только если», «только когда» are often written without the comma (a quarter of them in the documentation
# measured): that one is left to the writer
_STRESSING = frozenset({"даже", "лишь", "именно"})
_DAVAI = frozenset({"давай", "давайте", "пусть", "пускай", "тех", "пор", "того", "времени"})


def _check_until_and_even(t: Text, found: list[Finding]) -> None:
    """«…, пока он не вернётся», «…, пока не перебьём всех», «…, даже если опоздаем», «…, лишь когда
    соберём», «в том случае, если…».
    «пока» is a conjunction only before a clause of its own — a subject with its predicate, or «не» with a
    perfective verb («until»); «Мы пока не знаем», «Давайте пока не будем» keep the adverb «for now»."""
    for i, w in enumerate(t.words):
        prev = _plain_prev(t, i)
        nxt = t.word(i + 1)
        if prev is None or nxt is None or not t.plain_gap(i + 1) or prev.low in NO_COMMA_AFTER:
            continue
        # after «тогда», «там» the comma is the correlative's, before the conjunction: «тогда, лишь когда»
        if w.low in _STRESSING and nxt.low in ("если", "когда") and not has_tag(prev.text, "PREP") \
                and prev.low not in ("тогда", "там", "туда", "так", "потом"):
            _comma_before(t, i, found)  # the particle goes with the clause: «…, лишь когда соберём»
        elif w.low == "если" and prev.low == "случае" and i >= 2 and t.plain_gap(i - 1) \
                and t.words[i - 2].low in ("том", "этом", "таком"):
            _comma_before(t, i, found)
        elif w.low == "пока" and prev.low not in _DAVAI and not _subject_word(prev.text) and _until_clause(t, i + 1) \
                and not _infinitive_of_modal(t, i) and not _opening_subject(t, i - 1):
            _comma_before(t, i, found)


def _infinitive_of_modal(t: Text, i: int) -> bool:
    """«платить пока не придётся»: the infinitive before «пока» depends on the impersonal verb after «не», so «пока»
    is the adverb «for now» inside one clause (but «подождать, пока не придёт код» parts two)."""
    verb = t.word(i + 2) if i + 2 < len(t.words) and t.plain_gap(i + 2) else None
    if verb is None or t.words[i + 1].low != "не" or not any(
            p.tag.POS == "VERB" and p.normal_form in MODAL_IMPERSONAL for p in parses(verb.text)[:1]):
        return False
    k = i - 1  # the infinitive may have its object between («менять тариф пока не получится»)
    while k >= max(0, i - 4):
        top = parses(t.words[k].text)[:1]
        if top and top[0].tag.POS in ("INFN", "VERB", "PRTS", "ADJS", "PRED", "CONJ"):
            return top[0].tag.POS == "INFN"
        if not t.plain_gap(k):
            return False
        k -= 1
    return False


def _subject_word(word: str) -> bool:
    """A noun or pronoun most likely in the nominative: «пока» after it is the adverb of its clause («Заказ пока
    в пути»)."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("NOUN", "NPRO") and readings[0].tag.case == "nomn"


_PREDICATE_POS = frozenset({"VERB", "INFN", "PRTS", "ADJS", "PRED", "GRND"})


def _opening_subject(t: Text, k: int) -> bool:
    """The words of the part up to word k hold a noun or pronoun that may be nominative and nothing that may be a
    predicate: «Бонус пока не пришёл», «Извините, деньги клиенту пока не вернули» — the part is the clause of «пока»
    with its subject, and «пока» is its adverb «yet»; a clause of «пока» would need a main clause before it
    («Подождите, пока…»). pymorphy often ranks the accusative of such nouns first, so every reading is asked."""
    subject = False
    for j in range(t.run_start(k), k + 1):
        readings = parses(t.words[j].text)
        if not readings or readings[0].tag.POS in _PREDICATE_POS:
            return False
        subject = subject or any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" for p in readings)
    return subject


def _until_clause(t: Text, k: int) -> bool:
    first = t.words[k]
    after = t.word(k + 1) if k + 1 < len(t.words) and t.plain_gap(k + 1) else None
    if after is None:
        return False
    if first.low == "не":
        return any(p.tag.POS == "VERB" and "perf" in p.tag for p in parses(after.text)[:1])
    k2 = k + 2 if after.low == "не" else k + 1
    verb = t.word(k2) if k2 < len(t.words) and t.plain_gap(k2) else None
    if verb is None:
        return False
    if first.low in SUBJECT_PRONOUNS:
        return any(p.tag.POS == "VERB" and agrees_with_pronoun(p, first.low) or p.tag.POS in ("ADJS", "PRTS")
                   for p in parses(verb.text)[:1])
    return first.text.islower() and subject_of(first.text, verb.text)


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    _check_until_and_even(t, found)
    return found
