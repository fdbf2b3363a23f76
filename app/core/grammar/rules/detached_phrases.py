"""Деепричастный оборот сразу после союза или союзного слова: «Клиент сказал, что, уезжая, оставил
ключи соседу», «Курьер, который, не дождавшись ответа, уехал…»; конец оборота, которым начинается
предложение: «Проверив данные(,) мы вернём деньги», «Оформляя возврат(,) нужно приложить чек».

A word that can only be a verbal adverb right after a conjunction or a relative word opens a phrase
inside the clause they begin: the comma goes between them, whatever the tree, lost without commas,
made of the sentence. A phrase that opens the sentence ends before the main clause's subject — a
personal pronoun, or a noun that cannot be the gerund's object and agrees with the verb right after
it — or before a predicative word («нужно», «можно») with no word of its own before it, or before a verb in
the first or second person or the imperative, which has no subject there to find. The tagger
often misreads a capitalised gerund, so the dictionary decides. These findings are the tree rules'
(OURS_PHRASE_COMMA), explained there.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, parses
from app.core.grammar.rules.syntax_commas import PHRASE
from app.core.grammar.rules.tree_words import CLAUSE_CLOSERS, SPEAKING_HOW, STEP_OVER

RULES = ()  # the findings are PHRASE's

# words after which a verbal adverb opens a phrase of the clause they begin
_CLAUSE_OPENERS = frozenset({"что", "чтобы", "чтоб", "если", "когда", "хотя", "потому", "поскольку", "ибо", "пока",
                             "который", "которая", "которое", "которые", "которого", "которой", "которому",
                             "которым", "котором", "которую", "которых", "которыми", "кто"})
# verbal adverbs that work as prepositions or adverbs and take no commas
_FIXED = frozenset({"благодаря", "включая", "начиная", "судя", "исключая", "спустя", "погодя", "молча", "стоя",
                    "сидя", "лежа", "лёжа", "шутя", "нехотя", "спеша", "не", "считая"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[1:], start=1):
        if not t.plain_gap(i):
            continue
        prev = t.words[i - 1]
        nxt = t.word(i + 1)
        if prev.low in _CLAUSE_OPENERS and nxt is not None and t.plain_gap(i + 1) and _opens_gerund(w.low, nxt.low):
            found.append(finding(PHRASE, prev.start, w.end, f"{prev.text}, {w.text}"))
        if t.starts_sentence(i - 1):
            _opening_phrase_end(t, i - 1, found)
    return found


_PREDICATIVE = frozenset({"надо", "нужно", "можно", "нельзя", "необходимо", "следует", "стоит"})
_LINKS = frozenset({"и", "а", "но", "или", "да", "либо", "ни", "как", "чем", "то", "так", "где", "куда", "кому"})


def _opening_phrase_end(t: Text, start: int, found: list[Finding]) -> None:
    """The end of a verbal-adverb phrase that opens the sentence at word ``start``."""
    g = start + (t.words[start].low == "не")
    if g >= len(t.words) or g > start and not t.plain_gap(g) or t.words[g].low in _FIXED \
            or not _only(t.words[g].low, "GRND") or t.words[g].low == "говоря" and g + 1 < len(t.words) \
            and t.words[g + 1].low in SPEAKING_HOW:  # «Говоря откровенно, …» is introductory
        return
    for v in range(g + 1, min(g + 12, len(t.words))):
        w = t.words[v]
        if not t.plain_gap(v) or w.low in _CLAUSE_OPENERS or w.low in _LINKS or _only(w.low, "GRND"):
            return
        finite = _only(w.low, "VERB")
        if not finite and w.low not in _PREDICATIVE:
            continue
        right = v
        while right - 1 > g and t.words[right - 1].low in STEP_OVER:
            right -= 1
        before = t.words[right - 1]
        if right - 1 > g and (before.low in SUBJECT_PRONOUNS or finite and _subject_not_object(before.text, w.text)):
            right -= 1  # the main clause's subject opens it, with its adjectives: «…(,) глупый герой попытался»
            while right - 1 > g and before.low not in SUBJECT_PRONOUNS and _nominative_adjective(t.words[right - 1].text):
                right -= 1
        elif right - 1 <= g or not (w.low in _PREDICATIVE and (_noun_not_dative(before.text) or _top(
                t.words[right - 2].text) == "PREP") or finite and _needs_no_subject(w.low)
                and not any(x.low in SUBJECT_PRONOUNS for x in t.words[g + 1:v])
                and not _negated_object(t, right, v)):
            return
        opener = t.words[right - 1]
        if _top(opener.text) in ("PRCL", "ADVB", "CONJ", "INTJ") and not (
                opener.low in CLAUSE_CLOSERS and t.words[right].low in SUBJECT_PRONOUNS):
            return  # «…разве ты…», «…уже вечно можно…»: a particle or adverb could open the main clause,
            # but «здесь», «вчера» before the subject pronoun close the phrase: «Ожидая здесь(,) мы теряем время»
        found.append(finding(PHRASE, t.words[right - 1].start, t.words[right].end,
                             f"{t.words[right - 1].text}, {t.words[right].text}"))
        return


@lru_cache(maxsize=8192)
def _needs_no_subject(verb: str) -> bool:
    """An imperative or a verb in the first or second person: its subject, if any, is a personal pronoun,
    never a noun of the phrase before it — «Закончив работу(,) выключите компьютер», «…(,) делаем вывод»."""
    readings = parses(verb)
    return bool(readings) and all("impr" in p.tag or p.tag.person in ("1per", "2per") for p in readings)


def _negated_object(t: Text, right: int, v: int) -> bool:
    """A genitive before «не» and its verb may be that verb's object: «Не уколовшись шипами розы не сорвёшь»."""
    before = t.words[right - 1]
    return any(x.low == "не" for x in t.words[right:v]) and _top(t.words[right - 2].text) != "PREP" and any(
        p.tag.case == "gent" and p.tag.POS in ("NOUN", "NPRO") for p in parses(before.text))


def _nominative_adjective(word: str) -> bool:
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "ADJF" and readings[0].tag.case == "nomn"


def _subject_not_object(noun: str, verb: str) -> bool:
    """A noun with no accusative reading (the gerund's object could be one), a nominative one that agrees
    with the verb: «Расчёсывая волосы(,) мужчина глупеет»."""
    readings = [p for p in parses(noun) if p.tag.POS == "NOUN"]
    return bool(readings) and not any(p.tag.case in ("accs", "acc2") for p in readings) and any(
        p.tag.case == "nomn" and any(v.tag.POS == "VERB" and "impr" not in v.tag and v.tag.number == p.tag.number and (
            not v.tag.person or v.tag.person == "3per") and (not v.tag.gender or v.tag.gender == p.tag.gender
                                                             or p.tag.number == "plur")
            for v in parses(verb)) for p in readings)


def _noun_not_dative(word: str) -> bool:
    """A noun, the gerund's object, with no reading in the dative: «Готовясь к отпуску, женщине достаточно…»
    is not cut before «достаточно»."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "NOUN" and not any(p.tag.case == "datv" for p in readings)


def _top(word: str) -> str:
    readings = parses(word)
    return readings[0].tag.POS if readings else ""


def _opens_gerund(word: str, nxt: str) -> bool:
    """«не зная…», «оказавшись…»: a verbal adverb (maybe after «не») with a word of its own after it."""
    if word == "не":
        return _only(nxt, "GRND") and nxt not in _FIXED
    return word not in _FIXED and _only(word, "GRND")


@lru_cache(maxsize=8192)
def _only(word: str, pos: str) -> bool:
    readings = parses(word)
    return bool(readings) and all(p.tag.POS == pos for p in readings)
