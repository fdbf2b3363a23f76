"""«На данный момент, заказ в пути»: a comma after a short phrase with a preposition that opens the sentence.

A phrase of place, time, cause or purpose before the main clause is an ordinary part of the sentence, not an
introductory word: «После проверки деньги вернутся», «Для возврата заполните форму», «На данный момент заказ в
пути». Writers set it off as if it were «к сожалению». The rule stays away from what may take a comma: the
introductory phrases themselves («к сожалению», «на мой взгляд», «в общем»), the long phrases with derived
prepositions whose setting off is the writer's choice («в связи с…», «в случае…», «благодаря…»), a phrase
followed by anything else set off (the rest of the sentence must have no comma), an address («О боги, …»),
a list («В Москве, Казани и Туле…») and a clause of its own before the comma («У нас гости, они…»).
"""

from __future__ import annotations

import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, RuleInfo, Text, finding, known, parses
from app.core.grammar.rules.needless_commas import CLAUSE_OPENERS, INTRODUCTORY_WORDS
from app.core.phrase import phrase

OPENING_PHRASE = RuleInfo(
    "OURS_COMMA_AFTER_OPENING_PHRASE",
    phrase("Лишняя запятая после оборота с предлогом в начале предложения"),
    phrase("Обстоятельство с предлогом в начале предложения запятой не отделяется."),
    phrase("Короткий оборот с предлогом в начале предложения — обычное обстоятельство, а не вводные слова: "
           "«После проверки деньги вернутся на карту», «Для возврата заполните форму», «На данный момент заказ "
           "в пути». Запятая после него нужна, только если дальше идёт уточнение или придаточное, которое "
           "закрывает вторая запятая: «Вечером, когда все ушли, мы…». Вводные обороты — «к сожалению», «на мой "
           "взгляд», «в общем», «по словам…» — отделяются всегда."),
    Category.PUNCTUATION,
)

RULES = (OPENING_PHRASE,)

_PREPOSITIONS = frozenset({"после", "до", "для", "в", "во", "на", "по", "с", "со", "к", "ко", "от", "из", "у", "за",
                           "перед", "через", "при", "над", "под", "без", "между"})
# Nouns of derived prepositions, of introductory phrases and of correlatives: «в связи с», «в случае», «по мнению»,
# «к несчастью», «на мой взгляд», «до тех пор» — with them a comma may be right.
_NOT_PLAIN = frozenset({
    "течение", "связи", "случае", "результате", "отличие", "соответствии", "ответ", "целях", "силу", "зависимости",
    "качестве", "сравнению", "причине", "учётом", "учетом", "условии", "наличии", "отсутствии", "мере",
    "исключением", "целью", "основании", "рамках", "ходе", "итогам", "результатам", "продолжение", "счёт", "счет",
    "протяжении", "виду", "отношении", "пользу", "целом", "общем", "частности", "итоге", "принципе", "идее", "факту",
    "сожалению", "счастью", "несчастью", "удивлению", "радости", "стыду", "ужасу", "огорчению", "слову", "примеру",
    "мой", "моему", "наш", "нашему", "ваш", "вашему", "их", "его", "её", "ее", "крайней", "конце", "самом", "правде",
    "сути", "сомнения", "любом", "всей", "свою", "одной", "другой", "словам", "мнению", "данным", "сведениям",
    "информации", "точки", "слов", "всякий", "уважением", "всего", "итого", "видимому", "всем", "первых", "вторых",
    "прочим", "прочего", "тех", "того", "той", "этих", "мнение", "сути", "существу", "обыкновению", "обычаю",
    "праву", "возможности", "меньшей", "большей", "последних", "крайнем", "лучшем", "худшем", "противном",
})
# prepositions that never take the accusative: a noun with only that reading after them is no part of the phrase
_NO_ACCUSATIVE = frozenset({"у", "до", "для", "после", "от", "из", "без", "при", "перед", "между", "к", "ко", "над"})
_CONTENT = ("NOUN", "ADJF", "NPRO", "NUMR", "PREP", "PRTF")
# what may rightly follow such a comma, its closing comma forgotten or not needed: a clause, an introductory
# word (the lists of the needless-comma rules), a conjunction
_NOT_AFTER = CLAUSE_OPENERS | INTRODUCTORY_WORDS | {"и", "а", "но", "или", "да", "нет", "ну", "то", "же", "чья", "чьё",
                                                   "пожалуйста", "однако", "увы", "поэтому", "ведь", "причем",
                                                   "причём", "тогда"}
_SENTENCE_END = re.compile(r"[.!?…]")


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for first, w in enumerate(t.words):
        if w.low not in _PREPOSITIONS or not t.opens_sentence(first):
            continue
        comma = _phrase_end(t, first)
        if comma is None:
            continue
        start, end = w.start, t.words[comma + 1].end
        found.append(finding(OPENING_PHRASE, start, end,
                             t.text[start:t.words[comma].end] + " " + t.words[comma + 1].text))
    return found


def _phrase_end(t: Text, first: int) -> int | None:
    """The last word of a plain phrase with a preposition (two to four words) that a needless comma ends, or None."""
    last = None
    for k in range(first + 1, min(first + 4, len(t.words) - 1)):
        if not t.plain_gap(k):
            return None
        if t.gap_before(k + 1).strip() == ",":
            last = k
            break
    if last is None:
        return None
    phrase_words = t.words[first + 1:last + 1]
    if any(x.low in _NOT_PLAIN for x in phrase_words):
        return None
    for x in phrase_words:
        if not x.text.islower() and not x.text.isdigit():
            return None  # a name may be the first of a list or own a clause: «У нас Скипетр, он…»
        if not x.text.isdigit() and not known(x.low):
            return None  # «К сожелению,»: a misspelt introductory phrase is the slip, not its comma
        top = parses(x.low)
        if not x.text.isdigit() and (not top or top[0].tag.POS not in _CONTENT):
            return None
        nouns = [p for p in top if p.tag.POS in ("NOUN", "NPRO")]
        cases = {"nomn", "accs"} if t.words[first].low in _NO_ACCUSATIVE else {"nomn"}
        if nouns and all(p.tag.case in cases for p in nouns):
            return None  # «У нас ремонт, мы…»: a noun no preposition here governs owns a clause before the comma
    rest = t.text[t.words[last].end + 1:]
    stop = _SENTENCE_END.search(rest)
    if re.search(r"[,;:()—–]", rest if stop is None else rest[:stop.start()]):
        return None
    nxt = t.words[last + 1]
    if nxt.low in _NOT_AFTER or not nxt.text.islower():
        return None
    if any("Prnt" in p.tag or p.tag.POS in ("GRND", "PRTF", "INTJ", "PREP", "CONJ") for p in parses(nxt.low)[:2]):
        return None
    head, after = parses(t.words[last].low), parses(nxt.low)
    if head and after and head[0].tag.case and any(p.tag.case == head[0].tag.case and p.tag.POS in ("NOUN", "ADJF")
                                                   and nxt.low not in SUBJECT_PRONOUNS for p in after[:2]):
        return None  # «В Москве, Казани и Туле…»: a list of the phrase's nouns
    return last if _verb_after(t, last + 1) else None


def _verb_after(t: Text, k: int) -> bool:
    """A finite verb or an imperative after the comma, before the sentence ends: a main clause follows."""
    for n in range(k, len(t.words)):
        if n > k and _SENTENCE_END.search(t.gap_before(n)):
            return False
        if any(p.tag.POS in ("VERB", "PRED", "ADJS", "PRTS") for p in parses(t.words[n].low)[:2]):
            return True
    return False
