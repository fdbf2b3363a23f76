"""Однородные существительные без союза: «коробки, пакеты и ящики», «новые столы, удобные стулья и
большой шкаф».

Nouns (or groups of adjectives and a noun) side by side that share a case, the last of them joined by
«и» to one more of that case, are a list and take commas. A genitive may hang on the word before it
(«период взросления и осознания», «столы офиса и склада»): a noun that can read as a genitive joins a
list only when the tagger, which reads the chain by its sense, gives it the list's case.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.syntax_commas import HOMOGENEOUS

RULES = ()  # the findings carry the list rule's id


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    _noun_list(t, found)
    _group_list(t, found)
    _place_list(t, found)
    return found


@lru_cache(maxsize=8192)
def _place_cases(word: str) -> frozenset:
    """The cases of a place name's readings («Москвы», «Казани»); empty for any other word."""
    return frozenset(p.tag.case for p in parses(word) if "Geox" in p.tag and p.score >= 0.05)


def _place_list(t: Text, found: list[Finding]) -> None:
    """«Москвы Казани и Самары» → «Москвы, Казани и Самары»: place names side by side in one case,
    the last joined by «и» to one more."""
    i = 0
    while i < len(t.words):
        run, cases = [i], _place_cases(t.words[i].text) if t.words[i].text[:1].isupper() else frozenset()
        while cases and run[-1] + 1 < len(t.words) and t.plain_gap(run[-1] + 1) \
                and t.words[run[-1] + 1].text[:1].isupper() and cases & _place_cases(t.words[run[-1] + 1].text):
            cases &= _place_cases(t.words[run[-1] + 1].text)
            run.append(run[-1] + 1)
        end = run[-1]
        conj, last = t.word(end + 1), t.word(end + 2)
        if len(run) >= 2 and conj is not None and conj.low == "и" and t.plain_gap(end + 1) and last is not None \
                and t.plain_gap(end + 2) and last.text[:1].isupper() and cases & _place_cases(last.text):
            for k in run[1:]:
                a, b = t.words[k - 1], t.words[k]
                found.append(finding(HOMOGENEOUS, a.start, b.end, f"{a.text}, {b.text}"))
        i = end + 1


def _top(word: str) -> str:
    readings = parses(word)
    return readings[0].tag.POS if readings else ""


def _agree(noun: str, tags: tuple) -> bool:
    """Some reading of the noun agrees with some of the adjectives' readings in case, number, gender."""
    return any(n.tag.POS == "NOUN" and p.case == n.tag.case and p.number == n.tag.number
               and (n.tag.number == "plur" or p.gender == n.tag.gender or "ms-f" in n.tag)
               for n in parses(noun) if n.score >= 0.05 for p in tags)


@lru_cache(maxsize=8192)
def _noun_cases(word: str) -> frozenset:
    """The cases of a common noun's readings; empty unless every reading is a noun and none is a
    genitive (a genitive may hang on the word before: «период взросления и осознания»)."""
    readings = parses(word)
    if not readings or any(p.tag.POS != "NOUN" or p.tag.case in ("gent", "gen2")
                           or {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes for p in readings):
        return frozenset()
    return frozenset(p.tag.case for p in readings)


_TREE_CASES = {"Nom": "nomn", "Acc": "accs", "Dat": "datv", "Ins": "ablt", "Loc": "loct"}


@lru_cache(maxsize=8192)
def _noun_only(word: str) -> frozenset:
    """The cases of a word that reads only as a common noun (a genitive reading allowed)."""
    readings = parses(word)
    if not readings or any(p.tag.POS != "NOUN" or {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes
                           for p in readings):
        return frozenset()
    return frozenset(p.tag.case for p in readings)


def _list_cases(t: Text, i: int) -> frozenset:
    """The cases word i may share with a list's members: every case of a noun that cannot be a
    genitive; of one that can («груши», «тетради»), only the case the tagger gives it, and only when
    that case is not the genitive (the tagger reads a chain «столы офиса» by its sense)."""
    low = t.words[i].low
    strict = _noun_cases(low)
    if strict:
        return strict
    _, tok = t.token(i)
    case = _TREE_CASES.get(tok.feat("Case")) if tok is not None else None
    return frozenset({case}) if case is not None and case in _noun_only(low) else frozenset()


def _noun_list(t: Text, found: list[Finding]) -> None:
    """«коробки пакеты и ящики» → «коробки, пакеты и ящики»: two or more nouns side by side that
    share a case, the last of them joined by «и» to one more of that case."""
    i = 0
    while i < len(t.words):
        run = [i]
        # a capital only where the sentence starts (a name's readings are no common noun's anyway)
        cases = _list_cases(t, i) if t.words[i].text.islower() or t.starts_sentence(i) else frozenset()
        while cases and run[-1] + 1 < len(t.words) and t.plain_gap(run[-1] + 1):
            nxt = t.words[run[-1] + 1]
            shared = cases & _list_cases(t, nxt.index) if nxt.text.islower() else frozenset()
            if not shared:
                break
            run.append(run[-1] + 1)
            cases = shared
        end = run[-1]
        conj, last = t.word(end + 1), t.word(end + 2)
        # a noun before the run could govern its first word: «письмо клиенту …»
        free = run[0] == 0 or t.starts_sentence(run[0]) or _top(t.words[run[0] - 1].text) != "NOUN"
        if len(run) >= 2 and free and conj is not None and conj.low == "и" and t.plain_gap(end + 1) \
                and last is not None and t.plain_gap(end + 2) and last.text.islower() \
                and cases & _list_cases(t, last.index):
            for k in run[1:]:
                a, b = t.words[k - 1], t.words[k]
                found.append(finding(HOMOGENEOUS, a.start, b.end, f"{a.text}, {b.text}"))
        i = end + 1


def _group_at(t: Text, i: int) -> tuple[int, frozenset] | None:
    """(last word, cases) of «adjectives + noun» starting at word i, the adjectives agreeing with the noun."""
    k = i
    while k < len(t.words) and (k == i or t.plain_gap(k)) and _top(t.words[k].text) in ("ADJF", "PRTF") \
            and not _noun_only(t.words[k].low):
        k += 1
    if k == i or k >= len(t.words) or not t.plain_gap(k) or not t.words[k].text.islower():
        return None
    cases = _list_cases(t, k)
    tags = tuple(p.tag for w in t.words[i:k] for p in parses(w.text) if p.tag.POS in ("ADJF", "PRTF"))
    if not cases or not _agree(t.words[k].text, tags):
        return None
    return k, frozenset(c for c in cases if any(p.case == c for p in tags))


def _group_list(t: Text, found: list[Finding]) -> None:
    """«позолоченные подсвечники мраморные скульптуры и искусная роспись»: groups of adjectives and a
    noun side by side that share a case, the last joined by «и» — a list, parted by commas."""
    i = 0
    while i < len(t.words):
        if i > 0 and not t.starts_sentence(i) and _top(t.words[i - 1].text) in ("ADJF", "NOUN", "PREP"):
            i += 1  # a group inside a longer phrase or after a preposition: not a list's start
            continue
        groups = []
        g = _group_at(t, i)
        cases = g[1] if g else frozenset()
        while g is not None and cases:
            groups.append((i if not groups else groups[-1][1] + 1, g[0]))
            nxt = g[0] + 1
            if nxt >= len(t.words) or not t.plain_gap(nxt):
                break
            g = _group_at(t, nxt)
            if g is None or not cases & g[1]:
                break
            cases = cases & g[1]
        end = groups[-1][1] if groups else i
        conj = t.word(end + 1)
        last = _group_at(t, end + 2) if conj is not None and conj.low == "и" and t.plain_gap(end + 1) \
            and end + 2 < len(t.words) and t.plain_gap(end + 2) else None
        if len(groups) >= 2 and last is not None and cases & last[1]:
            for start, _ in groups[1:]:
                a, b = t.words[start - 1], t.words[start]
                found.append(finding(HOMOGENEOUS, a.start, b.end, f"{a.text}, {b.text}"))
        i = end + 1
