"""Сказуемое перед подлежащим «прилагательное во множественном числе + числительное + существительное»: «Осталось
последние 3 штуки» → «Остались» (ср. верное «Осталось 3 штуки», «Осталось последних три штуки»).

A numeral group alone takes a predicate in the neuter singular («осталось три места», «прошло пять дней»); an
adjective or a participle in the nominative plural before the numeral («последние», «первые», «оставшиеся») makes the
group plural, and the predicate follows it: «остались последние три места», «прошли первые два дня».
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, match_case, parses
from app.core.grammar.rules.agreement import SUBJECT_VERB

RULES = ()  # SUBJECT_VERB is agreement's

# words that may stand before the verb at the sentence start and are no subject: «Уже осталось…», «Всего осталось…»
_LEADING = frozenset({"уже", "еще", "всего", "только", "тогда", "сейчас", "теперь", "сегодня", "вчера", "пока", "и",
                      "а", "но", "ведь", "так", "вот", "к", "сожалению", "счастью"})


def _neuter_predicate(word: str):
    """The reading of a verb in the neuter past or the third person singular, most likely of the word; not «быть»
    («Было первые два дня тяжело»: the group tells how long)."""
    found = parses(word)[:1]
    if not found or found[0].tag.POS != "VERB" or found[0].normal_form == "быть" or "sing" not in found[0].tag:
        return None
    reading = found[0]
    if "past" in reading.tag and reading.tag.gender != "neut" or "past" not in reading.tag and reading.tag.person != "3per":
        return None
    return reading


def _plural_nominative_modifier(word: str) -> bool:
    """An adjective or a participle that can be in the nominative plural and cannot be in the genitive plural
    («последние», not «последних»)."""
    found = parses(word)
    return any(p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag and p.tag.case == "nomn" for p in found) \
        and not any(p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag and p.tag.case == "gent" for p in found)


def _numeral(t: Text, k: int) -> int | None:
    """The index of the last word of a numeral at word k (figures, «2 500», or a numeral in words above one),
    or None."""
    w = t.words[k]
    if w.text.isdigit():
        end = k
        while end + 1 < len(t.words) and t.plain_gap(end + 1) and t.words[end + 1].text.isdigit() \
                and len(t.words[end + 1].text) == 3:
            end += 1
        figure = "".join(t.words[m].text for m in range(k, end + 1))
        return None if figure.endswith("1") and not figure.endswith("11") else end
    readings = parses(w.low)[:2]
    if any(p.tag.POS == "NUMR" and p.tag.case == "nomn" for p in readings) and w.low not in ("один", "одна", "одно"):
        return k
    return None


def _subject_later(t: Text, k: int, verb) -> bool:
    """A noun later in the verb's part that may be its subject: «Действовало первые 3 дня предложение»."""
    for m in range(k, len(t.words)):
        if not t.plain_gap(m):
            return False
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" and "sing" in p.tag
               and (verb.tag.gender is None or p.tag.gender in (verb.tag.gender, None)) for p in parses(t.words[m].low)[:2]):
            return True
    return False


def check(t: Text) -> list[Finding]:
    found = []
    for i, w in enumerate(t.words):
        verb = _neuter_predicate(w.low)
        if verb is None or i + 3 >= len(t.words) or not all(t.plain_gap(m) for m in (i + 1, i + 2)):
            continue
        s = i
        while not t.starts_sentence(s) and t.plain_gap(s) and t.words[s - 1].low in _LEADING:
            s -= 1
        if not t.starts_sentence(s) or not _plural_nominative_modifier(t.words[i + 1].low):
            continue
        end = _numeral(t, i + 2)
        if end is None or end + 1 >= len(t.words) or not t.plain_gap(end + 1) \
                or not any(p.tag.POS == "NOUN" for p in parses(t.words[end + 1].low)[:2]) \
                or _subject_later(t, end + 2, verb):
            continue
        plural = verb.inflect({"plur"} if "past" in verb.tag else {"plur", "3per"})
        found.append(finding(SUBJECT_VERB, w.start, w.end, *((match_case(w.text, plural.word),) if plural else ())))
    return found
