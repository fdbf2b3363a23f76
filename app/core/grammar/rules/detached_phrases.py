"""Деепричастный оборот сразу после союза или союзного слова: «Клиент сказал, что, уезжая, оставил
ключи соседу», «Курьер, который, не дождавшись ответа, уехал…».

A word that can only be a verbal adverb right after a conjunction or a relative word opens a phrase
inside the clause they begin: the comma goes between them, whatever the tree, lost without commas,
made of the sentence. These findings are the tree rules' (OURS_PHRASE_COMMA), explained there.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.syntax_commas import PHRASE

RULES = ()  # the findings are PHRASE's

# words after which a verbal adverb opens a phrase of the clause they begin
_CLAUSE_OPENERS = frozenset({"что", "чтобы", "чтоб", "если", "когда", "хотя", "потому", "поскольку", "ибо", "пока",
                             "который", "которая", "которое", "которые", "которого", "которой", "которому",
                             "которым", "котором", "которую", "которых", "которыми", "кто"})
# verbal adverbs that work as prepositions or adverbs and take no commas
_FIXED = frozenset({"благодаря", "включая", "начиная", "судя", "исключая", "спустя", "погодя", "молча", "стоя",
                    "сидя", "лежа", "лёжа", "шутя", "нехотя", "спеша", "не", "считая"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[1:], start=1):
        if not t.plain_gap(i):
            continue
        prev = t.words[i - 1]
        nxt = t.word(i + 1)
        if prev.low in _CLAUSE_OPENERS and nxt is not None and t.plain_gap(i + 1) and _opens_gerund(w.low, nxt.low):
            found.append(finding(PHRASE, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _opens_gerund(word: str, nxt: str) -> bool:
    """«не зная…», «оказавшись…»: a verbal adverb (maybe after «не») with a word of its own after it."""
    if word == "не":
        return _only(nxt, "GRND") and nxt not in _FIXED
    return word not in _FIXED and _only(word, "GRND")


@lru_cache(maxsize=8192)
def _only(word: str, pos: str) -> bool:
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == pos for p in readings)
