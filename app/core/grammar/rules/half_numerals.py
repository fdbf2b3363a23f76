"""«Полтора часа», «полторы недели», «около полутора часов».

«Полтора» has two forms in the nominative and accusative — «полтора» with a masculine or neuter noun,
«полторы» with a feminine one — and one form, «полутора», in every other case, where its noun is in the
plural: «около полутора часов», «в течение полутора недель». Writers in a hurry keep «полтора» after
«около», «более», «до» and give a feminine noun the masculine form.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

POLTORA = RuleInfo(
    "OURS_POLTORA",
    phrase("«Полтора», «полторы», «полутора»"),
    phrase("Форма «полтора» зависит от рода и падежа существительного."),
    phrase("«Полтора» — с существительным мужского или среднего рода: «полтора часа», «полтора месяца»; "
    "«полторы» — с женским: «полторы недели», «полторы тысячи». В косвенных падежах у обоих одна форма, "
    "«полутора», а существительное стоит во множественном числе: «около полутора часов», «более полутора "
    "недель», «к полутора тысячам»."),
    Category.GRAMMAR,
)

RULES = (POLTORA,)

# Words after which a numeral stands in the genitive («около полутора часов»); «в», «на», «за», «через»
# take the accusative, where «полтора» is right («в полтора раза», «через полтора часа»).
_GENITIVE_BEFORE = frozenset({"около", "более", "менее", "свыше", "до", "от", "из", "без", "для", "после",
                              "кроме", "больше", "меньше", "порядка", "течение", "протяжении", "ради", "вместо"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words):
        if w.low == "полуторы":  # a blend of «полторы» and «полутора», no form of the word
            found.append(finding(POLTORA, w.start, w.end, match_case(w.text, "полутора"),
                                 message=phrase("Формы «полуторы» нет: в косвенных падежах пишется «полутора».")))
            continue
        if w.low not in ("полтора", "полторы"):
            continue
        noun = t.word(i + 1)
        if noun is None or not t.plain_gap(i + 1):
            continue
        readings = [p for p in parses(noun.text) if p.tag.POS == "NOUN"]
        counted = [p for p in readings if p.tag.case == "gent" and p.tag.number == "sing"]
        prev = t.word(i - 1)
        if prev is not None and t.plain_gap(i) and prev.low in _GENITIVE_BEFORE and counted:
            _oblique(t, i, counted[0], found)
        elif not counted and (prev is None or prev.low not in _GENITIVE_BEFORE):
            _plural_noun(t, i, readings, found)
        elif counted and len({p.tag.gender for p in counted}) == 1:
            right = "полторы" if counted[0].tag.gender == "femn" else "полтора"
            if right != w.low:
                found.append(finding(POLTORA, w.start, w.end, match_case(w.text, right),
                                     message=phrase("С существительным «{noun}» пишется «{right}».",
                                                    noun=counted[0].normal_form, right=right)))
    return found


def _oblique(t: Text, i: int, noun_reading, found: list[Finding]) -> None:
    """«около полтора часа» → «около полутора часов»: the genitive numeral and its noun in the plural."""
    w, noun = t.words[i], t.words[i + 1]
    plural = noun_reading.inflect({"gent", "plur"})
    if plural is None:
        return
    fixed = f"{match_case(w.text, 'полутора')} {plural.word}"
    found.append(finding(POLTORA, w.start, noun.end, fixed,
                         message=phrase("После «{before}» пишется «{fixed}».", before=t.words[i - 1].low,
                                        fixed=fixed)))


def _plural_noun(t: Text, i: int, readings, found: list[Finding]) -> None:
    """«полтора часов» → «полтора часа»: in the nominative and accusative «полтора» takes its noun in the
    genitive singular, like «два»; a noun with no singular («полтора суток») is left alone."""
    noun = t.words[i + 1]
    if not readings or "Pltm" in readings[0].tag or any(p.tag.case != "gent" or p.tag.number != "plur"
                                                          for p in readings):
        return  # «часов» is also of the plural-only «часы» (a clock): the likelier reading decides
    plural = [p for p in readings if "Pltm" not in p.tag]
    forms = {f.word for p in plural if (f := p.inflect({"gent", "sing"})) is not None}
    if len(forms) != 1:
        return
    fixed = f"{t.words[i].text} {match_case(noun.text, forms.pop())}"
    found.append(finding(POLTORA, t.words[i].start, noun.end, fixed,
                         message=phrase("После «полтора», «полторы» существительное стоит в родительном падеже "
                                        "единственного числа: «{fixed}».", fixed=fixed)))
