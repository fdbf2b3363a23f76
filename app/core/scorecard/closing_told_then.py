"""«Если подскажете город, назову отделение поближе», «Если пришлёте номер заказа, сразу проверю, где он»: the reply
ends by making the customer's answer the condition of the operator's own next move — an invitation to write back, as
«Пришлите новый адрес, поменяю» and the rubric's «Напишите, какой день удобнее» are (docs/scorecard_rubric.md,
«Завершение»: «приглашение писать», «обещание связаться»). Read so: the last sentence opens with «если» and a verb of
telling or sending in the second person («подскажете», «напишете», «пришлёте», «сообщите», «уточните»), and after it
stands a first-person future verb — what the operator (or the team) will then do («назову», «проверю», «подберём»).
«Если напишете в банк, вам ответят» leaves the next move to others and is no closing; «Если подскажете город» with
nothing promised after it is a clause, not an offer.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

# Verbs by which the customer tells or sends us something.
_TELL = frozenset({"подсказать", "написать", "прислать", "сообщить", "сказать", "уточнить", "назвать", "отправить",
                   "указать", "скинуть", "переслать"})


def told_then_mine(r: Reply) -> list[Span]:
    """The last sentence «Если <you tell us> …, <I / we will do> …», or nothing."""
    if not r.sentences:
        return []
    start, end = r.sentences[-1]
    words = r.tokens_in(start, end)
    if len(words) < 3 or words[0].lower != "если" or r.text[start:end].rstrip().endswith("?"):
        return []
    told = next((i for i, t in enumerate(words[1:4], 1) if t.tag.startswith("VERB") and "2per" in t.tag
                 and t.lemmas & _TELL), None)
    if told is None:
        return []
    for t in words[told + 1:]:
        if t.tag.startswith("VERB") and "1per" in t.tag and "futr" in t.tag:
            return [(start, end - start)]
    return []
