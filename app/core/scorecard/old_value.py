"""A deed done on the value the customer is moving away from is no way forward.

«Перенесите миграцию с 14 декабря на 21-е» — «Перенесли миграцию на 14 декабря»: the operator set the old date, the one
the customer wants to leave. Read from the customer's words: a move «с X на Y» between figures (dates, times, sizes,
numbers). The reply is held to it where it puts the old figure after «на» / «в» and never names the new one.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

# «с 14 декабря на 21-е», «с 10:00 на 15:00», «с 3 на 5 число»: the first figure of each side.
_MOVE_RE = re.compile(r"(?i)(?<![\w])с\s+(\d{1,2}(?:[:.]\d{2})?)(?:-?[а-яё]{0,3})?(?:\s+[а-яё]+)?\s+на\s+"
                      r"(\d{1,2}(?:[:.]\d{2})?)")
# «на 21-е», «на 14 декабря», «в 10:00»: a figure set as the new one.
_SET_RE = r"(?i)(?<![\w])(?:на|в|во)\s+{value}(?![\d:.]\d)"
def _moves(r: Reply) -> list[tuple[str, str]]:
    text = "\n".join(r.customer_messages)
    return [(m.group(1), m.group(2)) for m in _MOVE_RE.finditer(text) if m.group(1) != m.group(2)]


def old_set(r: Reply) -> list[Span]:
    """The places where the reply sets the figure the customer moves away from, the new one unnamed."""
    found = []
    for old, new in _moves(r):
        if re.search(rf"(?<![\d:.]){re.escape(new)}(?![\d])", r.text):
            continue
        found += [(m.start(), m.end() - m.start())
                  for m in re.finditer(_SET_RE.format(value=re.escape(old)), r.text)]
    return found

