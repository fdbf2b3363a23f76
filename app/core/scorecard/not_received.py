"""«Вы не получили письмо»: what did not reach the customer is no failing of theirs (issue 15, «Тон»).

The tone rules read «вы не» and a past verb as a verdict on the customer — «вы не указали номер», «вы не проверили
адрес». A verb of receiving is different: in «уведомлений вы не получали» or «письмо вы, к сожалению, не получили»
the customer is the one things failed to reach, not the one who failed. Whose fault it was — the mail, the
settings, the company — is said by the rest of the reply; «получить» itself blames nobody, so it is not read as
blame.
"""

from __future__ import annotations

from app.core.scorecard.words import Token

# Verbs whose subject is the one something reaches (or does not): the customer receives, does not act.
_RECEIVING = frozenset({"получить", "получать"})


def not_received(verb: Token) -> bool:
    """The negated past verb after «вы» is one of receiving («не получали», «не получил»)."""
    return bool(verb.lemmas & _RECEIVING)
