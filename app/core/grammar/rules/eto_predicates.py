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

ETO_SHORT = RuleInfo(
    "OURS_ETO_SHORT_ADJECTIVE",
    phrase("«Это» и краткое прилагательное"),
    phrase("Когда подлежащее — «это», краткое прилагательное стоит в среднем роде."),
    phrase("Местоимение «это» — среднего рода, и краткое прилагательное при нём тоже: «это бесплатно», «это "
    "возможно», «это удобно», «это не обязательно». Женский или мужской род («это бесплатна») остаётся от "
    "существительного, о котором думали, но которого в предложении нет."),
    Category.GRAMMAR,
)

RULES = (ETO_BYL, ETO_SHORT)

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


# words that may stand between «это» and its short adjective
_BETWEEN = frozenset({"не", "совсем", "абсолютно", "полностью", "вполне", "тоже", "также", "уже", "всегда", "точно",
                      "очень", "правда", "действительно", "ведь", "же", "вообще"})


def _short_after_eto(t: Text, i: int, found: list[Finding]) -> None:
    """«это бесплатна» → «это бесплатно»: «это» opening its clause, then (past «не» or an adverb) a short adjective
    that is not neuter, while no word of the clause could be the adjective's own subject — no noun or pronoun in
    the nominative of its gender and number («это нужна справка», «она это должна сделать» have one)."""
    k = i + 1
    while k < len(t.words) and t.plain_gap(k) and t.words[k].low in _BETWEEN:
        k += 1
    adj = t.word(k)
    if adj is None or not t.plain_gap(k) or not adj.text.isalpha():
        return
    readings = parses(adj.text)
    if not readings or any(p.tag.POS != "ADJS" or p.tag.gender == "neut" for p in readings):
        return
    start = t.run_start(i)
    end = t.run_end(k)
    for m in (*range(start, i), *range(k + 1, end + 1)):
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" and any(
                a.tag.number == p.tag.number and (a.tag.number == "plur" or a.tag.gender in (p.tag.gender, None)
                                                  or p.tag.gender is None) for a in readings)
               for p in parses(t.words[m].text)):
            return
    if start < i and any(p.tag.POS == "PREP" for p in parses(t.words[i - 1].text)):
        return  # «на это способна»: «это» is governed, not the subject
    forms = {f.word for p in readings if (f := p.inflect({"neut", "sing"})) is not None}
    found.append(finding(ETO_SHORT, adj.start, adj.end, *((match_case(adj.text, forms.pop()),) if len(forms) == 1
                                                          else ())))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-1]):
        if w.low == "это" and t.plain_gap(i + 1):
            _short_after_eto(t, i, found)
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
