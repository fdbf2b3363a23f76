"""Troubles told without the complaint words, read from how the customer's sentence is built:

- **less than was promised**: «начислили меньше, чем в договоре написано», «скорость ниже, чем заявлено» — a comparative
  of less set against what a contract, an advert or someone promised;
- **figures at odds**: «Тариф 500 Мбит, а спидтест показывает 90», «пакет за 1 500, а списали ещё 3 200» — a figure,
  then «а» and another that a verb of charging or showing sets against it, or only the other figure's source («в
  счёте 15 мест, а у нас 11», «в счёте 18 000, а в акте 15 000»);
- **a deed done to the customer, exclaimed**: «Нас с ребёнком посадили в разные ряды!», «Меня записали не к тому
  врачу!» — a past plural verb with no doer named, the customer its object («нас», «меня», «мне»), in a sentence that
  ends with «!»: what someone did to them, told with indignation (not «Меня записали, спасибо!», «Ура, нам одобрили
  ипотеку!»).

Each returns the words that show it, so the scorecard can say why empathy is due.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

# Comparatives of less: «меньше», «ниже», «хуже», «медленнее», «реже», «слабее».
_LESS = frozenset({"маленький", "низкий", "плохой", "медленный", "редкий", "слабый", "короткий", "мало"})
_LESS_FORMS = frozenset({"меньше", "ниже", "хуже", "медленнее", "реже", "слабее", "короче"})  # «ниже» reads as a preposition
# What set the standard the customer got less than.
_PROMISED = frozenset({"договор", "обещать", "пообещать", "заявить", "заявленный", "написать", "указать", "сказать",
                       "реклама", "тариф", "сайт", "обещанный", "оферта", "условие", "гарантировать"})
_NUMBER_RE = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?")


def _amount(figure: str) -> float:
    return float(figure.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def less_than_promised(text: str, tokens: Sequence[Token]) -> list[str]:
    found = []
    for i, tok in enumerate(tokens):
        if tok.lower in _LESS_FORMS or tok.tag.startswith("COMP") and tok.lemmas & _LESS:
            after = tokens[i + 1:i + 6]
            if after and after[0].lower == "чем" and any(t.lemmas & _PROMISED for t in after[1:]):
                found.append(text[tok.start:after[0].end])
    return found


_US = frozenset({"нас", "меня", "мне", "нам"})
# Thanks or joy: «Меня записали, спасибо!», «Ура, нам одобрили ипотеку!».
_GLAD = frozenset({"спасибо", "благодарить", "благодарный", "ура", "рад", "радость", "отлично", "здорово", "супер",
                   "класс", "наконец-то"})


def done_to_us(text: str, tokens: Sequence[Token]) -> list[str]:
    found = []
    for start, end in sentences(text):
        if not text[start:end].rstrip().endswith("!") or "?" in text[start:end]:
            continue
        words = [t for t in tokens if start <= t.start < end]
        # the customer as the deed's object, not after a preposition («у меня списали» says whose money it was)
        if any(t.lemmas & _GLAD for t in tokens) or not any(
                t.lower in _US and not (k and words[k - 1].tag.startswith("PREP")) for k, t in enumerate(words)):
            continue
        verb = next((t for t in words if t.tag.startswith("VERB") and "past" in t.tag and "plur" in t.tag), None)
        if verb is None or "intr" in verb.tag:
            continue
        doer = any(("nomn" in t.tag and "plur" in t.tag and t.tag.startswith(("NOUN", "NPRO")))
                   or t.lower in ("вы", "они") for t in words)
        if not doer:
            found.append(verb.text)
    return found


# After «а», the verb that sets the other figure against the first: money taken or given, a measure shown
# («а в прошлом году было 11», «а на сайте написано от 12» compare, and their labels call them calm).
_TAKEN_OR_SHOWN = frozenset({"списать", "снять", "взять", "начислить", "насчитать", "выставить", "зачислить",
                             "вернуть", "показывать", "показать", "выдавать", "выдать", "намерить", "измерить"})


def figures_at_odds(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Тариф 500 Мбит, а спидтест показывает 90», «пакет за 1 500, а с меня списали ещё 3 200», «плачу по 8 000, а
    сегодня списали 8 640»: a figure, then «а» and another figure that a verb of charging or showing sets against it —
    what the customer finds does not match («Тариф «Старт» за 400, а «Плюс» за 300» sets two offers side by side)."""
    found = []
    for i, tok in enumerate(tokens):
        if tok.lower != "а":
            continue
        start = max(0, text.rfind("\n", 0, max(0, text.rfind("\n", 0, tok.start))), tok.start - 80)
        before = [_amount(m.group()) for m in _NUMBER_RE.finditer(text, start, tok.start)]
        end = next((e for s, e in sentences(text) if s <= tok.start < e), len(text))
        m = _NUMBER_RE.search(text, tok.end, end)
        if not before or m is None or _amount(m.group()) in before:
            continue
        lead = [t for t in tokens[i + 1:] if t.start < m.start()]
        if any(t.tag.startswith("VERB") and "futr" not in t.tag and t.lemmas & _TAKEN_OR_SHOWN for t in lead) \
                or _source_against(text, lead, end):
            found.append(text[tok.start:m.end()])
    return found


# Nouns of time: «а в прошлом году 11» sets a figure against an earlier one, which is no mismatch.
_TIME_NOUNS = frozenset({"год", "месяц", "неделя", "день", "сутки", "час", "минута", "раз", "прошлый", "утро", "вечер"})


def _source_against(text: str, lead: Sequence[Token], end: int) -> bool:
    """«В счёте 15 пользователей, а у нас 11», «в счёте 18 000 ₽, а в акте 15 000 ₽», «по договору 500, а по факту
    300»: after «а», only where the other figure comes from — a preposition and a noun or a pronoun («у нас», «в
    акте», «по тесту») — then the figure itself, no verb, in a statement: two sources that should agree and do not.
    Not «а можно 23», «а сейчас 4», «а в 9» (a preposition of the figure itself), «а в прошлом году 11» (a time) or
    a question («…, а у вас сколько?»)."""
    if len(lead) < 2 or not lead[0].tag.startswith("PREP") or "?" in text[lead[0].start:end + 1]:
        return False
    return all(t.tag.startswith(("PREP", "NOUN", "NPRO", "ADJF")) for t in lead) \
        and lead[-1].tag.startswith(("NOUN", "NPRO")) and not any(t.lemmas & _TIME_NOUNS for t in lead)
