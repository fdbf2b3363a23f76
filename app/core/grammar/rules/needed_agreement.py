"""«Нужна справка», не «нужно справка»: «нужен» agrees with the thing that is needed.

«Нужно» is a word of state before an infinitive («нужно принести справку») and the neuter short adjective
before a neuter noun («нужно время»). With a noun of another gender or number and no infinitive for it to
belong to, the noun is the subject and «нужен» takes its gender and number: «нужна справка», «нужен паспорт»,
«нужны документы». Writers keep «нужно» from the infinitive pattern.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, likeliest_pos, match_case, parses
from app.core.phrase import phrase

NEEDED = RuleInfo(
    "OURS_NEEDED_AGREEMENT",
    phrase("«Нужен», «нужна», «нужны» с существительным"),
    phrase("«Нужен» согласуется с тем, что нужно."),
    phrase("Когда нужна вещь, а не действие, «нужен» согласуется с её названием в роде и числе: «нужна справка», "
           "«нужен паспорт», «нужны документы», «нужно разрешение». Форма «нужно» без согласования пишется "
           "перед неопределённой формой глагола: «нужно принести справку»."),
    Category.GRAMMAR,
)

RULES = (NEEDED,)

# Words that may stand between «нужно» and the noun: «нужно будет справка» is as wrong as «нужно справка».
_BETWEEN = frozenset({"мне", "нам", "вам", "тебе", "ему", "ей", "им", "будет", "бы", "ещё", "еще", "также", "тоже",
                      "только", "обязательно", "срочно", "уже", "всего", "лишь"})
_FORMS = {("masc", "sing"): "нужен", ("femn", "sing"): "нужна", ("plur", "plur"): "нужны"}


def _needed_form(readings) -> str | None:
    """The form of «нужен» for a noun that can only be the subject here, or None when it could be anything else
    (a genitive of quantity, a neuter that agrees already, several genders)."""
    nouns = [p for p in readings if p.tag.POS == "NOUN"]
    if not nouns or readings[0].tag.POS != "NOUN" or any(p.tag.case not in ("nomn", "accs") for p in nouns):
        return None
    if not any(p.tag.case == "nomn" for p in nouns):
        return None  # «нужно справку»: the accusative of a colloquial pattern, another slip
    forms = {_FORMS.get(("plur", "plur") if p.tag.number == "plur" else (p.tag.gender, "sing"))
             for p in nouns if p.tag.case == "nomn"}
    return forms.pop() if len(forms) == 1 else None


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low != "нужно":
            continue
        k = i + 1
        while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _BETWEEN:
            k += 1
        while k < len(t.words) - 1 and t.plain_gap(k) and t.plain_gap(k + 1) and any(
                p.tag.POS in ("ADJF", "PRTF") for p in parses(t.words[k].text)[:1]):
            k += 1  # «нужно ваша подпись»: the noun after its adjectives
        noun = t.word(k)
        if noun is None or not t.plain_gap(k) or not noun.text.islower():
            continue
        right = _needed_form(parses(noun.text))
        if right is None or _infinitive_after(t, k):
            continue
        found.append(finding(NEEDED, w.start, w.end, match_case(w.text, right),
                             message=phrase("Нужна вещь, а не действие: «{right} {noun}».", right=right,
                                            noun=noun.text.lower())))
    return found


def _infinitive_after(t: Text, k: int) -> bool:
    """An infinitive anywhere after the noun up to the sentence's end: «нужно паспорт и полис показать»."""
    for n in range(k + 1, len(t.words)):
        if any(ch in t.gap_before(n) for ch in ".!?"):
            return False
        if likeliest_pos(t.words[n].text) == "INFN":
            return True
    return False
