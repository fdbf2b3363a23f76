"""«да» в значении «но»: «Звонил весь день(,) да никто не ответил», «Заказ пришёл(,) да и то не весь».

«да» joins words as «и» does («хлеб да соль», «накрасить да нарядить») and then takes no comma; it
takes one where it means «но»: before «да и», «да ещё», and where a part with a verb of its own
(a finite verb or a short adjective) is followed by «да не…» or by «да» with a subject and a verb of
its own. These findings are the tree rules' (OURS_LIST_COMMA), explained there.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, likeliest_pos, parses
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the findings are HOMOGENEOUS's

_ALWAYS_NEXT = frozenset({"и", "еще", "ещё"})  # «да и то», «да ещё такого…»
# after these «да» is a particle or belongs to a set phrase: «хоть один да…», «и да не…», «нет да нет»
_NOT_AFTER = frozenset({"и", "а", "но", "или", "хоть", "хотя", "нет", "да", "ну", "так", "то", "что", "вот"})
_PRONOUNS = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они", "никто", "ничто"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.low != "да" or i - start < 2 or i + 1 >= len(t.words) \
                or not t.plain_gap(i + 1):
            continue
        prev, nxt = t.words[i - 1], t.words[i + 1]
        if prev.low in _NOT_AFTER or _tagged(prev.low, "INFN"):
            continue
        part = [x.low for x in t.words[start:i]]
        if nxt.low in _ALWAYS_NEXT or any(_predicate(x) for x in part) and _second_part(t, i + 1):
            found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _second_part(t: Text, k: int) -> bool:
    """After «да»: «не» (a contrast: «мирились да не помирились»), or a subject of its own and, within
    two words, a finite verb."""
    if t.words[k].low == "не":
        # «…чтобы избежать столба да не попасть…»: two infinitives joined by «да» as by «и»
        return not any(_tagged(x.low, "INFN") for x in t.words[:k])
    subject = t.words[k].low
    if subject not in _PRONOUNS and not _tagged(subject, "NOUN", only_nominative=True):
        return False
    return any(_finite(x.low) for x in t.words[k + 1:k + 3])


@lru_cache(maxsize=8192)
def _predicate(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("VERB", "ADJS", "PRTS") and readings[0].score > 0.5


@lru_cache(maxsize=8192)
def _finite(word: str) -> bool:
    return likeliest_pos(word) == "VERB"


def _tagged(word: str, pos: str, only_nominative: bool = False) -> bool:
    readings = parses(word)
    if not readings or readings[0].tag.POS != pos:
        return False
    return not only_nominative or all(p.tag.case == "nomn" for p in readings if p.tag.POS == pos)
