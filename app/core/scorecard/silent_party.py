"""«Магазин не отвечает уже две недели» — «Деньги возвращает продавец, свяжитесь с ним»: the customer says the other
party keeps silent, and the reply's only way is to get in touch with that party again.

:func:`first_tries.taken_already` reads such a step as one the customer has already taken (who the customer says
does not answer, and a step to get in touch with them by name or by «он / она / они»), and the solution judge drops
it from the steps — but fails the reply for it only at the very end, after the readings that pass a reply for a yes,
a cause or a fact («возвращает продавец», «так как товар продаёт он»). That is too late: a reply that sends the
customer back to the silent party and does nothing of the company's own (no deed done, no doing with its time) leaves
them where they were, whatever it explains (rubric, «Решение»: advice the customer said they had tried is no next
step). This reading finds those bids — an imperative («свяжитесь», «напишите ему») or an infinitive («необходимо
обращаться к продавцу») — so the judge can decide on them first.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.first_tries import taken_already
from app.core.scorecard.reply import Reply

# getting in touch, which a bid of the customer's own names
_CONTACT = frozenset({"связаться", "связываться", "написать", "писать", "позвонить", "звонить", "обратиться",
                      "обращаться", "уточнить", "спросить", "дозвониться"})


def sent_to_silent(r: Reply) -> list[Span]:
    """The reply's bids to get in touch with a party the customer says keeps silent, or []."""
    return [(t.start, t.end - t.start) for t in r.tokens
            if t.lemmas & _CONTACT and ("impr" in t.tag or t.tag.startswith("INFN"))
            and taken_already(r, (t.start, t.end - t.start))]
