"""Два подлежащих при одном непереходном глаголе: «всё придёт одной посылкой» (не «всё придёт одна посылка»),
«всё доставят двумя коробками», «всё уйдёт одним платежом».

«Всё» right before an intransitive verb («придёт», «уйдёт», «поступит») is its subject: such a verb takes no direct
object, so «всё» cannot be one. A noun phrase in the nominative right after the verb is then a second subject of
the same verb — in a hasty reply it stands where the instrumental of the way or the means was meant («одной
посылкой», «одним платежом»). A transitive verb leaves «всё» its object («всё решит один звонок»), a verb of being
or becoming takes a nominative predicate («всё будет одна сумма» is left to other rules), and fixed phrases
(«всё равно», «всё же», «всё ещё», «всё время») are no subject; all are left alone, as is any phrase set off by a
comma or a dash («всё придёт, одна посылка уже в пути»).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.phrase import phrase

DOUBLE_SUBJECT = RuleInfo(
    "OURS_DOUBLE_SUBJECT",
    phrase("Два подлежащих при одном глаголе"),
    phrase("У глагола уже есть подлежащее «всё»; второе слово в именительном падеже здесь лишнее — скорее всего, "
           "нужен творительный: «придёт одной посылкой»."),
    phrase("Непереходный глагол («придёт», «поступит», «уйдёт») не может иметь при себе два подлежащих. Если "
           "подлежащее — «всё», то способ или средство после глагола ставятся в творительном падеже: «всё придёт "
           "одной посылкой», «всё поступит одним платежом» (не «одна посылка», «один платёж»)."),
    Category.GRAMMAR,
)

RULES = (DOUBLE_SUBJECT,)

# verbs of being, becoming and seeming take a nominative predicate: «всё стало одна сплошная ошибка»
_LINKING = frozenset({"быть", "стать", "становиться", "являться", "оказаться", "оказываться", "остаться",
                      "оставаться", "казаться", "показаться", "считаться", "называться", "выглядеть", "бывать"})
_MODIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})
_ALL = frozenset({"всё", "все"})


def _intransitive_verb(word: str):
    """The likeliest reading of ``word`` when it is a finite intransitive verb of the third person singular or a
    neuter past, and no linking verb."""
    readings = parses(word)[:1]
    if not readings:
        return None
    tag = readings[0].tag
    if tag.POS != "VERB" or tag.transitivity != "intr" or readings[0].normal_form in _LINKING:
        return None
    if tag.tense == "past" and tag.gender != "neut" or tag.tense != "past" and (tag.person != "3per"
                                                                                or tag.number != "sing"):
        return None
    return readings[0]


def _opens_clause(t: Text, i: int) -> bool:
    """Word i starts its clause: the text's start, a mark before it, or a word that joins clauses."""
    if i == 0 or not t.plain_gap(i):
        return True
    before = parses(t.words[i - 1].low)[:1]
    return bool(before) and before[0].tag.POS in ("CONJ", "ADVB", "PRCL")


def _nominative_phrase(t: Text, start: int) -> int | None:
    """The index of the noun that ends a nominative noun phrase starting at word ``start`` right after the verb."""
    for k in range(start, min(start + 3, len(t.words))):
        w = t.words[k]
        if not t.plain_gap(k) or not w.text.isalpha() or w.text[:1].isupper():
            return None
        likeliest = parses(w.low)[:1]
        if not likeliest or likeliest[0].tag.case != "nomn":
            return None
        if likeliest[0].tag.POS == "NOUN":
            return k if "inan" in likeliest[0].tag else None
        if likeliest[0].tag.POS not in _MODIFIERS:
            return None
    return None


def check(t: Text) -> list[Finding]:
    found = []
    for i, w in enumerate(t.words[:-2]):
        if w.low.replace("ё", "е") != "все" or w.low not in _ALL or not _opens_clause(t, i):
            continue
        if not t.plain_gap(i + 1) or _intransitive_verb(t.words[i + 1].low) is None:
            continue
        end = _nominative_phrase(t, i + 2)
        if end is not None:
            found.append(finding(DOUBLE_SUBJECT, w.start, t.words[end].end))
    return found
