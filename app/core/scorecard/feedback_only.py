"""A customer who says in words that they ask for nothing: «Ничего не прошу, просто чтобы руководство знало», «Просто
выскажусь», «Хочу, чтобы меня услышали». The rubric leaves the solution not applicable when the customer has neither
a question nor a request — only thanks or feedback — and a complaint told this way is feedback, however angry.

The customer disclaims a request with «ничего» / «ни о чём» before a negated «просить» or «требовать», with «чтобы
(вы, руководство …) знали», with «высказаться», with «чтобы меня услышали», or with «просто» before a verb of telling
(«Просто хочу сказать:», «просто сообщаю»). It does not hold when the customer also asks: a question mark, an
imperative that bids («верните», «учтите» — not «знайте», «извините»), a «вы» in the future («может, учтёте»), or
«прошу» / «требую» said without «не».
"""

from __future__ import annotations

from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_ASKING = frozenset({"просить", "требовать"})
# imperatives that bid nothing: «просто знайте», «извините, что пишу сюда»
_NOT_BIDDING = frozenset({"знать", "извинить", "простить", "понять", "поверить", "представить"})
_NOTHING = frozenset({"ничего", "ничто"})
_TELLING = frozenset({"сказать", "сообщить", "сообщать", "рассказать", "поделиться", "делиться"})


def _negated(words: list[Token], k: int) -> bool:
    return k > 0 and words[k - 1].lower == "не"


def _disclaims(words: list[Token]) -> bool:
    for k, t in enumerate(words):
        # «ничего не прошу», «ни о чём не прошу», «не прошу ничего», «ничего не требую»
        if t.lemmas & _ASKING and _negated(words, k) and (
                any(w.lemmas & _NOTHING or w.lower in ("чем", "чём") for w in words[max(0, k - 4):k - 1])
                or (k + 1 < len(words) and words[k + 1].lemmas & _NOTHING)):
            return True
        # «просто хочу сказать», «просто сообщаю», «просто делюсь»
        if t.lower == "просто" and any(w.lemmas & _TELLING and not _negated(words, j)
                                       for j, w in enumerate(words[k + 1:k + 3], k + 1)):
            return True
        # «просто выскажусь», «хочу высказаться»
        if "высказаться" in t.lemmas and not _negated(words, k):
            return True
        # «чтобы вы знали», «чтобы руководство знало», «чтобы меня услышали»
        if t.lower == "чтобы" and any(("знать" in w.lemmas or "услышать" in w.lemmas) and "past" in w.tag
                                      for w in words[k + 1:k + 4]):
            return True
    return False


def _asks(words: list[Token], text: str) -> bool:
    if "?" in text:
        return True
    for k, t in enumerate(words):
        if "impr" in t.tag and not t.lemmas & _NOT_BIDDING:
            return True
        if t.lemmas & _ASKING and "pres" in t.tag and "1per" in t.tag and not _negated(words, k):
            return True
        if "2per" in t.tag and "futr" in t.tag:  # «может, учтёте», «вернёте деньги»
            return True
    return False


def feedback_only(r: Reply) -> bool:
    """The customer disclaims any request and asks nothing besides (read from the customer's tokens, cached once)."""
    words = r.customer_tokens
    return _disclaims(words) and not _asks(words, "\n".join(r.customer_messages))
