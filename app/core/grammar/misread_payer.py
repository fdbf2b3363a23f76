"""pylat-ru's «оплатить за» rule read on a payer's behalf: dropped with the findings of
:mod:`app.core.grammar.misread_forms`.

LanguageTool's Upotreblenije_predlogov and oplachivat_prep flag every «оплатить за»: one pays *something*, not *for something*
(«оплатить за проезд» → «оплатить проезд»). With a person after «за» the preposition means «instead of, on behalf
of»: «оплатить за меня», «оплачивать за ребёнка», «оплатите за него» are correct Russian (someone else pays; «за»
here is as in «расписаться за соседа»). The near mistake with a thing («оплатить за доставку», «оплачивал за
заказ») stays reported, by LanguageTool and by our own government rule.
"""

from __future__ import annotations

import re

from app.core.grammar.findings import Finding

# the two rules that flag it: one on «оплатить за», one also over a word between («оплатить заказ за»)
_RULES = frozenset({"Upotreblenije_predlogov", "oplachivat_prep"})
_WORD = re.compile(r"[А-Яа-яЁё]+")
_PAY = frozenset({"оплатить", "оплачивать"})
# possessives and determiners between «за» and the person: «за моего сына», «за эту студентку»
_BEFORE_PERSON = frozenset({"ADJF", "PRTF", "NPRO"})


def for_a_person(text: str, finding: Finding) -> bool:
    """``finding`` is pylat-ru's «оплатить за» with a person after «за»: paying on someone's behalf."""
    if finding.rule_id not in _RULES:
        return False
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    if len(words) not in (2, 3) or words[-1].lower() != "за":
        return False
    from app.core.grammar.rules._base import parses  # here: the GUI imports the misreads without a dictionary

    if not any(p.normal_form in _PAY for p in parses(words[0].lower())):
        return False
    end = finding.offset + finding.length
    for m in list(_WORD.finditer(text, end))[:3]:
        if text[end:m.start()].strip(" «\"'"):
            return False  # a mark between: the phrase has ended
        end = m.end()
        readings = [p for p in parses(m.group().lower()) if p.score >= 0.05]
        if any(p.tag.case == "accs" and (p.tag.POS == "NPRO" and p.tag.person in ("1per", "2per", "3per")
                                         or p.tag.POS == "NOUN" and "anim" in p.tag) for p in readings):
            return True
        if not readings or not all(p.tag.POS in _BEFORE_PERSON for p in readings):
            return False
    return False
