"""Настоящие слова не на своём месте: «также» и «так же», «ранее» и «раннее», «одеть» и «надеть».

A speller cannot see these: every form is in the dictionary. The words around decide — «так же,
как» compares; «раннее» is an adjective and needs a noun of its own; one puts on clothes
(«надеть куртку») and dresses a person («одеть ребёнка»).
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.phrase import phrase

TAK_ZHE = RuleInfo(
    "OURS_TAK_ZHE",
    phrase("«Так же» и «также»"),
    phrase("В сравнении с «как» пишется раздельно: «так же, как»."),
    phrase("«Также» слитно значит «тоже, кроме того»: «Мы также вернём доставку». Раздельно «так же» — "
    "наречие «так» с частицей «же», «таким же образом»; оно часто стоит в паре с «как»: "
    "«Заказ придёт так же, как в прошлый раз»."),
    Category.SPELLING,
)
RANEE = RuleInfo(
    "OURS_RANEE",
    phrase("«Ранее» и «раннее»"),
    phrase("В значении «прежде» пишется «ранее»."),
    phrase("«Ранее» — наречие, «прежде, раньше»: «как мы писали ранее», «ранее оформленный заказ». "
    "«Раннее» — прилагательное среднего рода, оно относится к существительному: «раннее утро», "
    "«раннее бронирование»."),
    Category.SPELLING,
)
ODET = RuleInfo(
    "OURS_ODET_NADET",
    phrase("«Надеть» и «одеть»"),
    phrase("Одежду надевают, а человека одевают."),
    phrase("«Надеть» что-то (на себя): «надеть куртку», «надеть маску». «Одеть» кого-то: «одеть ребёнка», "
    "«одеться по погоде». Помогает пара «надеть — снять», «одеть — раздеть»."),
    Category.GRAMMAR,
)

RAVNO = RuleInfo(
    "OURS_VSE_RAVNO",
    phrase("«Всё равно» и «всё ровно»"),
    phrase("В значении «неважно, всё же» пишется «всё равно»."),
    phrase("«Всё равно» — «неважно» или «всё же»: «мне всё равно, какой цвет», «всё равно позвоните». «Ровно» — "
    "«гладко, без отклонений» или «точно»: «краска легла ровно», «ровно в пять»."),
    Category.SPELLING,
)

RULES = (TAK_ZHE, RANEE, ODET, RAVNO)

_CLOTHES = frozenset({
    "куртка", "пальто", "шапка", "маска", "перчатка", "очки", "платье", "обувь", "ботинок", "кроссовка",
    "футболка", "рубашка", "костюм", "форма", "бахила", "бахилы", "часы", "кольцо", "шлем", "халат", "пиджак",
    "брюки", "джинсы", "юбка", "свитер", "шарф", "сапог", "туфля", "носок", "наушники", "наушник", "фартук",
    "одежда", "пуховик", "кофта", "галстук", "ремень", "перчатки", "респиратор", "жилет", "капюшон",
    "варежка", "рукавица", "шуба", "сарафан", "пижама", "колготки", "шорты", "майка", "тапочка", "валенок",
    "комбинезон", "кепка", "бейсболка", "браслет", "серьга", "цепочка", "кеды", "плащ", "ветровка", "толстовка",
    "водолазка", "кардиган", "жакет", "каска", "тапок", "кед", "бронежилет", "противогаз", "линза",
})
_PEOPLE = frozenset({"ребенок", "ребёнок", "сын", "дочь", "дочка", "малыш", "ребята", "дети", "себя",
                     "его", "ее", "её", "их", "меня", "тебя", "нас", "вас", "кукла"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    words = t.words
    for i, w in enumerate(words):
        nxt = t.word(i + 1)
        if w.low == "так" and nxt is not None and nxt.low == "же" and (_also(t, i) or _and_also(t, i)):
            found.append(finding(TAK_ZHE, w.start, nxt.end, match_case(w.text, "также"),
                                 message=phrase("В значении «тоже, кроме того» пишется слитно: «также».")))
        elif w.low == "также" and nxt is not None and nxt.low == "как" and t.plain_gap(i + 1):
            fixed = match_case(w.text, "так же") + ","
            found.append(finding(TAK_ZHE, w.start, w.end, fixed))
        elif w.low == "также" and nxt is not None and nxt.low == "как" and t.gap_before(i + 1).strip() == "," \
                and _after_verb(t, i):
            found.append(finding(TAK_ZHE, w.start, w.end, match_case(w.text, "так же")))
        elif w.low == "раннее" and not _has_own_noun(t, i):
            found.append(finding(RANEE, w.start, w.end, match_case(w.text, "ранее")))
        elif w.low == "ровно" and _all_the_same(t, i):
            found.append(finding(RAVNO, w.start, w.end, match_case(w.text, "равно")))
        else:
            _dress(t, i, found)
    return found


_TO_WHOM = frozenset({"мне", "нам", "вам", "тебе", "ему", "ей", "им"})
_WHICH = frozenset({"что", "какой", "какая", "какое", "какие", "когда", "где", "куда", "кто", "сколько", "чем"})


def _all_the_same(t: Text, i: int) -> bool:
    """«мне всё ровно», «всё ровно, какой цвет», «всё ровно не работает», «…, всё ровно.»: after «всё», said of a
    person, before a question it settles or before «не», or making a clause alone — «неважно, всё же», not
    «evenly» («всё ровно лежит», «положите всё ровно», «всё ровно, как по линейке»)."""
    if i == 0 or t.words[i - 1].low != "все" or not t.plain_gap(i):
        return False
    before, after = t.word(i - 2), t.word(i + 1)
    if before is not None and t.plain_gap(i - 1) and before.low in _TO_WHOM:
        return True
    gap = t.gap_before(i + 1) if after is not None else t.text[t.words[i].end:]
    alone = (i == 1 or not t.plain_gap(i - 1)) and (after is None or any(c in gap for c in ".!?…"))
    return alone or after is not None and (gap.strip() == "," and after.low in _WHICH or gap.strip() == ""
                                           and after.low == "не")


_SPEAKERS = frozenset({"я", "мы"})  # the operator on what they will do; «он так же улыбнулся» compares


def _also(t: Text, i: int) -> bool:
    """«Мы так же вернём деньги»: after a personal pronoun, before its verb, with no «как» to compare with."""
    verb = t.word(i + 2)
    if i == 0 or verb is None or t.words[i - 1].low not in _SPEAKERS or not all(
            t.plain_gap(k) for k in (i, i + 1, i + 2)):
        return False
    readings = parses(verb.text)
    if not readings or readings[0].tag.POS != "VERB" or readings[0].tag.mood == "impr":
        return False
    then = t.word(i + 3)
    if readings[0].tag.tense == "past" and not (then is not None and t.plain_gap(i + 3) and (
            then.low == "бы" or parses(then.text)[0].tag.POS == "INFN")):
        return False  # «я так же ответил» may say how; «я так же хотел уточнить» is about what more
    for k in range(i + 3, len(t.words)):
        if t.starts_sentence(k):
            break
        if t.words[k].low in ("как", "что", "будто", "словно"):
            return False  # «мы так же вернём, как обычно»: a comparison
    return True


def _and_also(t: Text, i: int) -> bool:
    """«Мы купили билеты, а так же оформили страховку»: «а так же» with no «как» after it adds, not compares."""
    if i == 0 or t.words[i - 1].low != "а" or not t.plain_gap(i) or not t.plain_gap(i + 1):
        return False
    for k in range(i + 2, len(t.words)):
        if t.starts_sentence(k):
            break
        if t.words[k].low in ("как", "что", "будто", "словно"):
            return False
    return t.word(i + 2) is not None and t.plain_gap(i + 2)


def _after_verb(t: Text, i: int) -> bool:
    """«Сделай также, как в прошлый раз»: right after a verb, «также, как» says how, so it is «так же»."""
    readings = parses(t.words[i - 1].text) if i > 0 and t.plain_gap(i) else ()
    if not readings or readings[0].tag.POS not in ("VERB", "INFN"):
        return False
    # «Он сказал также, как…» may add a second thing said: only a request or a verb of manner compares
    return readings[0].tag.mood == "impr" or readings[0].normal_form in _MANNER_VERBS


_MANNER_VERBS = frozenset({"делать", "сделать", "поступить", "поступать", "работать", "выглядеть", "действовать",
                           "оформить", "оформлять", "писать", "написать", "звучать"})


def _has_own_noun(t: Text, i: int) -> bool:
    """«раннее утро», «раннее и позднее бронирование»: a neuter noun follows within three words."""
    for k in range(i + 1, min(i + 4, len(t.words))):
        if k > i + 1 and not t.plain_gap(k):
            break
        if any(p.tag.POS == "NOUN" and p.tag.gender == "neut" and p.tag.number == "sing"
               and p.tag.case in ("nomn", "accs") for p in parses(t.words[k].text)):
            return True
    return False


def _dress(t: Text, i: int, found: list[Finding]) -> None:
    verb = t.words[i]
    lemmas = {p.normal_form for p in parses(verb.text) if p.tag.POS in ("VERB", "INFN")}
    if not lemmas & {"одеть", "одевать", "надеть", "надевать"}:
        return
    k = i + 1
    while k < len(t.words) - 1 and t.plain_gap(k) and t.plain_gap(k + 1) and _qualifier(t.words[k].text):
        k += 1  # «одела новое платье», «одень свою куртку»: the thing worn comes after its own words
    obj = t.word(k) if k < len(t.words) and t.plain_gap(k) else None
    after = t.word(k + 1)
    if obj is not None and after is not None and t.plain_gap(k + 1) and any(
            p.tag.case == "datv" and (p.tag.POS == "NPRO" or "anim" in p.tag) for p in parses(obj.text)):
        obj = after  # «одел ребёнку шапку»: the clothes come after the one who wears them
    objects = {p.normal_form for p in parses(obj.text)} if obj is not None else set()
    if lemmas & {"одеть", "одевать"} and (objects & _CLOTHES or _worn_before(t, i)):
        swap = ("оде", "наде")
    elif obj is not None and lemmas & {"надеть", "надевать"} and (objects & _PEOPLE or obj.low in _PEOPLE):
        swap = ("наде", "оде")
    else:
        return
    low = verb.text.lower()
    if not low.startswith(swap[0]):
        return  # «приоденьте», «оденься»: the prefix is not where we expect it
    fixed = match_case(verb.text, swap[1] + verb.text[len(swap[0]):])
    found.append(finding(ODET, verb.start, verb.end, fixed))


def _qualifier(word: str) -> bool:
    """An adjective, a participle or a possessive that may stand before the noun it goes with."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS in ("ADJF", "PRTF") and readings[0].tag.case == "accs"


_WORN_REACH = 12  # words back to the thing put on when the verb has no object of its own
_WEARERS = frozenset({"его", "её", "ее", "их", "меня", "тебя", "нас", "вас", "себя"})


def _worn_before(t: Text, i: int) -> bool:
    """«Купил эти наушники… Лёгкие, одеваешь и забываешь»: the verb has no object after it (the next word
    is «и», «а», an adverb, or a punctuation mark), a thing worn is named a few words before, and no person
    who could be the one dressed («Купили сыну куртку, одеваем…»)."""
    nxt = t.word(i + 1)
    if nxt is not None and t.plain_gap(i + 1) and not (nxt.low in ("и", "а", "но", "или") or any(
            p.tag.POS in ("ADVB", "CONJ", "PRCL") for p in parses(nxt.text)[:1])):
        return False
    worn = False
    for k in range(max(0, i - _WORN_REACH), i):
        readings = parses(t.words[k].text)
        if t.words[k].low in _WEARERS or t.words[k].low in _PEOPLE or any(
                p.tag.POS == "NOUN" and "anim" in p.tag for p in readings[:1]):
            return False
        worn = worn or any(p.tag.POS == "NOUN" and p.normal_form in _CLOTHES for p in readings[:1])
    return worn
