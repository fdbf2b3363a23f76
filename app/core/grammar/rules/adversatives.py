"""Запятая перед «а», «но», «зато», «однако» внутри предложения: «Заказ собран(,) но не отправлен», «Мы звонили(,) а
никто не ответил», «Дорого(,) зато надёжно», «Он обещал(,) однако не пришёл».

These conjunctions set two things against each other, and the reference grammar asks for a comma before them
whatever they join — two clauses or two members of one. The tree rule finds them where the tagger calls them
conjunctions; without commas it often calls them particles, so here the word itself decides. No comma is asked
for where one of them opens the sentence or follows another conjunction («и а», «но зато», «ну а»), before «а»
that is a particle at the end of a question («Ну что, а?») or a letter («пункт а»), nor for «но» as a noun («без
всяких но»). «однако» inside a clause is introductory and takes a second comma after it — the introductory-word
rule's. The findings are OURS_LIST_COMMA's, explained in :mod:`syntax_commas`.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, likeliest_pos
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the findings are HOMOGENEOUS's

_ADVERSATIVE = frozenset({"а", "но", "зато", "однако"})
# after these the conjunction needs no comma of its own: another conjunction, a particle it goes with
_NOT_AFTER = frozenset({"и", "а", "но", "да", "или", "либо", "ни", "ну", "не", "же", "что", "чем", "как", "если",
                        "когда", "хотя", "чтобы", "будто", "словно", "то", "так", "вот", "ведь", "зато", "однако",
                        "уж", "ох", "ах", "эх", "о", "пункт", "подпункт", "буква", "литера", "вариант", "тип", "класс"})
# «без всяких но», «никаких но»: «но» as a noun
_NOUN_NO = frozenset({"всяких", "никаких", "без", "этих", "твоих", "ваших", "свои", "твои", "ваши"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low not in _ADVERSATIVE or i == 0 or t.starts_sentence(i) or not t.plain_gap(i):
            continue
        prev, nxt = t.words[i - 1], t.word(i + 1)
        if prev.low in _NOT_AFTER or nxt is None or not t.plain_gap(i + 1) or not w.text.islower():
            continue  # «…, а?», «а)»: no second part to set against the first
        if w.low == "но" and prev.low in _NOUN_NO or w.low == "зато" and _pronoun(prev.text):
            continue  # «Они зато удрали»: «зато» stands inside the clause, like an introductory word
        if not prev.text[-1:].isalpha() and not prev.text[-1:].isdigit():
            continue
        found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _pronoun(word: str) -> bool:
    return likeliest_pos(word) == "NPRO"
