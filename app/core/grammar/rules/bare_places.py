"""Глагол движения без своего предлога: «войти в свой аккаунт» (не «войти свой аккаунт»), «зайдите на страницу
заказа», «приезжайте в офис».

Verbs of going into or up to a place («войти», «зайти», «прийти», «приехать», «попасть», «вернуться»,
«заглянуть», «обратиться») are intransitive: the place follows «в» or «на», never bare. A chat reply typed in haste
drops the preposition, and the noun left behind stands in the accusative of a direct object the verb cannot take.

Reported only where nothing else explains the accusative: the noun phrase right after the verb (nothing but spaces
between) is an inanimate noun with its modifiers, every word of it has an accusative reading, its noun does not say
how long or how often («зайдите ещё раз», «подождите минуту»), and it is no subject: after a finite verb its words
have no nominative reading at all («зашёл свою страницу», not «придёт ваш заказ»); after an imperative or an
infinitive, which have no subject after them, a nominative reading is allowed unless a verb follows the phrase
(«Заходите ваш заказ готов» is two clauses run together, a comma's matter).
"""

from __future__ import annotations

import re

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, parses
from app.core.phrase import phrase

BARE_PLACE = RuleInfo(
    "OURS_BARE_PLACE",
    phrase("Место без предлога после глагола движения"),
    phrase("Здесь пропущен предлог: войти или зайти можно только куда-то — «в аккаунт», «на сайт»."),
    phrase("Глаголы «войти», «зайти», «прийти», «приехать», «попасть», «вернуться», «обратиться» не управляют "
           "прямым дополнением: место после них вводится предлогом «в» или «на» — «войдите в личный кабинет», "
           "«зайдите на страницу заказа», «приезжайте в пункт выдачи». Без предлога фраза звучит как опечатка."),
    Category.GRAMMAR,
)

RULES = (BARE_PLACE,)

# prefixes of going into, up to or back to a place, and the roots of motion verbs they join
_GOING = re.compile(r"^(?:во|в|въ|за|при|до|под|подъ|подо)(?:йти|ходить|ехать|езжать|бежать|бегать|лететь|летать|"
                    r"плыть|плывать|лезть|лезать|браться)$")
_OTHER_GOING = frozenset({"попасть", "попадать", "вернуться", "возвращаться", "заглянуть", "заглядывать",
                          "обратиться", "обращаться", "записаться", "записываться", "переехать", "переезжать"})
# nouns whose accusative says how long, how often or how far, not where: «зайдите ещё раз», «приходите в любое время»
_SPANS = frozenset({"раз", "секунда", "минута", "минутка", "час", "полчаса", "день", "неделя", "месяц", "год",
                    "сутки", "ночь", "утро", "вечер", "время", "срок", "период", "пара", "километр", "метр", "шаг",
                    "неделька", "денек", "полгода", "квартал", "сезон", "выходные", "понедельник", "вторник",
                    "среда", "четверг", "пятница", "суббота", "воскресенье", "зима", "весна", "лето", "осень"})
# modifiers that make any noun say how often or how long: «приходите каждую субботу», «ехать весь путь»
_HOW_OFTEN = frozenset({"каждый", "весь", "целый", "всякий"})
_MODIFIERS = ("ADJF", "PRTF", "NUMR")


def _going_verb(word: str):
    """The likeliest reading of ``word`` when it is a verb of going to a place (finite, imperative or infinitive)."""
    readings = parses(word)[:1]
    if not readings or readings[0].tag.POS not in ("VERB", "INFN"):
        return None
    lemma = readings[0].normal_form.replace("ё", "е")
    return readings[0] if _GOING.match(lemma) or lemma in _OTHER_GOING else None


def _accusative(word: str, noun: bool) -> tuple[bool, bool]:
    """(an accusative reading fits, a nominative reading exists) for a modifier or an inanimate noun."""
    readings = [p for p in parses(word) if (p.tag.POS == "NOUN") == noun and (noun or p.tag.POS in _MODIFIERS)]
    if noun:
        readings = [p for p in readings if "inan" in p.tag and not ({"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes)]
    fits = any(p.tag.case in ("accs", "acc2") for p in readings)
    return fits, any(p.tag.case == "nomn" for p in parses(word) if p.tag.POS in ("NOUN", "NPRO", *_MODIFIERS))


def _bare_place(t: Text, i: int, verb) -> int | None:
    """The index of the noun that ends a bare place phrase after verb i, or None."""
    subjectless = verb.tag.POS == "INFN" or verb.tag.mood == "impr"
    nominative = False
    for k in range(i + 1, min(i + 4, len(t.words))):
        w = t.words[k]
        if not t.plain_gap(k) or not w.text.isalpha():
            return None
        likeliest = parses(w.low)[:1]
        if not likeliest:
            return None
        if likeliest[0].tag.POS == "NOUN":
            fits, nom = _accusative(w.low, noun=True)
            lemma = likeliest[0].normal_form.replace("ё", "е")
            if not fits or lemma in _SPANS or w.text[:1].isupper() and k > 0:
                return None
            nominative = nominative or nom
            if nominative and not subjectless:
                return None
            after = t.word(k + 1)
            if nominative and after is not None and t.plain_gap(k + 1) and any(
                    p.tag.POS in ("VERB", "PRTS", "ADJS") for p in parses(after.low)[:1]):
                return None
            return k
        if likeliest[0].tag.POS not in _MODIFIERS:
            return None
        fits, nom = _accusative(w.low, noun=False)
        if not fits or likeliest[0].normal_form in _HOW_OFTEN:
            return None
        nominative = nominative or nom
    return None


def check(t: Text) -> list[Finding]:
    found = []
    for i, w in enumerate(t.words[:-1]):
        verb = _going_verb(w.low)
        if verb is None:
            continue
        end = _bare_place(t, i, verb)
        if end is not None:
            found.append(finding(BARE_PLACE, w.start, t.words[end].end))
    return found
