"""A code to dial as the way: «Как проверить баланс?» — «*100#».

A USSD code («*100#», «*111*0#») is a whole procedure the customer carries out on the phone: dialled, it shows the
balance, switches a service on or sends the number by SMS. To a question how to do something it is the way itself,
whether the reply bids it («наберите *100#»), names it in a noun phrase («Проверка баланса осуществляется посредством
USSD-запроса *100#», «остаток пришлёт команда *100*2#») or gives it bare. It tells no value, so to «какой у меня
баланс?» it is no answer (the figure stays unsaid; the solution judge's facts leave codes out for that reason).
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.questions import asks_how
from app.core.scorecard.reply import Reply

CODE_RE = re.compile(r"(?<![\w*#])\*\d+(?:\*\d+)*#")


def dialled_way(r: Reply) -> list[Span]:
    """The codes to dial in the reply, when the customer asks how to do something — not in a question back («Вы
    набирали *100#?»)."""
    if not asks_how(r):
        return []
    return [(m.start(), m.end() - m.start()) for m in CODE_RE.finditer(r.text)
            if not r.text[slice(*r.sentence_at(m.start()))].rstrip().endswith("?")]
