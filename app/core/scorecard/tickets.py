"""Tickets, which only look like a solution: «Создала обращение 77120», «ваша заявка в работе, номер 5512».

A ticket made is the work passed on, as «передала в отдел» is: what the customer asked is still to be done, and
needs a time (rubric, «Решение»: «передано специалистам» without a time is vague). And the ticket's number, however
short, is an identifier — no figure that answers anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.in_time import CLOCK_RE, TERM_RE, term_hours
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CALENDAR

_TICKETS = frozenset({"заявка", "обращение", "тикет", "запрос", "жалоба"})
# «заявка номер 5512», «обращение № 48», «номер инцидента 6021», «заказ 318»
_NUMBERED_RE = re.compile(r"(?i:№|#|\bномер\w*(?:\s+[^\W\d]+)?|\bзаявк\w*|\bобращени\w*|\bтикет\w*|\bзаказ\w*"
                          r"|\bдоговор\w*)\s*$")


def ticket_made(r: Reply, idx: int) -> bool:
    """The verb at ``idx`` makes a ticket («создали заявку», «зарегистрировала обращение»): its object, within three
    words, is a ticket — unless the ticket itself is what the customer asked for («Оформите заявку на вызов мастера»)."""
    theirs = r.customer_lemmas
    return any(t.lemmas & _TICKETS and not t.lemmas & theirs for t in r.tokens[idx + 1:idx + 4])


def numbered(text: str, pos: int) -> bool:
    """The figure at ``pos`` follows «№», «номер» or a ticket's or an order's name: an identifier."""
    return bool(_NUMBERED_RE.search(text, 0, pos))


# What a ticket's template gives a time for: the answer to come, the ticket, its review — not what the customer asked.
_ANSWER_TO_COME = frozenset({"ответ", "ответить", "обращение", "заявка", "запрос", "рассмотрение", "рассмотреть",
                             "обработка", "обработать"})
_POINT_IN_TIME = frozenset({"сегодня", "завтра", "послезавтра", "сразу", "сейчас"}) | CALENDAR


def stock_ticket(r: Reply, frames: Sequence[Span]) -> list[Span]:
    """«Мы направили его в профильное подразделение, ответ поступит в течение 72 часов»: every term the reply names is a
    stock window of a day or more for an answer or a review (said in its sentence), and no day, date or time of day
    is named — the rubric's template («Заявка принята, ожидайте ответа в течение 72 часов»), when nothing else of the
    reply speaks of the customer's matter (the caller knows that). Not «деньги вернутся в течение 3 дней»."""
    if not frames or CLOCK_RE.search(r.text) or any(t.lemmas & _POINT_IN_TIME for t in r.tokens):
        return []
    found = []
    for m in TERM_RE.finditer(r.text):
        at = next(((s, e) for s, e in r.sentences if s <= m.start() < e), (m.start(), m.end()))
        answer = [t for t in r.tokens_in(at[0], at[1]) if t.lemmas & _ANSWER_TO_COME]
        if term_hours(m) < 24 or not answer:
            return []
        found.append((answer[0].start, answer[0].end - answer[0].start))
    return found[:1]
