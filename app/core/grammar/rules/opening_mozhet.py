"""«Может» в начале предложения в значении «может быть»: «Может(,) вы ошиблись номером?», «Может(,) стоит
перезагрузить роутер?», «Может(,) он и прав».

«Может» opening a sentence is the modal verb when an infinitive follows it («Может он прийти завтра?», «Может
кто-нибудь помочь?»), and the colloquial introductory word «perhaps» when the words after it make a clause of their
own: a finite verb or a short form comes before any infinitive. As an introductory word it takes a comma after it.
Not before «быть», «ли», «бы», «и». The findings are OURS_INTRO_COMMA's, explained in :mod:`introductory`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.introductory import INTRO_COMMA

RULES = ()  # the findings are INTRO_COMMA's

_NOT_AFTER = frozenset({"быть", "ли", "бы", "б", "и", "же", "может"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-1]):
        if w.low != "может" or not t.opens_sentence(i) or not t.plain_gap(i + 1) or t.words[i + 1].low in _NOT_AFTER:
            continue
        for k in range(i + 1, len(t.words)):
            if k > i + 1 and not t.plain_gap(k):
                break
            kind = _kind(t.words[k].low)
            if kind == "infinitive":
                break
            if kind == "predicate":
                nxt = t.words[i + 1]
                found.append(finding(INTRO_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))
                break
    return found


@lru_cache(maxsize=8192)
def _kind(word: str) -> str | None:
    """"infinitive", "predicate" (a finite verb by every reading, a short form by the likeliest one) or None."""
    readings = parses(word)
    if not readings:
        return None
    if any(p.tag.POS == "INFN" for p in readings):
        return "infinitive"
    if all(p.tag.POS == "VERB" for p in readings) or readings[0].tag.POS in ("ADJS", "PRTS") and readings[0].score > 0.5:
        return "predicate"
    return None
