"""pylat-ru's findings that read Russian's free word order, or a noun's own government, as a mistake: dropped with
those of :mod:`app.core.grammar.misread_forms`.

* missing_2_verb asks for a modal verb before an infinitive that opens a clause's predicate («Денис носить носки»).
  Russian may put the infinitive before the verb that governs it, to stress it: «Вычет вы заявить сможете»,
  «Это сделать я не успею», «Ответ получить можно в приложении». When a finite verb or a predicative word
  («можно», «нужно», «должен») stands later in the same clause, the infinitive has its governor, only after it.
  The near mistake («Маша любить игрушки», «Курьер привезти заказ завтра») has no such word and stays reported.
* PREP_V_VS_NA asks for «в» before a place that takes it («в кино», «в школе»). After a noun, «на» and the
  accusative name what the noun is for or is aimed at — «подписка на кино», «скидка на театр», «деньги на
  экспедицию» — not a place. A verb of going or being before «на» («пошёл на кино») and a locative after it
  («учится на институте») stay reported.
"""

from __future__ import annotations

import re

from app.core.grammar.findings import Finding

_WORD = re.compile(r"[А-Яа-яЁё-]+")
# what ends a clause: the infinitive's governor is looked for up to it
_CLAUSE_END = re.compile(r"[.!?;:,—–()\n]")
# predicative words and short adjectives that govern an infinitive: «можно», «нужно», «должен», «готов»
_PREDICATIVE = frozenset({"PRED", "ADJS"})


def _infinitive_with_its_verb_after(text: str, finding: Finding) -> bool:
    """missing_2_verb on an infinitive followed, in its clause, by a finite verb or a predicative word."""
    from app.core.grammar.rules._base import parses

    end = finding.offset + finding.length
    stop = _CLAUSE_END.search(text, end)
    clause = text[end:stop.start() if stop else len(text)]
    for word in _WORD.findall(clause):
        readings = parses(word.lower())[:2]
        if not readings:
            continue
        first = readings[0].tag
        if first.POS == "VERB" and first.mood in ("indc", "impr") or first.POS in _PREDICATIVE:
            return True
    return False


def _purpose_after_a_noun(text: str, finding: Finding) -> bool:
    """PREP_V_VS_NA on «на» + an accusative right after a common noun: what the noun is for, no place."""
    from app.core.grammar.rules._base import parses

    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    if len(words) != 2 or words[0].lower() != "на":
        return False
    if not any(p.tag.POS == "NOUN" and p.tag.case in ("accs", "acc2") for p in parses(words[1].lower())):
        return False  # «на школе», «на институте»: a locative is a place
    before = re.search(r"([А-Яа-яЁё-]+)\s+\Z", text[:finding.offset])
    if before is None:
        return False
    readings = parses(before.group(1).lower())[:1]
    return bool(readings) and readings[0].tag.POS == "NOUN" \
        and not ({"Name", "Surn", "Patr", "Geox", "Orgn"} & readings[0].tag.grammemes)


ORDER_TESTS = {
    "missing_2_verb": _infinitive_with_its_verb_after,
    "PREP_V_VS_NA": _purpose_after_a_noun,
}


def misread_order(text: str, finding: Finding) -> bool:
    """``finding`` (an engine's) misreads free word order or a noun's government in correct Russian."""
    test = ORDER_TESTS.get(finding.rule_id)
    return bool(test and test(text, finding))
