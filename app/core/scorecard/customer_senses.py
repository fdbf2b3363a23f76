"""Words of the complaint list in a sense that tells no trouble, read from the words round them:

- **a wish, not a failure**: «Не хочу давать ей свой пароль» — the list's «не давать» (a thing that will not let the
  customer do something) matched across «хочу»: the «не» belongs to the verb of wishing or intending between;
- **marriage**: «мы в браке», «состою в браке» — «брак» after «в» is a marriage, not a defect («это брак», «брак
  товара», «с браком»);
- **a first time**: «Я никогда так не делала», «мы никогда раньше не бронировали» — the customer's «никогда … не»
  with a past verb of their own tells they are new to it, not that something failed.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token

_WISHING = frozenset({"хотеть", "собираться", "планировать", "желать", "стать"})
_SELF = frozenset({"я", "мы"})


def _at(tokens: Sequence[Token], offset: int) -> int | None:
    return next((i for i, t in enumerate(tokens) if t.start == offset), None)


def wished_not(tokens: Sequence[Token], offset: int, length: int) -> bool:
    """A «не …» phrase whose «не» stands before a verb of wishing or intending that the phrase skipped."""
    at = _at(tokens, offset)
    if at is None or tokens[at].lower != "не" or at + 2 >= len(tokens):
        return False
    inner = [t for t in tokens[at + 1:] if t.end <= offset + length]
    return len(inner) >= 2 and bool(inner[0].lemmas & _WISHING)


def married(tokens: Sequence[Token], offset: int) -> bool:
    """«брак» right after «в»: «мы в браке»."""
    at = _at(tokens, offset)
    return at is not None and at > 0 and "брак" in tokens[at].lemmas and tokens[at - 1].lower in ("в", "во")


def first_time(tokens: Sequence[Token], offset: int) -> bool:
    """The trouble at ``offset`` is «не» + a past verb after «никогда» in a sentence of «я» or «мы»."""
    at = _at(tokens, offset)
    if at is None or tokens[at].lower != "не" or at + 1 >= len(tokens) or "past" not in tokens[at + 1].tag:
        return False
    before = tokens[max(0, at - 4):at]
    return any(t.lower == "никогда" for t in before) and (
        any(t.lower in _SELF for t in before) or "1per" in tokens[at + 1].tag
        or any(t.lower in _SELF for t in tokens[max(0, at - 6):at]))
