"""Безличная часть предложения, которая начинается с дательного падежа лица: «Если вы решите вернуть
товар(,) вам нужно заполнить заявление», «Дорогу размыло ливнем(,) нам придётся ехать в объезд», «Боюсь(,) мне
нечего добавить».

A personal pronoun in the dative («мне», «вам», «им» …) right before a word that is the whole predicate of
a clause without a subject («нужно», «следует», «придётся», «нельзя», «нужен» …; particles may stand
between) is the person of that clause. When the words before it already hold a predicate of their own —
a verb that can only be finite, a short form — with no conjunction or relative word after that predicate,
the pronoun opens a second part, and the comma goes before it: after a subordinate clause that opens the
sentence, or between two parts of a compound sentence without a conjunction.

The pronoun may instead belong to the word before it («помочь вам», «благодарен вам», «письмо вам»): then
nothing is asked for. So the word right before the pronoun must be a noun, a full adjective, a number or a
word in Latin letters that cannot take a dative, or one of the verbs of opinion that open a sentence and
govern no dative («Думаю(,) нам пора»). An adverb there could be either part's («…(?) сейчас нам нужно»),
so it is left alone.
"""

from __future__ import annotations

from functools import lru_cache

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import Text, finding, parses
from app.core.grammar.rules.asyndetic import _first_predicate
from app.core.grammar.rules.syntax_commas import CLAUSE, HOMOGENEOUS
from app.core.grammar.rules.tree_words import OPENERS

RULES = ()  # the findings are CLAUSE's and HOMOGENEOUS's

_DATIVES = frozenset({"мне", "тебе", "ему", "ей", "нам", "вам", "им"})
# the whole predicate of a clause whose person stands in the dative
_IMPERSONAL = frozenset({"следует", "нужно", "надо", "необходимо", "приходится", "пришлось",
                         "стоит", "стоило", "нельзя", "можно", "пора", "понадобится", "понадобятся", "нужен", "нужна",
                         "нужны", "предстоит", "удалось", "удастся", "хочется", "хотелось", "незачем", "нечего",
                         "некогда", "остается", "осталось", "придется"})
_BETWEEN = frozenset({"не", "уже", "все", "всё", "еще", "ещё", "тоже", "также", "обязательно", "просто", "же",
                      "только", "сначала", "сперва", "снова", "опять", "точно", "наверняка", "срочно", "теперь"})
# verbs of opinion that open a sentence and take no dative: the pronoun after them opens the clause they speak of
_OPINION = frozenset({"думаю", "думается", "боюсь", "надеюсь", "считаю", "полагаю", "знаю", "уверен", "уверена",
                      "уверены", "жаль", "похоже", "видимо", "кажись"})
# nouns and adjectives that take a dative themselves: «помощь вам», «письмо нам», «верный ему»
_TAKE_DATIVE = frozenset({"помощь", "письмо", "ответ", "звонок", "подарок", "привет", "благодарность", "памятник",
                          "доверие", "поддержка", "угроза", "вред", "пример", "счет", "счёт", "сообщение",
                          "послание", "телеграмма", "посылка", "слава", "спасибо", "хвала", "честь", "подобный",
                          "равный", "верный", "преданный", "благодарный", "свойственный", "известный", "нужный",
                          "необходимый", "понятный", "доступный", "удобный", "полезный", "приятный", "близкий",
                          "чуждый", "родной", "знакомый", "враждебный", "противный", "любезный", "рад"})
# words of a subordinate clause's start: the part before the pronoun is that clause
# nouns of circumstance that end a phrase («в этом случае», «в итоге», «в пятницу») which may open the second part
_CIRCUMSTANCE = frozenset({"случай", "итог", "результат", "конец", "начало", "дальнейшее", "будущее", "время", "момент",
                           "раз", "очередь", "целое", "общее", "частность", "принцип", "сущность", "основное", "день",
                           "неделя", "месяц", "год", "утро", "вечер", "ночь", "понедельник", "вторник", "среда",
                           "четверг", "пятница", "суббота", "воскресенье", "сторона", "пора", "итого", "поэтому"})
_SUBORDINATE = OPENERS | {"пока", "раз", "поскольку", "перед", "прежде", "до", "после", "лишь", "едва", "коли"}
_CONJUNCTIONS = frozenset({"и", "а", "но", "или", "либо", "да", "ни", "зато", "однако", "то", "так", "тоже", "ли",
                           "чем", "тем", "потому", "поэтому", "ведь", "вот", "пусть", "будто", "словно", "точно"})


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for start, i, w in t.inside_parts():
        if w.low not in _DATIVES or i - start < 1 or not w.text.islower() or not _impersonal_after(t, i):
            continue
        prev = t.words[i - 1]
        part = t.words[start:i]
        if prev.low in _OPINION and i - 1 == start:
            rule = HOMOGENEOUS
        elif _part_word(prev.text) and _holds_predicate(part):
            rule = CLAUSE if part[0].low in _SUBORDINATE else HOMOGENEOUS
        else:
            continue
        found.append(finding(rule, prev.start, w.end, f"{prev.text}, {w.text}"))
    return found


def _impersonal_after(t: Text, i: int) -> bool:
    """Past at most two particles, the word after the pronoun at i is a predicate of a clause with no subject."""
    k = i + 1
    while k < len(t.words) and k - i <= 3 and t.plain_gap(k):
        if t.words[k].low in _IMPERSONAL:
            return True
        if t.words[k].low not in _BETWEEN:
            return False
        k += 1
    return False


def _holds_predicate(part) -> bool:
    """A predicate stands among the words, and after the last one no conjunction or relative word opens
    another clause the pronoun could be part of («…, что вам нужно», «…, который нам нужен»)."""
    last = max((k for k, w in enumerate(part) if _first_predicate(w.low)), default=None)
    return last is not None and not any(
        w.low in OPENERS or w.low in _CONJUNCTIONS or _relative(w.low) for w in part[last + 1:])


@lru_cache(maxsize=8192)
def _relative(word: str) -> bool:
    return any(p.normal_form in ("который", "какой", "чей", "сколько", "кто", "что") for p in parses(word)[:2])


@lru_cache(maxsize=8192)
def _part_word(word: str) -> bool:
    """A word that ends a part and cannot govern the pronoun after it: a noun, a full adjective or a number
    with no reading in the dative and no dative object of its own, that names no circumstance the second
    part may open with («в этом случае(?) вам…»), or a word in Latin letters or digits."""
    low = word.lower()
    if low.isascii():
        return low.isalnum()
    readings = [p for p in parses(word) if p.score >= 0.05]
    if not readings or any(p.normal_form in _TAKE_DATIVE or p.normal_form in _CIRCUMSTANCE for p in readings):
        return False
    return all(p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR") and p.tag.case != "datv" for p in readings)
