"""What a request's bare «код» refers back to — a secret named earlier, or a harmless code.

«Поле для промокода… пришлите мне код, я применю его сама» asks for the promo code: the nearest code named before the
bare «код» with its kind (a promo code, «код заказа», a QR code) is no secret. (A secret asked for by a pronoun in the
next sentence is secret_pronoun.py's.)
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, find_phrases


def _secret_starts(toks: Sequence[Token], r: Reply) -> set[int]:
    """Where a secret of the lexicon begins or has a word: «пароль», «код из СМС», «кодовое слово»."""
    return {t.start for _, (s, n) in find_phrases(toks, r.lex.secrets, gap=0) for t in toks if s <= t.start < s + n}


def _context(r: Reply, before: int) -> list[list[Token]]:
    """The reply's words before ``before``, then the customer's — each in text order."""
    return [[t for t in r.tokens if t.end <= before], list(r.customer_tokens)]


def _code_kind(words: Sequence[Token], k: int, secret: set[int]) -> str | None:
    """«secret», «open» (a promo code, «код заказа», a QR code) or None for a bare «код» that names no kind."""
    tok = words[k]
    if tok.start in secret:
        return "secret"
    if "код" not in tok.lemmas:
        return "open" if "код" in tok.lower else None  # «промокод», «QR-код», «штрихкод»
    return "open" if code_of_thing(words, k) else None


def code_of_thing(words: Sequence[Token], k: int) -> bool:
    """«код заказа», «код города»: the «код» at ``k`` names a thing's code by the noun in the genitive after it."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    return nxt is not None and nxt.tag.startswith("NOUN") and "gent" in nxt.tag


def _named_kind(lists: Sequence[Sequence[Token]], r: Reply) -> str | None:
    """The kind of the nearest code named with its kind — in the first of ``lists`` (words in text order) that names
    one: «secret», «open», or None when none does."""
    for ordered in lists:
        secret = _secret_starts(ordered, r)
        for k in range(len(ordered) - 1, -1, -1):
            kind = _code_kind(ordered, k, secret)
            if kind is not None:
                return kind
    return None


def harmless_code(r: Reply, at: int) -> bool:
    """The bare «код» at ``at`` refers back to a code that is no secret: the nearest code named with its kind before
    it — in the reply, else in the customer's messages — is a promo code, an order's code or a QR code."""
    return _named_kind(_context(r, at), r) == "open"
