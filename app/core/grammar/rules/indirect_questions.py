"""Косвенный вопрос после просьбы и после глаголов знания: «Подскажите(,) как пройти», «Напишите(,) какой
день удобнее», «Проверьте(,) где лежит чек», «Я не знаю(,) как отменить подписку».

After a request to tell, ask, check or choose, a question word opens a clause of its own and takes a comma
before it. Set phrases that only look like such a clause («напишите что угодно», «скажите как есть») take none.
After a verb of knowing, perceiving or finding out in any form («не знает», «чувствовал», «придумать») a
question word opens such a clause too when a verb follows it within a few words: without one «как» may compare
(«знает как свои пять пальцев»). After «интересно», «непонятно», «неизвестно» a question word or a word with
«ли» opens such a clause: «Интересно(,) какая разница», «Интересно(,) есть ли скидки»; after a verb of knowing
so do a preposition with a relative word and a verb after them («Не знаю(,) о чём он говорит») and a word with
«ли» («Не знаю(,) удобно ли вам»). The findings are
OURS_CONJ_COMMA's (after a request) and OURS_CLAUSE_COMMA's (after a verb of knowing), explained there.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.conjunctions import CONJ_COMMA
from app.core.grammar.rules.syntax_commas import CLAUSE

RULES = ()  # the findings are CONJ_COMMA's (after a request) and CLAUSE's (after a verb of knowing)

# verbs of telling, asking, checking and choosing whose request an indirect question follows
_ASKING = frozenset({"сказать", "подсказать", "уточнить", "написать", "сообщить", "проверить", "посмотреть",
                     "узнать", "указать", "объяснить", "выбрать", "решить", "спросить", "пояснить", "вспомнить",
                     "определиться", "напомнить", "ответить", "показать", "описать", "рассказать"})
# verbs of knowing, perceiving and finding out, in any form: «не знает(,) как начать», «чувствовал(,) как…»
_KNOWING = frozenset({"знать", "понимать", "понять", "помнить", "вспомнить", "думать", "подумать", "придумать",
                      "представлять", "представить", "видеть", "увидеть", "чувствовать", "почувствовать", "слышать",
                      "услышать", "спросить", "спрашивать", "объяснить", "объяснять", "рассказать", "рассказывать",
                      "показать", "показывать", "узнать", "узнавать", "выяснить", "выяснять", "проверить", "проверять",
                      "догадаться", "догадываться", "забыть", "забывать", "заметить", "замечать", "решить", "решать",
                      "разобраться", "соображать", "сообразить", "посмотреть", "наблюдать", "интересоваться",
                      # telling, asked for politely rather than in the imperative: «Вы не подскажете(,) сколько…»
                      "подсказать", "подсказывать", "уточнить", "уточнять", "сообщить", "сообщать", "пояснить",
                      "пояснять", "напомнить", "напоминать"})
# predicative words of wondering that take an indirect question: «Интересно(,) какая разница», «Интересно(,) есть ли…»
_WONDERING = frozenset({"интересно", "любопытно", "непонятно", "неизвестно", "неясно"})
# the question words such a verb's clause opens with («что», «чем», «кого» may be its object: «знает что-то»)
_OPENING = frozenset({"как", "где", "куда", "откуда", "почему", "зачем", "сколько", "насколько", "какой", "какая",
                      "какое", "какие", "какого", "какую", "каким", "каких", "каком", "чей", "чья", "чьё", "чье",
                      "чьи", "кто", "когда"})
_QUESTION_WORDS = _OPENING | frozenset({"как", "где", "куда", "откуда", "когда", "сколько", "почему", "зачем", "какой",
                             "какая", "какое", "какие", "какого", "какую", "каким", "каких", "какой", "каком",
                             "чей", "чья", "чьё", "чье", "чьи", "кто", "кому", "кого", "что", "чем", "чего"})
# a question word followed by these makes a set phrase, not a question: «скажите как есть»
_SET_NEXT = frozenset({"угодно", "попало", "есть", "нибудь", "либо", "раз", "правило", "можно", "бы", "хотите",
                       "хочется", "и", "же"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(1, len(t.words)):
        w, prev = t.words[i], t.words[i - 1]
        if prev.low in _WONDERING and t.plain_gap(i) and i + 1 < len(t.words) and t.words[i + 1].low == "ли" \
                and t.plain_gap(i + 1):
            found.append(finding(CLAUSE, prev.start, w.end, f"{prev.text}, {w.text}"))  # «Интересно(,) есть ли…»
            continue
        knowing = _knowing(prev.text, _has_subject(t, i - 1))
        if knowing and t.plain_gap(i) and _question_after_knowing(t, i):
            found.append(finding(CLAUSE, prev.start, w.end, f"{prev.text}, {w.text}"))
            continue
        if w.low not in _QUESTION_WORDS or not t.plain_gap(i) or "-" in w.text:
            continue
        nxt = t.word(i + 1)
        if nxt is None or not t.plain_gap(i + 1) or nxt.low in _SET_NEXT:
            continue
        if _request(prev.text) and not (i >= 2 and t.plain_gap(i - 1) and t.words[i - 2].low in ("вы", "ты")):
            found.append(finding(CONJ_COMMA, prev.start, w.end, f"{prev.text}, {w.text}"))
        elif w.low in _OPENING and (knowing and _clause_after(t, i) or _indifferent(t, i - 1) or prev.low in _WONDERING and (
                w.low != "как" or _clause_after(t, i))) and nxt.low != "следует":
            # the tree's finding where it sees this clause too: one comma, one finding
            found.append(finding(CLAUSE, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


# a preposition before a relative word opens the clause with it: «знаю(,) о чём он думает», «понял(,) с кем говорит»
_PREPOSITIONS = frozenset({"о", "об", "обо", "с", "со", "на", "в", "во", "за", "для", "от", "к", "ко", "у", "из",
                           "про", "по", "над", "под", "при", "без", "через"})
_RELATIVES = frozenset({"что", "чём", "чем", "чего", "чему", "кого", "кому", "ком", "кем", "каком", "какой", "какую",
                        "каких", "каким", "какого", "какие", "какое", "какая", "чьей", "чьём", "чьих", "чьим"})


def _question_after_knowing(t: Text, i: int) -> bool:
    """After a verb of knowing, a clause opens at word i with a preposition and a relative word that a verb
    follows («Не знаю(,) о чём он говорит») or with a word and «ли» («Не знаю(,) хорошее ли это решение»)."""
    w, nxt = t.words[i], t.word(i + 1)
    if nxt is None or not t.plain_gap(i + 1) or "-" in nxt.text:
        return False
    if nxt.low == "ли":
        return w.low not in ("ли", "не", "и", "же")
    after = t.word(i + 2)
    return w.low in _PREPOSITIONS and nxt.low in _RELATIVES and after is not None and t.plain_gap(i + 2) \
        and after.low not in _SET_NEXT and _clause_after(t, i + 1)


def _clause_after(t: Text, i: int) -> bool:
    """A verb (finite or infinitive) follows the question word at i within four words, no mark between: the
    word opens a clause — not «знать как свои пять пальцев», «смотреть как на врага» («разобраться как
    следует» is a set phrase: the caller leaves it alone)."""
    for k in range(i + 1, min(i + 5, len(t.words))):
        if not t.plain_gap(k):
            return False
        readings = [p for p in parses(t.words[k].text) if p.score >= 0.1]
        if readings and all(p.tag.POS in ("VERB", "INFN") for p in readings):
            return True
    return False


def _has_subject(t: Text, k: int) -> bool:
    """«вы», «ты» or «не» stands right before word k: «Вы знаете», «не знаете» are verbs, not the parenthetical
    «знаете»."""
    return k > 0 and t.plain_gap(k) and t.words[k - 1].low in ("вы", "ты", "не")


# «Мне всё равно(,) куда ехать»: «всё равно» after a dative is a predicative of indifference
_DATIVES = frozenset({"мне", "нам", "тебе", "вам", "ему", "ей", "им"})


def _indifferent(t: Text, k: int) -> bool:
    """Words k-2…k are a dative and «всё равно» («мне всё равно»), and a question word follows: «…, куда ехать»
    (without the dative «всё равно» is as often «anyway»: «он всё равно как всегда опоздал»)."""
    return k >= 2 and t.words[k].low == "равно" and t.words[k - 1].low in ("всё", "все") \
        and t.words[k - 2].low in _DATIVES and t.plain_gap(k) and t.plain_gap(k - 1) \
        and t.words[k + 1].low != "как"


def _knowing(word: str, verb: bool = False) -> bool:
    """Any form of a verb of knowing, perceiving or finding out but a gerund or a participle: «не знает»,
    «чувствовал», «придумать»; ``verb``: the parenthetical «знаете» is out of the question."""
    readings = [p for p in parses(word) if p.score >= 0.1 and not (verb and "Prnt" in p.tag)]
    return bool(readings) and all(p.tag.POS in ("VERB", "INFN") and p.normal_form in _KNOWING for p in readings)


def _request(word: str) -> bool:
    """An imperative of a verb of telling or checking: «подскажите», «уточни» (a perfective one reads as
    its future too — «уточните» — and is a request unless «вы» stands before it)."""
    readings = [p for p in parses(word) if p.score >= 0.1]
    return any("impr" in p.tag for p in readings) and all(
        p.tag.POS == "VERB" and p.normal_form in _ASKING for p in readings)
