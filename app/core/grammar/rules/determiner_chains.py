"""Согласование второго определения с определительным словом перед ним: «тот же самой» → «тот же самый»,
«в тот же самой день» → «самый», «ваш новой заказ» → «новый».

A determiner («тот», «этот», «такой», «ваш», «каждый» …), maybe «же», a full adjective and the noun: the
determiner and the noun agree, so the phrase is theirs, and the adjective between, agreeing with neither, is the
word left in another form. The adjective rule next to it (agreement.py) leaves such a word alone when its case is
not the noun's, for a word in another case may stand for a noun of its own («смелого пуля боится»); with a
determiner that agrees with the noun on its left it cannot. «Самый» after «тот (же)» makes one word with it
(«тот же самый», «тот самый»), so it agrees with «тот» even where no noun follows («номер будет тот же самый»).

Left alone: «это», «то», «все», «всё» — pronouns far more often than determiners («это больному лекарство»); an
adjective in the dative only («этот всем известный факт»: the word a following adjective governs); a word that
agrees with the noun after it, which is its own («этот новой модели телефон»).
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, match_case, parses
from app.core.grammar.rules.agreement import _DETERMINERS, ADJ_NOUN, _agree
from app.core.phrase import phrase

RULES = ()  # the findings carry the adjective rule's id: one rule to the learner

# pronouns that stand alone far more often than they determine a noun
_ALONE = frozenset({"это", "то", "все", "всё", "всем", "всех", "всеми"})
_THE_SAME = frozenset({"тот", "этот"})  # «тот (же) самый», «этот самый»
_SAME_MESSAGE = phrase("В сочетании «тот же самый» оба слова стоят в одной форме: «тот же самый», «та же самая», "
                       "«то же самое», «те же самые».")


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        _chain(t, i, found)
        _same_noun_case(t, i, found)
    return found


_SAME = frozenset({"тот", "этот", "такой"})  # «тот же», «этот же», «такой же» + a noun


def _same_noun_case(t: Text, i: int, found: list[Finding]) -> None:
    """«оплатите той же карту» → «ту же карту»: «тот (этот, такой) же» before its noun, in the noun's gender and
    number but in another case, which the noun's place decides — the pronoun takes the noun's case. Not «к тому же»
    (an adverb «besides»: «к тому же сервис бесплатный»)."""
    det_w, noun_w = t.words[i], t.word(i + 2)
    if noun_w is None or t.words[i + 1].low != "же" or not t.plain_gap(i + 1) or not t.plain_gap(i + 2) \
            or det_w.low in _ALONE or not noun_w.text.isalpha() or noun_w.text[:1].isupper() \
            or i and t.plain_gap(i) and t.words[i - 1].low == "к":
        return
    dets = _readings(det_w.text)
    nouns = [p for p in parses(noun_w.text) if p.score >= 0.02]
    if not dets or any(d.normal_form not in _SAME for d in dets) or not nouns or any(
            n.tag.POS != "NOUN" or n.tag.number != "sing" or "Fixd" in n.tag or "ms-f" in n.tag for n in nouns):
        return
    if any(_agree(d, n) for d in dets for n in nouns):
        return
    if not all(any(d.tag.gender == n.tag.gender and d.tag.number == "sing" for d in dets) for n in nouns):
        return  # a gender slip is the adjective rule's
    forms = {f.word for d in dets for n in nouns if d.tag.gender == n.tag.gender
             and (f := d.inflect(_wanted(n))) is not None}
    if det_w.low in forms:
        return
    found.append(finding(ADJ_NOUN, det_w.start, noun_w.end,
                         *((match_case(det_w.text, forms.pop()) + t.text[det_w.end:noun_w.end],) if len(forms) == 1
                           else ())))


def _readings(word: str, least: float = 0.02) -> tuple:
    """The full-adjective readings of a word that reads as nothing else (a rare other reading aside), or ()."""
    readings = [p for p in parses(word) if p.score >= least and "Arch" not in p.tag]  # not «самоё» of «сам»
    return tuple(readings) if readings and all(p.tag.POS == "ADJF" for p in readings) else ()


def _chain(t: Text, i: int, found: list[Finding]) -> None:
    det_w = t.words[i]
    if det_w.low in _ALONE or not det_w.text.isalpha():
        return
    dets = tuple(p for p in _readings(det_w.text) if p.normal_form in _DETERMINERS)
    if not dets:
        return
    k = i + 1
    if t.word(k) is not None and t.word(k).low == "же" and t.plain_gap(k):
        k += 1
    adj_w = t.word(k)
    if adj_w is None or not t.plain_gap(k) or not adj_w.text.isalpha() or adj_w.text[:1].isupper():
        return
    adjs = _readings(adj_w.text)
    if not adjs or all(a.tag.case == "datv" for a in adjs):
        return  # «этот всем известный факт»: a dative a following word governs
    noun_w = t.word(k + 1)
    if noun_w is not None and t.plain_gap(k + 1):
        nouns = [p for p in parses(noun_w.text) if p.score >= 0.02]
        if not nouns or noun_w.text[:1].isupper() or any(p.tag.POS != "NOUN" for p in nouns):
            return
        if any(_agree(a, n) for a in adjs for n in nouns):
            return  # «этот новой модели телефон»: the adjective's own noun
        # the determiner's readings the noun agrees with: «такой» is also a feminine oblique case, but not before «цвет»
        targets = [n for n in nouns if any(_agree(d, n) for d in dets)]
        dets = tuple(d for d in dets if any(_agree(d, n) for n in targets))
        if not dets or any(_agree(a, d) or _agree(d, a) for a in adjs for d in dets):
            return
        models = tuple(a for a in adjs if a.normal_form == "самый") or adjs  # «самой» is also «сам»: one form
        forms = {f.word for a in models for n in targets if (f := a.inflect(_wanted(n))) is not None}
        end, tail, message = noun_w.end, t.text[adj_w.end:noun_w.end], ""
    else:
        # no noun after: only «самый» makes one word with «тот (же)», whatever follows
        if noun_w is not None and t.gap_before(k + 1).strip()[:1] not in (".", "!", "?", ",", ";", ":", "…", ")", "—"):
            return
        if not all(a.normal_form in ("сам", "самый") for a in adjs) or not any(
                d.normal_form in _THE_SAME for d in dets) or any(
                _agree(a, d) or _agree(d, a) for a in adjs for d in dets):
            return
        if all(a.tag.gender == "neut" and a.tag.case in ("nomn", "accs") for a in adjs):
            # «тот же самое»: the phrase is «то же самое», the pronoun is the word that slipped
            fixed = match_case(det_w.text, "то") + t.text[det_w.end:adj_w.end]
            found.append(finding(ADJ_NOUN, det_w.start, adj_w.end, fixed, message=_SAME_MESSAGE))
            return
        forms = {f.word for d in dets if (f := parses("самый")[0].inflect(_wanted(d))) is not None}
        end, tail, message = adj_w.end, "", _SAME_MESSAGE
    if adj_w.low in forms:
        return  # the «right» form is the one written: another reading of the word agrees
    found.append(finding(ADJ_NOUN, adj_w.start, end,
                         *((match_case(adj_w.text, forms.pop()) + tail,) if len(forms) == 1 else ()), message=message))


def _wanted(model) -> set[str]:
    """The grammemes an adjective takes to agree with ``model`` (a noun's or a determiner's reading)."""
    tag = model.tag
    case = {"loc2": "loct", "gen2": "gent", "acc2": "accs", "gen1": "gent", "loc1": "loct"}.get(tag.case, tag.case)
    wanted = {case, tag.number} | ({tag.gender} if tag.number == "sing" and tag.gender else set())
    if case == "accs" and (tag.number == "plur" or tag.gender == "masc"):
        wanted.add(tag.animacy or "inan")
    return {g for g in wanted if g}
