"""Tickets, which only look like a solution: «Создала обращение 77120», «ваша заявка в работе, номер 5512».

A ticket made is the work passed on, as «передала в отдел» is: what the customer asked is still to be done, and
needs a time (rubric, «Решение»: «передано специалистам» without a time is vague). And the ticket's number, however
short, is an identifier — no figure that answers anything.
"""

from __future__ import annotations

import re

from app.core.scorecard.reply import Reply
from app.core.scorecard.words import tokenize

_TICKETS = frozenset({"заявка", "обращение", "тикет", "запрос", "жалоба"})
# «заявка номер 5512», «обращение № 48», «номер инцидента 6021», «заказ 318»
_NUMBERED_RE = re.compile(r"(?i:№|#|\bномер\w*(?:\s+[^\W\d]+)?|\bзаявк\w*|\bобращени\w*|\bтикет\w*|\bзаказ\w*"
                          r"|\bдоговор\w*)\s*$")


def ticket_made(r: Reply, idx: int) -> bool:
    """The verb at ``idx`` makes a ticket («создали заявку», «зарегистрировала обращение»): its object, within three
    words, is a ticket — unless the ticket itself is what the customer asked for («Оформите заявку на вызов мастера»)."""
    theirs = set().union(*(t.lemmas for t in tokenize("\n".join(r.customer_messages))))
    return any(t.lemmas & _TICKETS and not t.lemmas & theirs for t in r.tokens[idx + 1:idx + 4])


def numbered(text: str, pos: int) -> bool:
    """The figure at ``pos`` follows «№», «номер» or a ticket's or an order's name: an identifier."""
    return bool(_NUMBERED_RE.search(text, 0, pos))
