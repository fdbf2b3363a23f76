"""«Это была интересная лекция» (не «это был»): после «это» глагол «быть» согласуется с существительным.

In «Это был(а) …» the pronoun «это» only points; the subject is the noun after the verb, and the past «быть»
takes its gender and number: «это был мой заказ», «это была ошибка», «это было решение», «это были курьеры».
Reported when «это» opens its clause, the verb follows it, and after the verb — past «не», adverbs and the
noun's own attributes — comes a common noun that reads only as a nominative here (so not «это было
ошибкой», «это было два года назад»).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

ETO_BYL = RuleInfo(
    "OURS_ETO_BYL",
    phrase("«Это был» и «это была»"),
    phrase("После «это» глагол согласуется с существительным: «{fixed}»."),
    phrase("В предложениях «Это был…», «Это была…» подлежащее — существительное после глагола, а «это» лишь "
    "указывает на него. Поэтому глагол берёт род и число существительного: «это был мой заказ», «это была "
    "ошибка», «это было решение», «это были курьеры»."),
    Category.GRAMMAR,
)

RULES = (ETO_BYL,)

_BYT = {"был": ("masc", "sing"), "была": ("femn", "sing"), "было": ("neut", "sing"), "были": (None, "plur")}
_FORM = {("masc", "sing"): "был", ("femn", "sing"): "была", ("neut", "sing"): "было"}
# words that open a clause before «это»: «и это была суббота», «я помню, это был вторник»
_OPENERS = frozenset({"и", "а", "но", "ведь", "ну", "да", "так", "вот", "что", "же", "просто", "тогда", "действительно"})
# spans of time and amounts: «это было полгода назад», «это было сто раз»
_AMOUNTS = frozenset({"полгода", "полчаса", "полдня", "пара", "куча", "масса", "раз"})


def _opens_clause(t: Text, i: int) -> bool:
    if t.starts_sentence(i) or not t.plain_gap(i):
        return True
    return t.words[i - 1].low in _OPENERS and (i == 1 or t.starts_sentence(i - 1) or not t.plain_gap(i - 1))


def _noun(t: Text, k: int):
    """(index, the noun's nominative readings) of the first word after the verb that is no attribute or adverb."""
    for m in range(k, min(len(t.words), k + 4)):
        if not t.plain_gap(m):
            return None
        w = t.words[m]
        readings = [p for p in parses(w.text) if p.score >= 0.05]
        if not readings or w.text[:1].isupper() or not w.text.isalpha():
            return None
        if all(p.tag.POS in ("ADVB", "ADJF", "PRTF", "PRCL") for p in readings) or w.low == "не":
            continue
        if any(p.tag.POS != "NOUN" or p.normal_form in _AMOUNTS or "Fixd" in p.tag or "ms-f" in p.tag for p in readings):
            return None
        if not any(p.tag.case == "nomn" for p in readings) or any(p.tag.case not in ("nomn", "accs") for p in readings):
            return None  # «это было ошибкой»; «это были слова благодарности» may read as a genitive
        after = t.word(m + 1)
        if after is not None and t.plain_gap(m + 1) and after.low in ("назад", "тому", "и", "с", "или", "да"):
            return None  # «это было неделю назад», «это были мама с папой»: a span of time, two subjects
        return m, [p for p in readings if p.tag.case == "nomn"]
    return None


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-2]):
        verb = t.words[i + 1]
        if w.low != "это" or verb.low not in _BYT or not t.plain_gap(i + 1) or not _opens_clause(t, i):
            continue
        got = _noun(t, i + 2)
        if got is None:
            continue
        k, nouns = got
        gender, number = _BYT[verb.low]
        if any(n.tag.number == number and (number == "plur" or n.tag.gender == gender) for n in nouns):
            continue
        if gender == "femn" and all("anim" in n.tag and n.tag.gender == "masc" for n in nouns):
            continue  # «это была наш новый врач»: a woman named by a profession
        wanted = {("plur" if n.tag.number == "plur" else _FORM.get((n.tag.gender, "sing"))) for n in nouns}
        if len(wanted) != 1 or None in wanted:
            continue
        fixed = wanted.pop()
        fixed = "были" if fixed == "plur" else fixed
        # the words between must be the noun's: «это был очень интересная лекция», not «это было старое, вещи…»
        if any(all(p.tag.POS in ("ADJF", "PRTF") for p in parses(t.words[m].text)) and not any(
                p.tag.case == "nomn" and p.tag.number == nouns[0].tag.number and (
                    nouns[0].tag.number == "plur" or p.tag.gender == nouns[0].tag.gender)
                for p in parses(t.words[m].text)) for m in range(i + 2, k)):
            continue
        found.append(finding(ETO_BYL, verb.start, verb.end, match_case(verb.text, fixed),
                             message=phrase("После «это» глагол согласуется с существительным: «{fixed}».",
                                            fixed=f"это {fixed} … {t.words[k].text}")))
    return found
