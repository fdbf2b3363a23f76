"""Косвенный падеж не тот, что нужен предлогу: «после работе» (→ «работы»), «про этого случая» (→ «этот
случай»), «благодаря вашего звонка» (→ «вашему звонку»), «на левым кармане» (→ «левом»).

A native writer seldom leaves a noun in the nominative after a preposition (``governed_case`` reports
that); the slip is another oblique case, most often from a phrase edited half-way or from a neighbouring
preposition's case. Reported only when the parse takes the preposition as the noun's, and either the noun
has no dictionary reading in any case the preposition takes (prepositions of one case only, «о» meaning
«about», compound ones like «в течение»), or the noun has none while its modifiers stand in one («без лишних
вопрос»), or the noun has one and a word between them has none in that case, or modifiers and noun agree in
no reading at all though each fits the preposition («по рабочим днях»).
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, match_case, parses
from app.core.grammar.rules.governed_case import (_PREPOSITIONS, _SET_PHRASES, PREPOSITION_CASE, _about, _case, _fits,
                                                  _inflect_phrase, _strikes)
from app.core.grammar.rules.government import _MODIFIERS, _group
from app.core.grammar.rules.repeated_conjunctions import _preposition_cases

RULES = ()  # the findings carry OURS_PREPOSITION_CASE: one rule to the learner

# prepositions of one case, where any other case of the noun is a slip; «благодаря», «согласно», «вопреки»
# take the dative only. Many of the others are adverbs too («стоит напротив»): the tree decides, a word
# counts as a preposition only when the parse makes it the case marker of the noun after it.
_ONE_CASE = {**{p: c for p, c in _PREPOSITIONS.items() if len(c) == 1},
             "благодаря": ("datv",), "согласно": ("datv",), "вопреки": ("datv",), "подобно": ("datv",),
             **dict.fromkeys(("напротив", "внутри", "возле", "вокруг", "мимо", "вдоль", "вне", "ради", "накануне",
                              "посреди", "помимо", "вследствие", "ввиду", "сверх", "позади", "близ"), ("gent",)),
             "сквозь": ("accs",)}
# prepositions of a preposition and a noun: the noun after them hangs on their noun, so it is a genitive
# («в течение суток», «по поводу возврата»)
_COMPOUND = frozenset({("в", "течение"), ("по", "поводу"), ("в", "отношении"), ("в", "ходе"), ("в", "результате"),
                       ("за", "счет"), ("за", "счёт"), ("со", "стороны"), ("с", "помощью"), ("при", "помощи"),
                       ("по", "причине"), ("в", "целях"), ("в", "рамках"), ("в", "пределах"), ("на", "протяжении"),
                       ("во", "время"), ("по", "окончании"), ("по", "истечении"), ("по", "завершении"),
                       ("в", "процессе"), ("по", "мере")})


def _phrase(t: Text, i: int) -> list[int] | None:
    """The words of the noun phrase the parse gives preposition i: its noun (a common noun in the tagger's
    eyes and the dictionary's) and only the noun's «det» and «amod» words before it, else None."""
    sent, prep = t.token(i)
    if prep is None or prep.rel != "case" or prep.head <= prep.index:
        return None
    noun = sent.tokens[prep.head]
    if noun.rel == "amod" and noun.head == noun.index + 1 and noun.pos == "ADJ":
        noun = sent.tokens[noun.head]  # «без лишних вопрос»: the parse hangs the preposition on the adjective
    k = i + (noun.index - prep.index)
    if k >= len(t.words) or (t.words[k].start, t.words[k].end) != (noun.start, noun.end):
        return None
    if noun.pos != "NOUN" or not noun.text.isalpha() or noun.text[:1].isupper() or not any(
            p.tag.POS == "NOUN" for p in parses(noun.text)):
        return None
    between = sent.tokens[prep.index + 1:noun.index]
    if any(tok.head != noun.index or tok.rel not in ("amod", "det") or not tok.text.isalpha() for tok in between):
        return None
    if not all(t.plain_gap(m) for m in range(i + 1, k + 1)):
        return None
    return list(range(i + 1, k + 1))


def _through_modifier(t: Text, i: int, group: list[int]) -> bool:
    """The parse hangs the preposition on the adjective before the noun, not on the noun."""
    _, prep = t.token(i)
    _, noun = t.token(group[-1])
    return prep.head != noun.index


def _nouns(word: str) -> list:
    return [p for p in parses(word) if p.tag.POS == "NOUN"]


def _agreeing(t: Text, group: list[int]) -> bool:
    """The words before the noun agree with it in some reading: one phrase, not «для больного сиделку»
    (an adjective standing for a noun, then another noun)."""
    return all(any(_case(m.tag) == _case(n.tag) and m.tag.number == n.tag.number and (
        n.tag.number == "plur" or m.tag.gender == n.tag.gender) for m in parses(t.words[k].text)
        for n in _nouns(t.words[group[-1]].text)) for k in group[:-1])


def _old_plural(noun, cases) -> bool:
    """«через тернии»: a neuter noun in «-ие» kept its old plural in «-ии» in set phrases; the dictionary reads
    that form only as a singular locative, so after a preposition of the accusative it is no slip."""
    return "accs" in cases and all(p.word.endswith("ии") and p.tag.gender == "neut" for p in noun)


def _noun_misses(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> None:
    """«после работе»: the noun has no reading, however rare, in the preposition's case."""
    noun = _nouns(t.words[group[-1]].text)
    if _fits(noun, cases[0]) or any(_case(p.tag) == "nomn" for p in noun):
        return  # a nominative is the learner's slip, reported by ``governed_case``
    if _old_plural(noun, cases):
        return
    if not _agreeing(t, group):
        return
    prep = t.words[i]
    fixed = _inflect_phrase(t, group, cases[0])
    found.append(finding(PREPOSITION_CASE, prep.start, t.words[group[-1]].end,
                         *((f"{prep.text} {fixed}",) if fixed else ())))


def _noun_alone_misses(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> None:
    """«с нашим менеджерам» → «с нашим менеджером»: after a preposition of several cases the noun has no reading
    in any of them, while the words before it stand in one of them — the case meant, and its number with it
    (the noun took the case and number of a neighbouring phrase: «нашим» is also a dative plural)."""
    noun = _nouns(t.words[group[-1]].text)
    if len(group) < 2 or any(_fits(noun, c) for c in cases) or any(_case(p.tag) == "nomn" for p in noun):
        return
    if not _agreeing(t, group) or _repeated_member(t, i, group):
        return
    meant = {(c, m.tag.number) for c in cases for m in parses(t.words[group[0]].text)
             if _case(m.tag) == c and m.tag.POS in _MODIFIERS}
    if len(meant) != 1 or not all(_fits(parses(t.words[k].text), next(iter(meant))[0]) for k in group[:-1]):
        return
    case, number = meant.pop()
    forms = {f.word for n in noun if (f := n.inflect({case, number})) is not None}
    if len(forms) != 1:
        return
    written = t.text[t.words[group[0]].start:t.words[group[-1]].start]
    prep = t.words[i]
    found.append(finding(PREPOSITION_CASE, prep.start, t.words[group[-1]].end,
                         f"{prep.text} {written}{match_case(t.words[group[-1]].text, forms.pop())}"))


def _modifier_misses(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> None:
    """«на левым кармане»: the noun stands in a case the preposition takes, a word the parse gives it in
    no such case (so the word cannot be a noun of its own standing between them either)."""
    noun = _nouns(t.words[group[-1]].text)
    case = next((c for c in cases if _fits(noun, c)), None)
    if case is None or len(group) < 2:
        return
    modifiers = [parses(t.words[k].text) for k in group[:-1]]
    if all(any(_case(p.tag) == c for p in readings for c in cases) or _complement(modifiers, n)
           for n, readings in enumerate(modifiers)):
        return
    if any(not any(p.tag.POS in _MODIFIERS for p in readings) for readings in modifiers):
        return
    fixed = _inflect_phrase(t, group, case)
    found.append(finding(PREPOSITION_CASE, t.words[group[0]].start, t.words[group[-1]].end,
                         *((fixed,) if fixed else ())))


def _complement(modifiers: list, n: int) -> bool:
    """«для оставшихся свободными мест»: an instrumental word right after a participle is the participle's
    own complement, not the noun's attribute."""
    return n > 0 and any(_case(p.tag) == "ablt" for p in modifiers[n]) and any(
        p.tag.POS == "PRTF" for p in modifiers[n - 1])


def _repeated_member(t: Text, i: int, group: list[int]) -> bool:
    """«между про… и про… политиками»: after «и» / «или» the phrase may stand in the case of a preposition a
    few words back, the second word (here a prefix written apart) repeated before each member."""
    if i == 0 or t.words[i - 1].low not in ("и", "или"):
        return False
    earlier = {c for w in t.words[max(0, i - 8):i - 1] for c in _preposition_cases(w.low)}
    return any(all(_fits(parses(t.words[k].text), c) for k in group) for c in earlier)


def _topic(t: Text, i: int, group: list[int]) -> bool:
    """«напомните о встрече»: «о» on a word of speaking or knowing means «about» and takes the prepositional
    only (the accusative «о стену» is for striking and leaning)."""
    return t.words[i].low in ("о", "об", "обо") and _about(t, group[-1]) and not _strikes(t, i)


def _genders(readings) -> set:
    """The genders a noun's singular readings take; a noun of common gender («коллега») takes both."""
    out = set()
    for p in readings:
        out |= {"masc", "femn"} if "ms-f" in p.tag.grammemes else {p.tag.gender}
    return out


_SUBSTANTIVE = ("Apro", "Anum", "Subx")  # «для одних», «у третьих», «для всех»: words that stand for a noun


def _two_phrases(t: Text, group: list[int], cases) -> bool:
    """The words, agreeing in no reading, may be two phrases, not one: a participle before a noun that may be
    its own complement («для обделённых природой», «на убивающих время»); a plural pronoun or numeral adjective
    standing for people before a singular noun («для одних любовь»); a genitive hanging on a negation or
    another word («с первым оргазма не испытывала»), or an instrumental the preposition does not take («для
    слабых духом»); a word that may be an adverb. And the old accusative «в люди», agreeing or not."""
    nouns = _nouns(t.words[group[-1]].text)
    if "accs" in cases and any(_case(p.tag) == "nomn" and p.tag.number == "plur" and "anim" in p.tag for p in nouns):
        return True  # «выбиться в люди», «метить в главные инженеры»
    if any(all(any(_agree(m, n) for m in parses(t.words[k].text)) for k in group[:-1]) for n in nouns):
        return False  # the words agree: one phrase
    last = parses(t.words[group[-2]].text)
    if any(p.tag.POS == "PRTF" or "Subx" in p.tag for p in last) or _fits(nouns, "gent"):
        return True
    if "ablt" not in cases and _fits(nouns, "ablt"):
        return True  # «для слабых духом», «во всём невеждой»: an instrumental of its own
    if any(p.tag.POS in ("ADVB", "PRCL") for k in group[:-1] for p in parses(t.words[k].text)):
        return True  # «о всё меньшем объёме»: «всё» is an adverb here
    return any(p.tag.number == "sing" for p in nouns) and any(
        all(m.tag.number == "plur" for m in parses(t.words[k].text) if m.tag.POS in _MODIFIERS)
        and any(g in m.tag for m in parses(t.words[k].text) for g in _SUBSTANTIVE) for k in group[:-1])


def _noun_lost(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> bool:
    """«без лишних вопрос» → «вопросов», «напротив торгового центру» → «центра»: the words before the noun
    stand in a case the preposition takes, the noun has no reading in any of them. The modifiers must fit the
    noun's gender (or be plural, the number a noun left in the nominative lost with its case): «для больного
    сиделку» is two phrases. True when it reports."""
    noun = _nouns(t.words[group[-1]].text)
    if len(group) < 2 or not noun or any(_fits(noun, c) for c in cases) or _old_plural(noun, cases):
        return False
    if all(any(_case(p.tag) == "nomn" for p in parses(t.words[k].text)) for k in group):
        return False  # a phrase in the nominative is ``governed_case``'s, with its guards («о яростный спорщик»)
    if any(all(any(_agree(m, n) for m in parses(t.words[k].text)) for k in group[:-1]) for n in noun):
        return False  # «во всём невеждой»: the words agree in another case, the phrase may end elsewhere
    genders = _genders(noun)
    for case in cases:
        numbers = set()
        for k in group[:-1]:
            fitting = [m for m in parses(t.words[k].text) if m.tag.POS in _MODIFIERS and _case(m.tag) == case
                       and (m.tag.number == "plur" or m.tag.gender in genders)]
            if not fitting:
                break
            numbers |= {m.tag.number for m in fitting}
        else:
            if len(numbers) != 1 or not any(n.tag.number in numbers or _case(n.tag) == "nomn" for n in noun):
                continue  # «у слабых еду»: a plural word for people, then a singular object of the verb
            forms = {f.word for n in noun if (f := n.inflect({case, *numbers})) is not None}
            prep, noun_w = t.words[i], t.words[group[-1]]
            written = t.text[t.words[group[0]].start:noun_w.start]
            fix = (f"{prep.text} {written}{match_case(noun_w.text, forms.pop())}",) if len(forms) == 1 else ()
            found.append(finding(PREPOSITION_CASE, prep.start, noun_w.end, *fix))
            return True
    return False


def _named_before(t: Text, i: int, group: list[int]) -> bool:
    """The modifiers after preposition i stand for a noun named a few words back after the same preposition, another
    noun than the one after them, which is then the subject of a clause of its own: «В банкоматах других банков
    комиссия 1 %, а в наших и партнёрских снятие бесплатное». «в новых офисах…, в старых офис» names the same noun
    and stays reported."""
    modifiers = [parses(t.words[k].text) for k in group[:-1]]
    own = {n.normal_form for n in _nouns(t.words[group[-1]].text)}
    if not own or not any(_case(n.tag) == "nomn" for n in _nouns(t.words[group[-1]].text)):
        return False
    for j in range(max(0, i - 25), i):
        if t.words[j].low != t.words[i].low:
            continue
        for k in range(j + 1, min(j + 4, i)):
            nouns = [n for n in _nouns(t.words[k].text) if n.normal_form not in own]
            if any(all(any(_agree(m, n) for m in r) for r in modifiers) for n in nouns):
                return True
    return False


def _agree(m, n) -> bool:
    return _case(m.tag) == _case(n.tag) and m.tag.number == n.tag.number and (
        n.tag.number == "plur" or m.tag.gender is None or m.tag.gender in _genders([n]))


def _disagreeing(t: Text, i: int, group: list[int], cases, found: list[Finding]) -> None:
    """«по рабочим днях», «за прошлый месяцем», «к ближайшим пункту»: each word may stand in a case the
    preposition takes, but the modifiers and the noun the tree joins them to agree in no reading at all
    (case, number and gender), though they share a gender. The fix keeps the noun's number, in the
    preposition's first case that either side stands in."""
    if len(group) < 2:
        return
    nouns = _nouns(t.words[group[-1]].text)
    modifiers = [parses(t.words[k].text) for k in group[:-1]]
    if not nouns or any("Fixd" in p.tag for p in nouns) or any(
            not any(p.tag.POS in _MODIFIERS for p in r) or any("Fixd" in p.tag for p in r) for r in modifiers):
        return
    if any(all(any(_agree(m, n) for m in r) for r in modifiers) for n in nouns):
        return
    if not any(_fits(nouns, c) for c in cases) or not all(any(_fits(r, c) for c in cases) for r in modifiers):
        return  # a word in no case of the preposition is the other checks' («в верхним ящике»)
    genders = _genders(nouns)
    if any(not any(m.tag.number == "plur" or m.tag.gender in genders for m in r if m.tag.POS in _MODIFIERS)
           for r in modifiers):
        return  # «для больного сиделку»: an adjective of another gender is a noun of its own
    case = next((c for c in cases if _fits(nouns, c) or all(_fits(r, c) for r in modifiers)), None)
    if case is None:
        return
    fixed = _inflect_phrase(t, group, case)
    found.append(finding(PREPOSITION_CASE, t.words[i].start, t.words[group[-1]].end,
                         *((f"{t.words[i].text} {fixed}",) if fixed else ())))


def _compound(t: Text, i: int, found: list[Finding]) -> None:
    """«в течение суткам» → «суток», «по поводу возвратом» → «возврата»: after a preposition made of a
    preposition and a noun, the noun phrase the tree hangs on that noun has no genitive reading."""
    start = i + 2
    if start >= len(t.words) or not t.plain_gap(start):
        return
    group = _group(t, start)
    if group is None or t.words[group[-1]].low == "друг":
        return  # «при помощи друг друга»: the first part of «друг друга» does not decline
    _, prep = t.token(i)
    _, head = t.token(i + 1)
    _, noun = t.token(group[-1])
    if prep is None or head is None or noun is None or noun.head != head.index and not (
            prep.head == noun.index and head.rel == "fixed"):
        return  # the tree hangs the phrase on the compound's noun, or makes the compound its case marker
    noun = parses(t.words[group[-1]].text)
    if _fits(noun, "gent") or _fits(noun, "nomn"):
        return  # a genitive noun: a modifier's slip is the agreement rules'; a nominative may be the subject after
        # «в результате» used alone («в результате совершенствование … начинает»)
    fixed = _inflect_phrase(t, group, "gent")
    found.append(finding(PREPOSITION_CASE, t.words[i].start, t.words[group[-1]].end,
                         *((f"{t.words[i].text} {t.words[i + 1].text} {fixed}",) if fixed else ())))


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-1]):
        if not t.plain_gap(i + 1):
            continue
        if (w.low, t.words[i + 1].low) in _COMPOUND:
            _compound(t, i, found)
            continue
        cases = _PREPOSITIONS.get(w.low) or _ONE_CASE.get(w.low)
        if cases is None or (w.low, t.words[i + 1].low) in _SET_PHRASES:
            continue
        group = _phrase(t, i)
        if group is None or _repeated_member(t, i, group):
            continue
        if _topic(t, i, group):
            cases = ("loct",)
        if _through_modifier(t, i, group):
            if not _two_phrases(t, group, cases):
                _noun_lost(t, i, group, cases, found)  # the one slip that leads the parser so: «без лишних вопрос»
            continue
        if len(group) < 2 or not _two_phrases(t, group, cases) and not _named_before(t, i, group):
            if w.low in _ONE_CASE or len(cases) == 1:
                _noun_misses(t, i, group, cases, found)
            else:
                _noun_alone_misses(t, i, group, cases, found)
            if not _noun_lost(t, i, group, cases, found):
                _disagreeing(t, i, group, cases, found)
        _modifier_misses(t, i, group, cases, found)
    return found
