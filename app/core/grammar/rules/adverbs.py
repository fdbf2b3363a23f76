"""Наречия и частицы, которые в спешке пишут раздельно: «чем то», «наконец то», «кое какие», «на верх»,
«на половину», «в низу».

A speller passes both halves: «то», «верх», «половину» are words. The hyphen goes between a question word
and the particles -то, -нибудь, -таки and after кое-; an adverb made of a preposition and a noun («наверх»,
«наполовину») is one word when the noun has no word of its own after it («на верх шкафа» stays apart).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, known, likeliest_pos, match_case, parses
from app.core.phrase import phrase

PARTICLE_HYPHEN = RuleInfo(
    "OURS_PARTICLE_HYPHEN",
    phrase("Частицы -то, -нибудь, -таки, кое-"),
    phrase("Частица пишется через дефис: «{fixed}»."),
    phrase("Частицы -то, -либо, -нибудь, -таки и кое- пишутся с местоимением или наречием через дефис: «кто-то», "
    "«чем-то», «как-нибудь», «наконец-то», «всё-таки», «кое-какие». Раздельно «то» пишется, когда это "
    "местоимение или союз: «то же самое», «если…, то…»."),
    Category.SPELLING,
)
ADVERB_TOGETHER = RuleInfo(
    "OURS_ADVERB_TOGETHER",
    phrase("Наречие из предлога и существительного"),
    phrase("Наречие пишется слитно: «{fixed}»."),
    phrase("Наречия, которые выросли из предлога и существительного, пишутся слитно: «наверх», «внизу», "
    "«наполовину», «вдали», «навсегда», «сзади». Раздельно пишется предлог с существительным, у которого есть "
    "своё определение или дополнение: «на верх шкафа», «в низу страницы», «на половину суммы»."),
    Category.SPELLING,
)

NEEDLESS_HYPHEN = RuleInfo(
    "OURS_NEEDLESS_HYPHEN",
    phrase("Сочетания, которые пишутся раздельно"),
    phrase("Это сочетание пишется раздельно, без дефиса: «{fixed}»."),
    phrase("Дефис ставят с частицами «-то», «-либо», «-нибудь», «-таки», «кое-» и в наречиях с «по-». Союзы и частицы из двух "
    "слов пишутся раздельно: «то есть», «как будто», «потому что», «так что», «так как», «всё равно», «как раз», "
    "«всё же», «в общем»."),
    Category.SPELLING,
)

RULES = (PARTICLE_HYPHEN, ADVERB_TOGETHER, NEEDLESS_HYPHEN)

# two-word conjunctions and particles written with a hyphen by analogy with «кто-то», «по-моему»
_APART = {"то-есть": "то есть", "как-будто": "как будто", "потому-что": "потому что", "так-что": "так что",
          "так-как": "так как", "все-равно": "всё равно", "как-раз": "как раз", "все-же": "всё же",
          "в-общем": "в общем", "в-целом": "в целом"}

# Question words and adverbs that take -то and -нибудь (every case form of «кто», «что», «какой», «чей»).
_HOSTS = frozenset({"кто", "кого", "кому", "кем", "ком", "что", "чего", "чему", "чем", "чём", "какой", "какая", "какое",
                    "какие", "какого", "какую", "каких", "каким", "какими", "каком", "какой", "чей", "чья", "чьё", "чьи",
                    "где", "куда", "откуда", "когда", "как", "почему", "зачем", "отчего", "сколько", "наконец"})
_TAKI = frozenset({"все", "всё", "опять", "так", "довольно", "верно"})
_KOE = frozenset({"что", "чего", "чем", "чему", "кто", "кого", "кому", "кем", "как", "где", "куда", "какой", "какая",
                  "какое", "какие", "каких", "какими", "каким", "какую", "когда"})
# Adverbs that people split into a preposition and a noun; the dictionary knows each as one word.
_ADVERBS = frozenset({"наполовину", "наверх", "наверху", "вниз", "внизу", "вверх", "вверху", "вперед", "назад",
                      "навсегда", "надолго", "наизусть", "насквозь", "вблизи", "вдали", "вдаль", "сверху", "снизу",
                      "слева", "справа", "сзади", "спереди", "налево", "направо", "влево", "вправо", "вплотную",
                      "поначалу", "вничью", "вдвоем", "втроем", "вдвое", "втрое", "наугад",
                      "впервые", "задолго", "вскоре", "впоследствии", "издалека", "издали", "досыта", "допоздна",
                      "поистине", "впрочем", "заодно", "вслух", "втихую", "вживую", "назло", "вначале",
                      "вправе"})


# Pairs never right apart, whatever follows: «в близи вокзала» → «вблизи», «в добавок» → «вдобавок».
_ALWAYS_ONE = frozenset({"вблизи", "вдобавок", "вдалеке", "вкратце", "втихаря", "вприкуску", "впритык", "вразнобой",
                         "оттуда", "отсюда", "откуда", "снова", "напролет"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for w in t.words:
        if w.low in _APART:
            fixed = match_case(w.text, _APART[w.low])
            found.append(finding(NEEDLESS_HYPHEN, w.start, w.end, fixed,
                                 message=phrase("Это сочетание пишется раздельно, без дефиса: «{fixed}».", fixed=fixed)))
        elif w.low.startswith("по-"):
            _hyphenated_comparative(w, found)
    for i in range(len(t.words) - 1):
        if not t.plain_gap(i + 1):
            continue
        _particle(t, i, found)
        _adverb(t, i, found)
    return found


def _hyphenated_comparative(w, found: list[Finding]) -> None:
    """«по-позже» → «попозже», «по-быстрее» → «побыстрее»: «по-» that softens a comparative is written together
    (the hyphen belongs to adverbs in -ому, -ски: «по-новому», «по-русски»)."""
    rest = w.low[3:]
    joined = "по" + rest
    if not rest or "-" in rest or likeliest_pos(rest) != "COMP" or not known(joined):
        return
    if any(p.tag.POS == "COMP" and "Cmp2" in p.tag for p in parses(joined)):
        fixed = match_case(w.text, joined)
        found.append(finding(ADVERB_TOGETHER, w.start, w.end, fixed,
                             message=phrase("Наречие пишется слитно: «{fixed}».", fixed=fixed)))


def _particle(t: Text, i: int, found: list[Finding]) -> None:
    """«чем то занят» → «чем-то», «наконец то» → «наконец-то», «всё таки» → «всё-таки», «кое какие» →
    «кое-какие»."""
    w, nxt = t.words[i], t.words[i + 1]
    if w.low == "кое" and nxt.low in _KOE:
        pass
    elif nxt.low == "таки" and w.low in _TAKI:
        pass
    elif nxt.low in ("то", "нибудь") and w.low in _HOSTS:
        after = t.word(i + 2)
        gap = t.text[nxt.end:after.start] if after is not None else ""
        if after is not None and after.low == "же" and gap.strip() == "":
            return  # «что то же самое»
        if nxt.low == "то" and (":" in gap or w.low == "как" and "," in gap):
            return  # «как то: …», «как то, так и другое»: the pronoun «то»
        if nxt.low == "то" and "," in gap and (after.low in _RELATIVE or after.low.startswith("котор")) and not (
                t.word(i + 3) is not None and t.words[i + 3].low == "ли"):  # not «чем то, что ли, занят»
            return  # «больше, чем то, что он оставил»: the demonstrative «то» and its clause
        if nxt.low == "то" and _conditional_clause(t, i):
            return  # «если что(,) то звони», «если постучит кто(,) то не открывай»: the correlative «то»
        if nxt.low == "то" and after is not None and gap.strip() == "" and any(
                p.tag.POS in ("NOUN", "ADJF") and p.tag.gender == "neut" and p.tag.number == "sing"
                and p.tag.case in ("nomn", "accs") for p in parses(after.text)):
            return  # «сказал, что то письмо…», «когда то время…»: the demonstrative «то» with its noun
    else:
        return
    joined = f"{w.text}-{nxt.text}"
    if not known(joined.lower()) and not (w.low == "наконец" and nxt.low == "то"):
        return
    found.append(finding(PARTICLE_HYPHEN, w.start, nxt.end, joined,
                         message=phrase("Частица пишется через дефис: «{fixed}».", fixed=joined)))


# Words that open the clause a demonstrative «то» announces: «то, что…», «то, чего…», «то, о ком…».
_RELATIVE = frozenset({"что", "чего", "чему", "чем", "чём", "кто", "кого", "кому", "кем", "ком", "где", "куда", "откуда",
                       "когда", "как", "о", "об", "в", "на", "с", "за", "от", "к", "по", "ради"})


def _conditional_clause(t: Text, i: int) -> bool:
    """Word i is in a clause opened by «если», «раз» or «коли», whose main clause may start with «то»."""
    k = i
    while k > 0 and t.plain_gap(k):
        k -= 1
        if t.words[k].low in ("если", "раз", "коли"):
            return True
    return False


def _softened_comparative(t: Text, i: int, found: list[Finding]) -> None:
    """«по раньше», «по подробнее» → «пораньше», «поподробнее»: «по-» softens a comparative and is part of the
    word (a comparative is never the dative a preposition «по» would govern)."""
    w, nxt = t.words[i], t.words[i + 1]
    joined = w.low + nxt.low
    if w.low != "по" or not nxt.text.islower() or not known(joined) \
            or likeliest_pos(nxt.text) != "COMP":
        return
    if not any(p.tag.POS == "COMP" and "Cmp2" in p.tag for p in parses(joined)):
        return
    fixed = match_case(w.text, joined)
    found.append(finding(ADVERB_TOGETHER, w.start, nxt.end, fixed,
                         message=phrase("Наречие пишется слитно: «{fixed}».", fixed=fixed)))


def _infinitive_at(t: Text, k: int) -> bool:
    """An infinitive stands at word k, or after a pronoun there: «вправе отказаться», «вправе вам отказать»."""
    for n in (k, k + 1):
        w = t.word(n)
        readings = parses(w.text) if w is not None and t.plain_gap(n) else ()
        if not readings:
            return False
        if readings[0].tag.POS == "INFN":
            return True
        if readings[0].tag.POS != "NPRO":
            return False
    return False


def _governed_by_verb(t: Text, i: int) -> bool:
    """A verb other than «быть» stands right before the preposition at i and governs it («заключается в праве»)."""
    prev = t.word(i - 1)
    top = parses(prev.text)[0] if prev is not None and t.plain_gap(i) and parses(prev.text) else None
    return top is not None and top.tag.POS in ("VERB", "INFN", "PRTS", "GRND") and top.normal_form != "быть"


def _together_with(t: Text, k: int) -> bool:
    """«в месте с мужем» → «вместе»: «с» and a person (a pronoun or an animate noun in the instrumental) follow;
    «в месте с видом на море» is a place."""
    s, who = t.word(k), t.word(k + 1)
    if s is None or who is None or s.low not in ("с", "со") or not t.plain_gap(k) or not t.plain_gap(k + 1):
        return False
    readings = [p for p in parses(who.text) if p.score >= 0.1]
    return bool(readings) and all(p.tag.case == "ablt" and (p.tag.POS == "NPRO" or "anim" in p.tag)
                                  for p in readings)


def _adverb(t: Text, i: int, found: list[Finding]) -> None:
    """«на верх» → «наверх», «На половину сделана» → «Наполовину»: the noun has no word of its own after it."""
    w, nxt = t.words[i], t.words[i + 1]
    if w.low == "по":
        _softened_comparative(t, i, found)
    if w.low not in ("в", "во", "на", "с", "со", "по", "за", "из", "до", "от"):
        return
    joined = (w.low + nxt.low).replace("ё", "е")
    if joined in _ALWAYS_ONE and nxt.text.islower() or joined == "вместе" and _together_with(t, i + 2):
        fixed = match_case(w.text, w.text.lower() + nxt.text.lower())
        found.append(finding(ADVERB_TOGETHER, w.start, nxt.end, fixed,
                             message=phrase("Наречие пишется слитно: «{fixed}».", fixed=fixed)))
        return
    if joined not in _ADVERBS or not nxt.text.islower():
        return
    after = t.word(i + 2)
    near = after is not None and t.plain_gap(i + 2)
    if joined == "вправе" and (not _infinitive_at(t, i + 2) or _governed_by_verb(t, i)):
        return  # «вправе отказаться»; «в праве собственности», «заключается в праве делать…»: the noun «право»
    if joined == "вначале" and (not t.starts_sentence(i) or not near or not after.text.isalpha()
                                or after.low in ("и", "или")):
        return  # «в начале 2020 года», «болезнь в начале легко вылечить»: the noun «начало» (of something named)
    if near and any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR")
                    for p in parses(after.text)):
        return  # «на верх шкафа», «на половину суммы»: the noun has its own genitive
    if near and any(p.tag.POS in ("ADJF", "NUMR") for p in parses(nxt.text)[:1]) and (any(
            p.tag.POS in ("NOUN", "NUMR") for p in parses(after.text)) or after.text[:1].isdigit()):
        return  # «в первые дни», «в плотную ткань», «в первые 30 дней», «в первые две недели»: an adjective with its noun
    if near and any(a.tag.POS == "ADJF" and any(n.tag.POS == "NOUN" and n.tag.case == a.tag.case
                                               for n in parses(after.text)) for a in parses(nxt.text)):
        return  # «в прочем имуществе»: a rarer adjective reading, and its noun in its case
    if after is not None and t.plain_gap(i + 2) and after.low in ("и", "или") and (
            joined.startswith("на") or joined == "заодно"):
        return  # «на верх и низ коробки», «за одно и то же»
    if joined == "вслух" and i > 0 and {p.normal_form for p in parses(t.words[i - 1].text)} & {
            "обратиться", "превратиться", "обращаться", "превращаться"}:
        return  # «весь обратился в слух»: the noun «слух»
    fixed = match_case(w.text, w.text.lower() + nxt.text.lower())
    found.append(finding(ADVERB_TOGETHER, w.start, nxt.end, fixed,
                         message=phrase("Наречие пишется слитно: «{fixed}».", fixed=fixed)))
