"""Разговорные вводные слова: «Может, лучше на дачу поедем?» («может» = «может быть»), «Сказали, мол, всё готово».

«Может» is a verb as often as an aside: «Может кто-нибудь помочь?», «Он может прийти». It is the aside when it
opens a sentence or a part of one and the first verb after it in its clause is finite (or a short form): no
infinitive is left for it to govern — «Может лучше на дачу поедем?», «…, может кому пригодится». A subject
before it («Он может…»), «быть» after it (the phrase «может быть» is introductory.py's) or an infinitive first
(«Может кто-нибудь помочь?») leave it alone; so does «есть», which may be «to eat». «Мол» is a particle of
reported speech that always takes the comma after it.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, known, likeliest_pos, parses
from app.core.grammar.rules.introductory import INTRO_COMMA

RULES = ()  # the findings carry OURS_INTRO_COMMA: one rule to the learner

_OPENERS = frozenset({"и", "а", "но", "или"})
_REACH = 6  # words after «может» its clause's verb is looked for in
_PREDICATES = ("VERB", "ADJS", "PRTS", "PRED")


def _opens_part(t: Text, i: int) -> bool:
    """Word i opens a sentence, follows a comma or dash, or a conjunction that opens a part."""
    if t.starts_sentence(i) or t.gap_before(i).strip() in (",", "—", "–", "-"):
        return True
    return t.plain_gap(i) and t.words[i - 1].low in _OPENERS and (
        t.starts_sentence(i - 1) or t.gap_before(i - 1).strip() == ",")


def _finite_predicate_follows(t: Text, i: int) -> bool:
    """The first verb-like word after word i in its clause is a personal form or a short form, not an
    infinitive (nor «быть», or «есть» but after «у»: «у вас есть»)."""
    having = False  # «у кого-то есть»: after «у» and its owner «есть» is «there is», not «to eat»
    for k in range(i + 1, min(i + 1 + _REACH, len(t.words))):
        if not t.plain_gap(k):
            return False
        w = t.words[k]
        if w.low == "есть" and having:
            return True
        if w.low in ("быть", "есть", "ли"):
            return False
        having = having or w.low == "у"
        readings = parses(w.text)
        if not readings:
            continue
        if any(p.tag.POS == "INFN" for p in readings[:2]):
            return False
        top = readings[0].tag
        if top.POS == "VERB" and k == i + 1 and w.low.endswith("тся") and known(w.low[:-3] + "ться"):
            return False  # «может случится так»: the infinitive with its «ь» lost (tsya.py's), not an aside
        if top.POS in _PREDICATES and (top.POS != "VERB" or top.mood == "indc"):
            return True
    return False


def _maybe(t: Text, i: int, found: list[Finding]) -> None:
    w, nxt = t.words[i], t.word(i + 1)
    if w.low != "может" or nxt is None or not t.plain_gap(i + 1) or not _opens_part(t, i):
        return
    if nxt.low in ("быть", "не") and t.word(i + 2) is not None and likeliest_pos(t.words[i + 2].text) == "INFN" \
            or nxt.low == "быть":
        return  # «может быть», «Может не получиться»
    if _finite_predicate_follows(t, i):
        found.append(finding(INTRO_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))


def _mol(t: Text, i: int, found: list[Finding]) -> None:
    w, nxt = t.words[i], t.word(i + 1)
    before = t.word(i - 1) if i else None
    if before is not None and t.plain_gap(i) and likeliest_pos(before.text) == "PREP":
        return  # «вышли на мол»: the pier
    if w.low == "мол" and nxt is not None and t.plain_gap(i + 1):
        found.append(finding(INTRO_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words)):
        _maybe(t, i, found)
        _mol(t, i, found)
    return found
