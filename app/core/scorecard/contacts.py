"""A call to someone whose number the reply does not give, to a customer who asks where to call.

«Заболел в отпуске, куда звонить по страховке?» — «Звоните в страховую, номер найдёте в полисе»: the customer knows
whom to call; what they ask is the number, and the reply sends them to look for what the operator can say
(docs/scorecard_rubric.md, «Решение»: «Клиента отправляют искать то, что оператор может сказать сам»). With the
number («Позвоните в ассистанс по номеру +7 495 000-00-00») the same step is the answer.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

# «куда звонить?», «по какому номеру позвонить?», «какой телефон у поддержки?», «дайте номер горячей линии»
_ASKS_NUMBER_RE = re.compile(
    r"(?i)\b(?:куда|кому)\s+(?:мне\s+|теперь\s+|нам\s+)?(?:по)?звонить\b|\bпо\s+какому\s+(?:номеру|телефону)\b"
    r"|\bкак(?:ой|ие)\s+(?:номер|телефон)\w*\b|\b(?:дайте|скажите|подскажите)\s+(?:номер|телефон)\w*\b")
_CALLING = frozenset({"звонить", "позвонить", "перезвонить", "дозвониться", "набрать"})
# A number to dial: seven digits or more with their separators, a short one of three or more, or a code («*100#»).
_NUMBER_RE = re.compile(r"\+?\d[\d\s()\-–]{5,}\d|\b\d{3,4}\b|[*#]\d+[*#\d]*")


def number_unsaid(r: Reply, span: Span) -> bool:
    """The step is a call («Звоните в страховую», «позвоните на горячую линию»), the customer asked where to call or
    for the number, and the reply gives no number to dial anywhere."""
    tok = next((t for t in r.tokens if t.start == span[0]), None)
    if tok is None or not tok.lemmas & _CALLING:
        return False
    return bool(_ASKS_NUMBER_RE.search("\n".join(r.customer_messages))) and not _NUMBER_RE.search(r.text)
