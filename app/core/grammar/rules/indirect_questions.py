"""Косвенный вопрос после просьбы: «Подскажите(,) как пройти», «Напишите(,) какой день удобнее»,
«Проверьте(,) где лежит чек».

After a request to tell, ask, check or choose, a question word opens a clause of its own and takes a
comma before it. Set phrases that only look like such a clause («напишите что угодно», «скажите как
есть») take none. The finding is OURS_CONJ_COMMA's, explained there.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.conjunctions import CONJ_COMMA

RULES = ()  # the finding is CONJ_COMMA's

# verbs of telling, asking, checking and choosing whose request an indirect question follows
_ASKING = frozenset({"сказать", "подсказать", "уточнить", "написать", "сообщить", "проверить", "посмотреть",
                     "узнать", "указать", "объяснить", "выбрать", "решить", "спросить", "пояснить", "вспомнить",
                     "определиться", "напомнить", "ответить", "показать", "описать", "рассказать"})
_QUESTION_WORDS = frozenset({"как", "где", "куда", "откуда", "когда", "сколько", "почему", "зачем", "какой",
                             "какая", "какое", "какие", "какого", "какую", "каким", "каких", "какой", "каком",
                             "чей", "чья", "чьё", "чье", "чьи", "кто", "кому", "кого", "что", "чем", "чего"})
# a question word followed by these makes a set phrase, not a question: «скажите как есть»
_SET_NEXT = frozenset({"угодно", "попало", "есть", "нибудь", "либо", "раз", "правило", "можно", "бы", "хотите",
                       "хочется", "и", "же"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(1, len(t.words)):
        w, prev = t.words[i], t.words[i - 1]
        if w.low not in _QUESTION_WORDS or not t.plain_gap(i) or "-" in w.text:
            continue
        nxt = t.word(i + 1)
        if nxt is None or not t.plain_gap(i + 1) or nxt.low in _SET_NEXT:
            continue
        if _request(prev.text) and not (i >= 2 and t.plain_gap(i - 1) and t.words[i - 2].low in ("вы", "ты")):
            found.append(finding(CONJ_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _request(word: str) -> bool:
    """An imperative of a verb of telling or checking: «подскажите», «уточни» (a perfective one reads as
    its future too — «уточните» — and is a request unless «вы» stands before it)."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    return any("impr" in p.tag for p in readings) and all(
        p.tag.POS == "VERB" and p.normal_form in _ASKING for p in readings)
