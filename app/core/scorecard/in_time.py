"""«Мне нужно к пятнице — успеете?»: the customer names a deadline of their own and asks whether it will be met.

Such a question wants a yes or a no. A reply that only gives its own term («доставка занимает 7–10 рабочих дней»)
leaves the customer to reckon alone — and, when the term runs past their deadline, hides the «no» they asked for.
It is answered when the reply says whether («успеем», «не успеет», «да», «нет»), repeats the customer's deadline
(«к пятнице привезём»), or names a day the customer can set against it («привезём в четверг», «завтра до 12:00»).

Whether a time the reply names is in time at all is read here too: a term of days to a customer who has an hour
(«Занятие через час!»), office hours and a time a state has lasted since, which are no term of anything to come.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import clause_at
from app.core.scorecard.words import CALENDAR, tokenize

_IN_TIME = frozenset({"успеть", "успевать"})
_YES_NO = frozenset({"да", "нет", "конечно"})
# Whether the time is enough is whether it is in time: «50 минут на пересадку хватает», «часа не хватит».
_ENOUGH = frozenset({"хватить", "хватать", "достаточно", "достаточный", "недостаточно"})
# A day the customer can put beside a deadline of theirs: a weekday, a month, «завтра», a time of day.
_DAYS = CALENDAR | {"завтра", "послезавтра", "сегодня"}
CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}\b")
_BY = frozenset({"к", "до"})


def in_time_unsaid(r: Reply) -> str:
    """The customer's question that asks whether something will be in time («Успеете доставить в Томск?»), when the
    reply neither says whether nor names a day to set against the deadline; else an empty string."""
    asked = [q for q in questions(r) if any(t.lemmas & _IN_TIME for t in tokenize(q))]
    if not asked or _set_against(r):
        return ""
    words = r.tokens
    for start, end in r.sentences:
        first = next((t for t in r.tokens_in(start, end)), None)
        if first is not None and first.lower in _YES_NO:
            return ""
    # «к концу недели»: the customer's own deadline said back
    theirs = r.customer_tokens
    deadline = {x for i, t in enumerate(theirs[:-1]) if t.lower in _BY for x in theirs[i + 1].lemmas}
    if any(t.lower in _BY and words[i + 1].lemmas & deadline for i, t in enumerate(words[:-1])):
        return ""
    return asked[0].strip()


def in_time_told(r: Reply, question: str) -> bool:
    """«Успею ли забрать до субботы?» — «Заказ будет в пункте выдачи в четверг»; «пересадка 50 минут, успею?» — «50
    минут на пересадку хватает»: a question whether something will be in time is spoken to by a day or a time of day
    to set against the deadline, by the customer's own span said back, or by whether the time is enough — a yes or a
    no in other words, though no word of the question comes back."""
    return any(t.lemmas & _IN_TIME for t in tokenize(question)) and _set_against(r)


def _set_against(r: Reply) -> bool:
    """The reply says whether it is in time or the time is enough, or gives a day, a time of day or the customer's own
    span to set against the deadline."""
    return any(t.lemmas & (_IN_TIME | _ENOUGH | _DAYS) for t in r.tokens) or bool(CLOCK_RE.search(r.text)) \
        or _span_said_back(r)


def _span_said_back(r: Reply) -> bool:
    """«У меня пересадка 50 минут, успею?» — «50 минут на пересадку…»: the customer's own span of time (a figure and
    its unit) said back is weighed against, as «к пятнице» is."""
    theirs = {(m.group(1), m.group(2)[:3].lower()) for text in r.customer_messages for m in TERM_RE.finditer(text)}
    return any((m.group(1), m.group(2)[:3].lower()) in theirs for m in TERM_RE.finditer(r.text))


# A place or a service that is open: «Отделения работают с 9:00», «касса открыта до 20:00», «склад принимает с 10:00».
_OPEN = frozenset({"работать", "открыть", "открытый", "принимать", "обслуживать"})
# The customer asks about the hours themselves: «До скольки работает офис?», «какой режим работы?».
_HOURS_ASKED = _OPEN | {"режим", "график", "час", "расписание"}
# or when to come, said of themselves: «можно прийти без записи?», «когда забрать посылку?» (not «когда заберут?»)
_COMING = frozenset({"прийти", "приходить", "приехать", "подойти", "зайти", "заехать", "записаться", "забрать",
                     "получить"})
# «выгрузка уже работает», «оплата снова работает»: a fix told, not hours
_NOW = frozenset({"уже", "снова", "опять", "сейчас", "теперь", "вновь"})


def opening_hours(r: Reply, frame: Span) -> bool:
    """«Заявка создана. Курьерская служба работает ежедневно с 9:00 до 21:00»: a time of day told of when a place or a
    service is open belongs to it, not to anything done for the customer — no deadline of a step, no answer to
    «когда?». The clause has no verb but the one of being open; the customer does not ask about the hours."""
    if not CLOCK_RE.match(r.text, frame[0]):
        return False
    clause = clause_at(r.text, frame[0])
    words = r.tokens_in(clause[0], clause[1]) if clause else []
    verbs = [t for t in words if t.tag.startswith(("VERB", "PRTS", "ADJS", "INFN"))]
    if not verbs or not all(t.lemmas & _OPEN and "pres" in t.tag or t.tag.startswith(("PRTS", "ADJS")) and
                            t.lemmas & _OPEN for t in verbs) or any(t.lower in _NOW for t in words):
        return False
    return not any(t.lemmas & _HOURS_ASKED or t.lemmas & _COMING and (t.tag.startswith("INFN") or "1per" in t.tag)
                   for t in r.customer_tokens)


# «Занятие через час!», «билеты сгорят через 40 минут», «я на кассе»: how many hours the customer has.
_SOON_RE = re.compile(r"через\s+(?:(\d+)\s+|(пару|два|три|несколько)\s+)?(полчаса|час\w*|минут\w*)|(на\s+кассе)", re.I)
_NUMBER_WORDS = {"один": 1, "одного": 1, "одних": 1, "два": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4,
                 "четырёх": 4, "пять": 5, "пяти": 5, "семь": 7, "семи": 7, "десять": 10, "десяти": 10}
TERM_RE = re.compile(r"(\d+|" + "|".join(_NUMBER_WORDS) + r")(?:\s*[–—-]\s*\d+)?\s+(?:рабоч\w+\s+|календарн\w+\s+)?"
                      r"(дн\w*|день|сут\w*|недел\w*|месяц\w*|час\w*|минут\w*)", re.I)
_HOURS = (("мин", 1 / 60), ("час", 1), ("дн", 24), ("ден", 24), ("сут", 24), ("нед", 168), ("мес", 720))
# A word that says it can be done within the customer's time: «сегодня», «сразу», «уже».
_AT_ONCE = frozenset({"сегодня", "сейчас", "сразу", "немедленно", "уже", "моментально", "мгновенно"})


def deadline_passed(r: Reply) -> tuple[str, Span] | None:
    """«Занятие через час, а доступа нет!» — «Доступ откроется в течение 2 рабочих дней»: the customer has hours and the
    reply's only term is days. Whether it settles the matter is the question, and the answer is no — unless the reply
    says what can be done at once (a time of day, «сегодня», «сразу», a step told on its own). The customer's words that
    set the deadline and the reply's term, or None."""
    told = "\n".join(r.customer_messages)
    # not «Заказ привезли через два часа»: a delay that was, told in the past
    soon = next((m for m in _SOON_RE.finditer(told) if m.group(4) or not any(
        t.tag.startswith("VERB") and "past" in t.tag for t in tokenize(_sentence_of(told, m.start())))), None)
    if soon is None or _AT_ONCE & {t.lower for t in r.tokens} or CLOCK_RE.search(r.text):
        return None
    if soon.group(4):
        hours = 0.5
    else:
        count = int(soon.group(1)) if soon.group(1) else 2 if soon.group(2) else 1
        hours = 0.5 if soon.group(3).lower() == "полчаса" else count / 60 if soon.group(3).lower().startswith("мин") \
            else count
    terms = [m for m in TERM_RE.finditer(r.text)]
    if not terms or any(term_hours(m) <= hours for m in terms):
        return None
    # a step told in a sentence of its own is another way, at once: «Оплатите по QR-коду в приложении»
    timed = [(s, e) for s, e in r.sentences if any(s <= m.start() < e for m in terms)]
    if any(not any(s <= span[0] < e for s, e in timed) for span in r.imperatives[0] + r.imperatives[1]):
        return None
    return soon.group(0), (terms[0].start(), terms[0].end() - terms[0].start())


def _sentence_of(text: str, pos: int) -> str:
    start = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    return text[start:min(ends, default=len(text))]


def term_hours(m: re.Match) -> float:
    """Hours in a term the reply names («2 рабочих дня»: 48)."""
    count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
    unit = m.group(2).lower()
    return count * next(h for stem, h in _HOURS if unit.startswith(stem))


_STATUS = frozenset({"работа", "обработка", "процесс", "рассмотрение"})  # «в работе», «в обработке», «на рассмотрении»
_AHEAD = frozenset({"завтра", "послезавтра", "следующий", "ближайший"})


def since_when(r: Reply, frame: Span) -> bool:
    """«Заявка в работе с 12 марта», «перевод в обработке с 15:02», «работы ведутся с понедельника»: a time a state has
    lasted since is no term of what is to come — it does not say when the matter will be settled. The clause tells a
    state (a present verb, or «в работе», «в обработке», «на рассмотрении») with «с …» and no end («до»), nothing
    future, no «завтра»."""
    start = next((t for t in r.tokens if t.start <= frame[0] < t.end), None)
    at = r.tokens.index(start) if start is not None else -1
    if at < 0 or not (r.tokens[at].lower in ("с", "со") or at and r.tokens[at - 1].lower in ("с", "со")):
        return False
    clause = clause_at(r.text, frame[0])
    words = r.tokens_in(clause[0], clause[1]) if clause else []
    if any(t.lower in ("до", "по") or "futr" in t.tag or t.lemmas & _AHEAD for t in words):
        return False
    return any(t.tag.startswith("VERB") and "pres" in t.tag or t.lemmas & _STATUS and k and words[k - 1].lower in (
        "в", "на") for k, t in enumerate(words))


_DAY_RE = re.compile(r"\b(\d{1,2})(?:-?(?:го|е|ое|ого)\b|\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|"
                     r"ноябр|декабр)|\.\d{1,2})", re.I)


def booked_date(r: Reply, frame: Span) -> bool:
    """«бронируйте на 12-е» — «бронирование на 12 декабря будет оформлено»: a day the customer named themselves, said
    back after «на», is what the booking or the visit is for — no term by which the step is taken."""
    day = _DAY_RE.match(r.text, frame[0])
    if day is None:
        return False
    before = r.text[:frame[0]].rstrip().rsplit(None, 1)
    if not before or before[-1].lower() != "на":
        return False
    theirs = {m.group(1).lstrip("0") for text in r.customer_messages for m in _DAY_RE.finditer(text)}
    return day.group(1).lstrip("0") in theirs
