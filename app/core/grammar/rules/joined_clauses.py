"""Запятая перед «и» между двумя частями сложного предложения, у каждой из которых свои подлежащее и сказуемое:
«Наш мастер приехал утром(,) и к обеду холодильник уже работал», «Прошла неделя(,) и посылка вернулась на склад»,
«Заявка уже принята(,) и мастер скоро позвонит».

The rule in :mod:`conjoined_parts` asks for the comma only when the sentence opens with the subject and its verb
follows at once, and the second subject right after «и»; this one reads the words by the dictionary where the
tree, lost without commas, is unsure. The first part is the words before «и» back to the writer's last mark: it
must open with its subject group, with its predicate or with «Это» and a noun (a word before both — «Вчера», «В лесу» — may belong to
both parts, and then no comma is due), hold a predicate that agrees with a subject of its own, and no word that
opens a clause (two clauses after one «что» share it). After «и», within a few words, a noun or pronoun in the
nominative and a finite verb agreeing with it, in either order and no clause word before them, make the second
part. Questions are left alone: two questions joined by «и» take no comma. The findings are OURS_LIST_COMMA's,
explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, likeliest_pos, parses
from app.core.grammar.rules.asyndetic import _OPENERS, _RELATIVES
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the findings are HOMOGENEOUS's

# how far after «и» the second part's subject and verb may stand: «и к обеду холодильник уже работал»
_REACH = 6
# a conjunction opening the sentence is none of the first part's words: «Но мастер приехал…»
_LEADING = frozenset({"а", "но", "и", "да", "однако", "зато"})
# modifiers a subject group may open with: «Наш мастер», «Эти курьеры», «Каждый оператор»
_DETERMINERS = frozenset({"мой", "твой", "наш", "ваш", "свой", "этот", "тот", "весь", "каждый", "любой", "такой",
                          "другой", "иной", "сам", "самый", "некоторый", "один", "никакой", "какой-то"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.low != "и" or i - start < 2 or i + 2 >= len(t.words) or not t.plain_gap(i + 1) or t.asks(i):
            continue
        prev = t.words[i - 1]
        if prev.low in _OPENERS or prev.low in _LEADING or not _first_part(t, start, i):
            continue
        if _second_part(t, i, t.words[start:i]):
            found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _first_part(t: Text, start: int, i: int) -> bool:
    """Words start..i-1 open with the subject group or the predicate, hold no clause word, and hold a predicate
    with a subject that agrees with it."""
    words = t.words[start:i]
    while words and words[0].low in _LEADING | {"даже", "ведь"}:
        words = words[1:]  # «Но даже самые опытные курьеры…» («Уже», «Снова» may be both parts' own)
    if len(words) < 2 or any(_clause_word(w.low) for w in words):
        return False
    if words[0].low == "это" and t.opens_sentence(words[0].index) and not any(_predicate(w.low) for w in words):
        return True  # «Это наша ошибка и мы её исправим»: «это» and a noun, a clause of its own
    k = 0
    while k < len(words) - 1 and _determiner(words[k].low):
        k += 1
    head = words[k].text
    predicates = [w.text for w in words if _predicate(w.low)]
    if _predicate(words[k].low):
        return any(_agree(s.text, p) for s in words[k + 1:] for p in predicates)
    return any(_agree(head, p) for p in predicates)


def _second_part(t: Text, i: int, first) -> bool:
    """Within a few words after «и» at i, before any mark or clause word, a subject in the nominative and a
    finite verb or short form agreeing with it."""
    words = []
    for k in range(i + 1, min(i + 1 + _REACH, len(t.words))):
        if not t.plain_gap(k) or _clause_word(t.words[k].low) or likeliest_pos(t.words[k].low) == "CONJ":
            break
        words.append(t.words[k])
    for n, w in enumerate(words):
        if not _predicate(w.low):
            continue
        # a noun after a preposition is in the preposition's case: «и к обеду», «и в тот же вечер»; after an
        # attribute that is no nominative, in the attribute's case: «и без подписанного письма»
        if any(_agree(x.text, w.text) for m, x in enumerate(words[:n])
               if not (_after_preposition(words, m) or m and _oblique_attribute(words[m - 1].low))):
            return True
        # «…и приближался решающий час»: a subject after the verb (past its adjectives), the verb agreeing with
        # nothing before «и» — else it may be the first part's second verb («Он закрыл окно и проверил замок»)
        after = next((x for x in words[n + 1:] if not _determiner(x.low)), None)
        return after is not None and _agree(after.text, w.text) and not any(_agree(x.text, w.text) for x in first)
    return False


def _after_preposition(words, m: int) -> bool:
    """The word at m follows a preposition, with at most its attributes and «же» between: «к обеду», «в тот же
    день», «на этой неделе»."""
    k = m - 1
    while k >= 0 and (words[k].low == "же" or likeliest_pos(words[k].low) in ("ADJF", "PRTF")):
        k -= 1
    return k >= 0 and likeliest_pos(words[k].low) == "PREP"


@lru_cache(maxsize=8192)
def _oblique_attribute(word: str) -> bool:
    """An adjective or participle with no nominative reading («надлежащего», «подписанного»): the noun it
    stands before is in its case, not the subject."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("ADJF", "PRTF") and all(
        p.tag.case != "nomn" for p in readings if p.tag.POS in ("ADJF", "PRTF"))


@lru_cache(maxsize=8192)
def _clause_word(word: str) -> bool:
    readings = parses(word)
    return word in _OPENERS and word not in ("и", "а", "но", "да", "зато", "однако", "тоже", "так", "то") or bool(
        readings) and any(p.normal_form in _RELATIVES for p in readings[:1]) and word not in ("что-то", "кто-то")


@lru_cache(maxsize=8192)
def _determiner(word: str) -> bool:
    """An attribute that opens a subject group: a determiner, or an adjective or participle by its likeliest
    reading, in the nominative."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.case == "nomn" and (
        readings[0].normal_form in _DETERMINERS or readings[0].tag.POS in ("ADJF", "PRTF"))


@lru_cache(maxsize=8192)
def _predicate(word: str) -> bool:
    """A finite verb by every reading, or a short adjective or participle by the likeliest one."""
    readings = parses(word)
    if not readings or word in ("есть", "было", "будет", "нет"):
        return False
    if all(p.tag.POS == "VERB" for p in readings):
        return True
    return readings[0].tag.POS in ("ADJS", "PRTS") and (readings[0].score > 0.5 or all(
        p.tag.POS in ("ADJS", "PRTS") for p in readings))  # «принята»: a short participle or adjective either way


@lru_cache(maxsize=8192)
def _agree(noun: str, predicate: str) -> bool:
    """Some nominative reading of the noun agrees with some reading of the predicate (a verb by person, number and,
    in the past, gender; a short form by number and gender)."""
    readings = parses(noun)
    if not readings or readings[0].tag.POS not in ("NOUN", "NPRO"):
        return False  # «в», «с» are nouns too for the dictionary (abbreviations), but not likely ones
    for n in readings:
        if n.tag.case != "nomn" or n.tag.POS not in ("NOUN", "NPRO"):
            continue
        for v in parses(predicate):
            if v.tag.POS not in ("VERB", "ADJS", "PRTS") or v.tag.number != n.tag.number:
                continue
            if v.tag.person and v.tag.person != (n.tag.person or "3per"):
                continue
            if n.tag.number == "sing" and v.tag.gender and n.tag.gender and v.tag.gender != n.tag.gender:
                continue
            return True
    return False
