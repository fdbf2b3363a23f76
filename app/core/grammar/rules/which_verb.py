"""«Который» and the verb right after it: «обращения, которые пришли» (не «которое пришли»).

A relative clause that opens «, который» and goes on with a verb that takes no object has that word as
the verb's subject, so the two agree in number (and in the past singular, in gender). The tree is not
needed here — the two words stand side by side — which matters where the parser loses the clause
(«Все обращения, которое пришли после обеда, отмечайте флажком» is parsed with no root). Left alone:
a verb that may take the word as its object («отзыв, который оставили»), one that is followed by an
infinitive whose object the word may be («вопрос, который пришли обсудить», «вещи, которые осталось
забрать»), and verbs of «я», «ты», «мы», «вы».
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, match_case, parses
from app.core.grammar.rules.agreement import SUBJECT_VERB
from app.core.grammar.rules.relative_agreement import WHICH, _nouns_before
from app.core.phrase import phrase

RULES = ()  # the findings carry OURS_WHICH_AGREEMENT or OURS_SUBJECT_VERB_AGREEMENT

# the forms of «который» that may be a subject: number, and gender in the singular
_FORMS = {"который": ("sing", "masc"), "которая": ("sing", "femn"), "которое": ("sing", "neut"),
          "которые": ("plur", None)}
_INFINITIVE_REACH = 3  # words after the verb where an infinitive makes the word its object


def _verb_readings(word: str) -> list:
    """The readings of a finite verb that takes no object, of the third person where it has a person; []
    when any reading is something else («стали» is a noun too; the imperative «пришли» of «прислать» is
    dropped — a relative clause holds no order)."""
    readings = [p for p in parses(word) if p.tag.mood != "impr"]
    if not readings or not all(p.tag.POS == "VERB" and p.tag.mood == "indc" and "intr" in p.tag
                               and p.tag.person in (None, "3per") for p in readings):
        return []
    return readings


def _agrees(p, number: str, gender: str | None) -> bool:
    if p.tag.number != number:
        return False
    return number == "plur" or p.tag.tense != "past" or gender is None or p.tag.gender == gender


def _infinitive_follows(t: Text, i: int) -> bool:
    for k in range(i + 1, min(i + 1 + _INFINITIVE_REACH, len(t.words))):
        if not t.plain_gap(k):
            return False
        if any(p.tag.POS == "INFN" for p in parses(t.words[k].text)):
            return True
    return False


def _which_form(number: str, gender: str | None) -> str | None:
    wanted = (number, gender if number == "sing" else None)
    return next((form for form, own in _FORMS.items() if own == wanted), None)


def _noun_agrees(t: Text, nouns: list[int], number: str, gender: str | None, case: str | None = "nomn") -> bool:
    """A noun of the phrase before the comma has a reading of that number (and gender), in ``case`` if given."""
    for k in nouns:
        for p in parses(t.words[k].text):
            if p.tag.POS == "NOUN" and case in (None, p.tag.case) and p.tag.number == number and (
                    number == "plur" or gender is None or p.tag.gender == gender or "ms-f" in p.tag):
                return True
    return False


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(1, len(t.words) - 1):
        w, verb = t.words[i], t.words[i + 1]
        own = _FORMS.get(w.low)
        if own is None or t.gap_before(i).strip() != "," or not t.plain_gap(i + 1):
            continue
        readings = _verb_readings(verb.text)
        if not readings or any(_agrees(p, *own) for p in readings) or _infinitive_follows(t, i + 1):
            continue
        verb_form = {(p.tag.number, p.tag.gender if p.tag.tense == "past" and p.tag.number == "sing" else None)
                     for p in readings}
        if len(verb_form) != 1:
            continue
        number, gender = verb_form.pop()
        nouns = _nouns_before(t, i) or []
        fixed_which = _which_form(number, gender)
        if fixed_which and _noun_agrees(t, nouns, number, gender):
            found.append(finding(WHICH, w.start, w.end, match_case(w.text, fixed_which),
                                 message=phrase("«Который» здесь — подлежащее глагола «{verb}» и стоит в том же "
                                                "числе, что и слово, к которому относится.", verb=verb.text)))
            continue
        if nouns and not _noun_agrees(t, nouns, *own, case=None):
            continue  # the word agrees with no noun either: relative_agreement reports the word itself
        forms = {f.word for p in readings
                 if (f := p.inflect({own[0]} | ({own[1]} if own[0] == "sing" and p.tag.tense == "past" else set())
                                    )) is not None}
        found.append(finding(SUBJECT_VERB, verb.start, verb.end,
                             *((match_case(verb.text, forms.pop()),) if len(forms) == 1 else ()),
                             message=phrase("Глагол не согласован со словом «{which}»: оно здесь подлежащее.",
                                            which=w.text.lower())))
    return found
