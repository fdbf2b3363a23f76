"""Лишнее «о» и чужой предлог при слове: «описал свои проблемы» (не «описал о своих проблемах»),
«разбирается в технике» (не «о технике»), «в восторге от магазина» (не «с магазина»), «является
ответственным» (не «ответственный»).

Verbs of speech and thought that take «о» («рассказать о», «сообщить о») pull it after their neighbours
that take a direct object or another preposition. Each entry names the governing word by its dictionary
lemma and what it takes; a finding needs «о» right after the word (or after the noun of a set phrase:
«обратить внимание на») and a noun phrase in the prepositional after «о», and the fix is that phrase
inflected into the case the word takes.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, match_case, parses
from app.core.grammar.rules.governed_case import _inflect_phrase
from app.core.grammar.rules.government import _group
from app.core.grammar.rules.word_government import WORD_GOVERNMENT
from app.core.phrase import phrase

RULES = ()  # the findings carry OURS_WORD_GOVERNMENT: one rule to the learner

_ACCUSATIVE = ("", "accs", "что")
# lemma → (the preposition it takes, or "", the case, the question the learner is told)
_NOT_ABOUT = {
    **dict.fromkeys(("обсудить", "обсуждать", "описать", "описывать", "отметить", "отмечать", "подчеркнуть",
                     "подчёркивать", "подчеркивать", "объяснить", "объяснять", "обговорить", "обговаривать",
                     "осознать", "осознавать", "доказать", "доказывать", "выразить", "выражать"), _ACCUSATIVE),
    **dict.fromkeys(("разбираться", "разобраться", "убедиться", "убеждаться", "удостовериться",
                     "удостоверяться", "уверенный", "уверить", "уверять"), ("в", "loct", "в чём")),
    **dict.fromkeys(("интересоваться", "поинтересоваться"), ("", "ablt", "чем")),
}
# verbs of a set phrase with «внимание»: «обратить внимание на что»
_ATTENTION = frozenset({"обратить", "обращать"})
_ABOUT = ("о", "об", "обо")
_THAT = {"accs": "то", "loct": "том", "ablt": "тем"}  # «о том» in the case the word takes
# «в восторге», «в шоке» — от чего, not «с чего»
_FEELINGS = frozenset({"восторге", "шоке", "ужасе", "восхищении"})


def _lemmas(word: str) -> set[str]:
    return {p.normal_form for p in parses(word) if p.score >= 0.05}


def _prepositional_group(t: Text, k: int) -> list[int] | None:
    group = _group(t, k)
    if group is None or not any(p.tag.case in ("loct", "loc2") for p in parses(t.words[group[-1]].text)):
        return None
    return group


def _needless_about(t: Text, i: int, found: list[Finding]) -> None:
    """«описал о своих проблемах» → «описал свои проблемы», «разбирается о технике» → «в технике»,
    «не обратили внимания о сроках» → «на сроки»."""
    w = t.words[i]
    lemmas = _lemmas(w.text)
    k = i + 1
    if lemmas & _ATTENTION and t.words[k].low in ("внимание", "внимания") and k + 1 < len(t.words) \
            and t.plain_gap(k + 1):
        k += 1
        lemma, wanted = "обратить внимание", ("на", "accs", "на что")
    else:
        lemma = next((lemma for lemma in sorted(lemmas) if lemma in _NOT_ABOUT), "")
        wanted = _NOT_ABOUT.get(lemma)
    about = t.word(k)
    if wanted is None or about is None or about.low not in _ABOUT or not t.plain_gap(k):
        return
    preposition, case, question = wanted
    that = t.word(k + 1)
    if that is not None and that.low == "том" and t.plain_gap(k + 1):
        group, fixed = [k + 1], _THAT[case]  # «уверен о том, что» → «в том, что»
    else:
        group = _prepositional_group(t, k + 1)
        if group is None:
            return
        fixed = _inflect_phrase(t, group, case)
    found.append(finding(WORD_GOVERNMENT, about.start, t.words[group[-1]].end,
                         *(((f"{preposition} {fixed}" if preposition else fixed),) if fixed else ()),
                         message=phrase("«{word}» — {question}, без «о»: «описать проблему», «разбираться в "
                                        "технике», «обратить внимание на сроки».", word=lemma, question=question)))


# lemma → its slips, each (the prepositions written by mistake, the case the phrase after them stands in then, the
# preposition the word takes or "", its case, the question the learner is told)
_OTHER_PREPOSITION = {
    **dict.fromkeys(("жаловаться", "пожаловаться"), ((("о", "об"), "loct", "на", "accs", "на что"),)),
    # «настаивал в суде» is a place: only «в том, что» is the slip; «настаивать о» never says anything else
    **dict.fromkeys(("настаивать", "настоять"), ((("в",), "that", "на", "loct", "на чём"),
                                                 (("о", "об"), "loct", "на", "loct", "на чём"))),
    # «смеялись с друзьями» is «with»: only a genitive after «с» («с его шутки») is the slip
    **dict.fromkeys(("смеяться", "посмеяться", "насмехаться", "посмеиваться"), ((("с", "со"), "gent", "над", "ablt",
                                                                                "над чем"),)),
    "жениться": ((("с", "со"), "ablt", "на", "loct", "на ком"),),
    **dict.fromkeys(("превысить", "превышать"), ((("над",), "ablt", "", "accs", "что"),)),
    "прощение": ((("о", "об"), "loct", "за", "accs", "за что"),),
}
_PERSONAL = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они"})
_POSSESSIVE = frozenset({"его", "её", "ее", "их"})
_THAT_FORMS = {"loct": "том", "accs": "то", "ablt": "тем", "gent": "того"}


def _other_preposition(t: Text, i: int, found: list[Finding]) -> None:
    """«жалуются о шуме» → «на шум», «настаивал в том» → «на том», «смеялись с его шутки» → «над его шуткой»,
    «превысили над доходами» → «доходы»: a preposition the word does not take, before a noun phrase or
    a pronoun in the case that preposition takes."""
    lemma = next((lemma for lemma in sorted(_lemmas(t.words[i].text)) if lemma in _OTHER_PREPOSITION), None)
    prep, nxt = t.word(i + 1), t.word(i + 2)
    if lemma is None or nxt is None or not t.plain_gap(i + 2):
        return
    slip = next((slip for slip in _OTHER_PREPOSITION[lemma] if prep.low in slip[0]), None)
    if slip is None:
        return
    wrong, wrong_case, right, case, question = slip
    that = nxt.low in ("том", "тем", "то", "того") and t.gap_before(i + 3).strip() == "," if i + 3 < len(
        t.words) else False
    if wrong_case == "that" and not that:
        return
    pronoun = [p for p in parses(nxt.text) if p.tag.POS == "NPRO" and p.normal_form in _PERSONAL]
    if that:
        group, fixed = [i + 2], _THAT_FORMS[case]
    elif pronoun and nxt.low not in _POSSESSIVE:
        form = next((f.word for p in pronoun if p.tag.case == wrong_case and (f := p.inflect({case})) is not None), None)
        if form is None:
            return
        if right and form.startswith(("е", "и", "ё")):
            form = "н" + form  # after a preposition: «на неё», «над ним»
        group, fixed = [i + 2], form
    else:
        owner = nxt.text + " " if nxt.low in _POSSESSIVE else ""
        group = _group(t, i + 2 + bool(owner))
        if group is None or not _phrase_fits(t, group, wrong_case):
            return
        if len(group) == 1:  # the noun's number from its reading in the case written: «шутки» is «шутка» here
            forms = {f.word for p in parses(t.words[group[0]].text) if p.tag.POS == "NOUN" and p.tag.case == wrong_case
                     and (f := p.inflect({case, p.tag.number})) is not None}
            fixed = match_case(t.words[group[0]].text, forms.pop()) if len(forms) == 1 else None
        else:
            fixed = _inflect_phrase(t, group, case)
        fixed = owner + fixed if fixed else None
    found.append(finding(WORD_GOVERNMENT, prep.start, t.words[group[-1]].end,
                         *(((f"{right} {fixed}" if right else fixed),) if fixed else ()),
                         message=phrase("«{word}» — {question}.", word=lemma, question=question)))


def _phrase_fits(t: Text, group: list[int], case: str) -> bool:
    return all(any(p.tag.case == case for p in parses(t.words[k].text)) for k in group)


def _delight_from(t: Text, i: int, found: list[Finding]) -> None:
    """«в восторге с вашего магазина» → «от вашего магазина»."""
    w, s = t.words[i], t.word(i + 1)
    if w.low not in _FEELINGS or i == 0 or t.words[i - 1].low not in ("в", "во") or s is None or s.low not in ("с", "со"):
        return
    if not t.plain_gap(i + 1):
        return
    group = _group(t, i + 2)
    if group is None or not any(p.tag.case == "gent" for p in parses(t.words[group[-1]].text)):
        return
    found.append(finding(WORD_GOVERNMENT, s.start, s.end, match_case(s.text, "от"),
                         message=phrase("«В восторге», «в шоке» — от чего: «в восторге от вашего магазина».")))


def _is_what(t: Text, i: int, found: list[Finding]) -> None:
    """«я являюсь ответственный» → «ответственным»: after «являться» what something is stands in the
    instrumental, once the subject stands before the verb."""
    w, nxt = t.words[i], t.word(i + 1)
    if nxt is None or "являться" not in _lemmas(w.text) or not nxt.text.isalpha() or nxt.text[:1].isupper():
        return
    sent, verb = t.token(i)
    if verb is None or not any(c.rel.startswith("nsubj") and c.index < verb.index for c in sent.children(verb.index)):
        return  # «частой ошибкой являются ответы»: the word after the verb is its subject
    k = i - 1
    while k >= 0 and t.plain_gap(k + 1):
        if any(p.tag.case == "ablt" and p.score >= 0.1 for p in parses(t.words[k].text)):
            return  # «одним из обладаний является самообладание»: what it is stands before the verb
        k -= 1
    readings = [p for p in parses(nxt.text) if p.score >= 0.02]
    if not readings or any(p.tag.POS not in ("ADJF", "PRTF", "NOUN") or p.tag.case not in ("nomn", "accs")
                           for p in readings) or not any(p.tag.case == "nomn" for p in readings):
        return
    forms = {f.word for p in readings if p.tag.case == "nomn" and (f := p.inflect({"ablt"})) is not None}
    if len(forms) != 1:
        return
    found.append(finding(WORD_GOVERNMENT, nxt.start, nxt.end, match_case(nxt.text, forms.pop()),
                         message=phrase("После «являться» то, чем что-то является, стоит в творительном падеже: "
                                        "«является ответственным», «является частью договора».")))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        if t.plain_gap(i + 1):
            _needless_about(t, i, found)
            _delight_from(t, i, found)
            _other_preposition(t, i, found)
            _is_what(t, i, found)
    return found
