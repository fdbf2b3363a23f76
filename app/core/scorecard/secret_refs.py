"""Secrets asked for by a word that points back, and a bare «код» that is a promo code.

«Жаль, что пароль забылся. Да, напишите его сюда» — the request names no secret, its «его» does: the secret named in
the reply's sentence before, or in the customer's own messages («можно я вам скажу свой старый пароль?»), is what the
«напишите его» asks for. Only an imperative asking verb with the pronoun as its object close after it counts
(«пришлите его», «продиктуйте мне его»), not a pronoun anywhere in the sentence.

«Впишите код из письма в поле „Есть промокод?“ … пришлите мне код, и я применю его к заказу»: a bare «код» in a chat
about a promo code, where nobody speaks of an SMS or a confirmation, is that promo code — no secret.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_POINTERS = frozenset({"его", "её", "ее", "их"})
_BETWEEN = frozenset({"мне", "нам", "сюда", "сразу", "пожалуйста", "тоже", "здесь"})
_NEVER = frozenset({"никому", "никогда", "нельзя"})
_PROMO = ("промокод", "купон")
_SECRET_CODES = frozenset({"смс", "sms", "подтверждение", "одноразовый", "пароль", "пин-код", "пин"})


def pointed_secret(toks: Sequence[Token], r: Reply, asked: Callable[[Sequence[Token]], list[Span]],
                   secrets: Callable[[Sequence[Token]], list[Span]]) -> list[Span]:
    """The asking verb and its pronoun in the sentence ``toks`` («напишите его»), when the words before it (:func:`_before`)
    name a secret; ``asked`` finds the asking verbs of a sentence and ``secrets`` the secrets."""
    if any(t.lower in _NEVER for t in toks):
        return []  # «никому не диктуйте его, даже нам»: a warning
    for start, length in asked(toks):
        at = next((i for i, t in enumerate(toks) if t.start == start), None)
        if at is None or "impr" not in toks[at].tag or (at and toks[at - 1].lower == "не"):
            continue
        for tok in toks[at + 1:at + 4]:
            if tok.lower in _POINTERS:
                if secrets(_before(toks, r)):
                    return [(start, tok.end - start)]
                break
            if tok.lower not in _BETWEEN:
                break
    return []


def _before(toks: Sequence[Token], r: Reply) -> Sequence[Token]:
    """The reply's sentence before ``toks``, or the customer's messages when that sentence is a bare greeting or
    ``toks`` opens the reply."""
    prev = [s for s in r.sentences if toks and s[1] <= toks[0].start]
    words = r.tokens_in(*prev[-1]) if prev else []
    return words if len(words) > 2 else r.customer_tokens


def promo_chat(reply: Sequence[Token], customer: Sequence[Token]) -> bool:
    """The reply or the customer speaks of a promo code, and neither of an SMS, a confirmation or a password."""
    words = [*reply, *customer]
    return any(t.lower.startswith(_PROMO) for t in words) and not any(t.lemmas & _SECRET_CODES for t in words)
