"""pylat-ru's findings that misread an adjective standing for a noun, or a form cited after «вместо», dropped with
those of :mod:`app.core.grammar.misreads`.

* Unify_Adj_NN_gender reads «налоговой» in «реквизиты налоговой приложение подставит» as an adjective of
  «приложение». An adjective in the genitive after a noun or a preposition («реквизиты налоговой», «из налоговой»)
  may stand for a noun of its own (the tax office), closing that phrase; the noun after it opens the next part as the
  subject of a verb that agrees with it. Only then is the pair dropped: «номер новой заказ», with no verb for
  «заказ», stays reported.
* PREP_*_and_Noun asks the genitive after «вместо». Where the word before «вместо» is spelt nearly as the word after
  it, the two are forms cited against each other — a misspelt name and the right one («Ковалов вместо Ковалёв»),
  quoted as written; «Пришёл Пётр вместо Иван» stays reported.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from app.core.grammar.findings import Finding

_WORD = re.compile(r"[А-Яа-яЁё]+")
_CLAUSE_END = re.compile(r"[.!?;:,—–()\n]")
_PREDICATES = frozenset({"VERB", "PRTS", "ADJS"})


def _subject_of_verb_after(text: str, end: int, noun: str) -> bool:
    """``noun`` has a nominative reading and a verb after it, before the next punctuation mark, agrees with it."""
    from app.core.grammar.rules._base import parses

    nouns = [p for p in parses(noun.lower()) if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
    if not nouns:
        return False
    stop = _CLAUSE_END.search(text, end)
    for m in _WORD.finditer(text, end, stop.start() if stop else len(text)):
        for p in parses(m.group().lower())[:2]:
            if p.tag.POS in _PREDICATES and p.tag.person in (None, "3per") and any(
                    p.tag.number == n.tag.number and (p.tag.number == "plur" or p.tag.gender in (None, n.tag.gender))
                    for n in nouns):
                return True
    return False


def adjective_for_a_noun_before_subject(text: str, finding: Finding) -> bool:
    """Unify_Adj_NN_gender on «налоговой приложение»: the genitive adjective closes a phrase of the noun or the
    preposition before it, and the noun after it is the subject of the verb that follows."""
    from app.core.grammar.rules._base import parses

    if finding.rule_id != "Unify_Adj_NN_gender":
        return False
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    before = list(_WORD.finditer(text, 0, finding.offset))
    if len(words) != 2 or not before or text[before[-1].end():finding.offset].strip():
        return False
    adjective, noun = words
    if not any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses(adjective.lower())):
        return False
    head = parses(before[-1].group().lower())[:1]
    if not head or head[0].tag.POS not in ("NOUN", "PREP"):
        return False
    return _subject_of_verb_after(text, finding.offset + finding.length, noun)


def cited_instead(text: str, finding: Finding) -> bool:
    """«Ковалов вместо Ковалёв»: the words either side of «вместо» are spelt nearly alike and both capitalised —
    one form cited against another, not a noun the preposition governs."""
    if not (finding.rule_id.startswith("PREP_") and finding.rule_id.endswith("_and_Noun")):
        return False
    words = _WORD.findall(text[finding.offset:finding.offset + finding.length])
    before = list(_WORD.finditer(text, 0, finding.offset))
    if len(words) != 2 or words[0].lower() != "вместо" or not before:
        return False
    left, right = before[-1].group(), words[1]
    if not (left[:1].isupper() and right[:1].isupper()) or text[before[-1].end():finding.offset].strip():
        return False
    norm = lambda w: w.lower().replace("ё", "е")  # noqa: E731
    return SequenceMatcher(None, norm(left), norm(right)).ratio() >= 0.7


def misread_substantive(text: str, finding: Finding) -> bool:
    return adjective_for_a_noun_before_subject(text, finding) or cited_instead(text, finding)
