"""«Будь» в значении условия или уступки внутри предложения: «Заказ доставят в любой день(,) будь то суббота
или воскресенье», «Такой вес не поднять(,) будь ты хоть трижды силачом», «Жить было бы проще(,) будь у нас
машина».

The imperative «будь» with a subject of its own («ты», «вы», «он», «она», «они») or with «то» does not ask
anything here: it opens a clause of condition or concession («будь то…» — «whether it is…»), which is set
off by a comma before it — and after it, where it is a pronoun, «хоть» and one word in the instrumental («будь
ты хоть двужильным(,) …»). Nothing is asked for at the start of a sentence or after a conjunction, nor in a
wish («будь ты проклят», «будь он неладен»).
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.syntax_commas import CLAUSE

RULES = ()  # the finding is CLAUSE's

_SUBJECTS = frozenset({"ты", "вы", "он", "она", "оно", "они", "то", "у"})
_WISHES = frozenset({"проклят", "прокляты", "проклята", "неладен", "неладна", "неладны", "благословен",
                     "благословенна", "благословенны", "здоров", "здорова", "здоровы", "счастлив", "счастлива",
                     "счастливы"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(1, len(t.words) - 1):
        w, prev, nxt = t.words[i], t.words[i - 1], t.words[i + 1]
        if w.low != "будь" or nxt.low not in _SUBJECTS or not t.plain_gap(i) or not t.plain_gap(i + 1) \
                or t.starts_sentence(i) or _function_word(prev.text):
            continue
        after = t.word(i + 2)
        if after is not None and after.low in _WISHES:
            continue
        found.append(finding(CLAUSE, prev.start, w.end, f"{prev.text}, {w.text}"))
        end = _concession_end(t, i)
        if end is not None:
            last, first = t.words[end - 1], t.words[end]
            found.append(finding(CLAUSE, last.start, first.end, f"{last.text}, {first.text}"))
    return found


_EVEN = frozenset({"хоть", "даже", "хотя", "и", "трижды", "семи", "семь", "пядей", "во", "лбу"})


def _concession_end(t: Text, i: int) -> int | None:
    """«будь ты хоть двужильным(,) …»: a personal pronoun, «хоть», and one word in the instrumental or a short form
    end the concession; the index of the first word after it, when one follows in the same sentence."""
    if t.words[i + 1].low not in ("ты", "вы", "он", "она", "они"):
        return None
    k = i + 2
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _EVEN:
        k += 1
    if k == i + 2 or k + 1 >= len(t.words) or not t.plain_gap(k) or not t.plain_gap(k + 1):
        return None  # without «хоть» the words after the pronoun may run on
    readings = [p for p in parses(t.words[k].text) if p.score >= 0.1]
    if not readings or not (any(p.tag.case == "ablt" for p in readings) or readings[0].tag.POS == "ADJS") \
            or any(p.tag.case == "nomn" for p in readings):
        return None
    return k + 1


def _function_word(word: str) -> bool:
    """A conjunction, a particle, a preposition or an interjection: «и будь ты…», «да будь он…»."""
    readings = parses(word)
    return not readings or readings[0].tag.POS in ("CONJ", "PRCL", "PREP", "INTJ")
