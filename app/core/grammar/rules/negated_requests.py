"""Просьба с «не» после части со своим сказуемым: «Подождите минутку(,) не кладите трубку», «Будьте внимательны(,)
не сообщайте код никому», «Если письмо не пришло(,) не волнуйтесь».

An imperative with «не» («не волнуйтесь», «не используйте») is a predicate of its own. When the words before it in
the same part already hold a predicate — a finite verb, an imperative, a short form, a word like «нужно» — or a
clause that opens with «если», «когда» and the like, the request is another predicate without a conjunction or a
main clause after the subordinate one, and a comma goes before «не». Nothing is asked for after a conjunction, a
particle or a preposition, nor where a conjunction stands between the predicate and the request («Введите код и
никому его не сообщайте»), nor after «смотри», «гляди» («Смотри не опоздай» is one request), nor where the word is
not an imperative by every reading («звоните» is also «you call»), nor in «Думай не думай»; a noun right before «не»
that is not the object of the verb just before it may be the request's own object, and then nothing is asked. The findings are OURS_LIST_COMMA's, explained in
:mod:`syntax_commas`.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, likeliest_pos, parses
from app.core.grammar.rules.asyndetic import _OPENERS, _first_predicate, _link_word
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the findings are HOMOGENEOUS's

# «смотри не опоздай», «гляди не упади»: a warning, one request; «пожалуйста» is an aside of its own
_WARNING = frozenset({"смотри", "смотрите", "гляди", "глядите", "пожалуйста", "чур"})
# a conjunction between the predicate and the request joins the two: the comma, if any, is the conjunction's
_JOINING = frozenset({"и", "или", "либо", "а", "но", "да"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.low != "не" or i + 1 >= len(t.words) or not t.plain_gap(i + 1) or not _request(t.words[i + 1].low):
            continue
        prev = t.words[i - 1]
        part = t.words[start:i]
        joined = [k for k, x in enumerate(part) if x.low in _JOINING]
        part = part[joined[-1] + 1:] if joined else part  # «Введите код и никому его не сообщайте»: joined by «и»
        if prev.low in _OPENERS or prev.low in _WARNING or _link_word(prev.low) or any(
                x.low in _WARNING for x in part):
            continue
        if t.words[i + 1].low == prev.low:
            continue  # «Думай не думай», «Верь не верь»: one idiom, no comma
        if _object_noun(prev.text) and not (i - 2 >= start and (_predicate(t.words[i - 2].low) or likeliest_pos(
                t.words[i - 2].low) == "PREP")):
            continue  # «Если кто-то постучит(,) дверь не открывай»: a noun away from the verb may be the request's
        if any(_predicate(x.low) for x in part):
            found.append(finding(HOMOGENEOUS, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


@lru_cache(maxsize=8192)
def _request(word: str) -> bool:
    """Every reading is an imperative: «волнуйтесь», «трогай», «используйте»."""
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == "VERB" and "impr" in p.tag for p in readings)


@lru_cache(maxsize=8192)
def _object_noun(word: str) -> bool:
    """Some reading is a noun in the accusative or the genitive: it may be the object of the request after it."""
    return any(p.tag.POS == "NOUN" and p.tag.case in ("accs", "gent") for p in parses(word))


@lru_cache(maxsize=8192)
def _predicate(word: str) -> bool:
    """A finite verb, an imperative or a short form (:func:`asyndetic._first_predicate`), or «нужно», «можно»."""
    readings = parses(word)
    return _first_predicate(word) or bool(readings) and readings[0].tag.POS == "PRED" and readings[0].score > 0.5
