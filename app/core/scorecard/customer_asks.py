"""Words of an upset customer said by a calm one, read from what stands round them:

- «Сколько раз в месяц можно менять тариф?» — «сколько раз» with «можно» asks a count, not the reproach «Сколько
  раз вам писать?»;
- «хочу уйти к вам от другого оператора» — «уйти к» the company itself is coming to it, not the threat «уйду к
  другому оператору»;
- «Если отменю за неделю, верните ли все деньги?» — an imperative with «ли» after it is a question misspelt
  («вернёте ли»), not the demand «верните»;
- «пришла смс, что мой заказ задержан и надо доплатить по ссылке, это от вас?» — a trouble told inside a message the
  customer got and asks about is what the message said, an attempt at fraud that did no harm
  (docs/scorecard_rubric.md, «Сочувствие»: not applicable), not a trouble that happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.words import Token, tokenize

_MODAL = frozenset({"можно", "нужно", "надо", "разрешаться", "мочь", "следовать"})


def _after(text: str, frag: str, count: int) -> list[Token]:
    at = text.lower().find(frag.lower())
    return tokenize(text[at + len(frag):at + len(frag) + 60])[:count] if at >= 0 else []


def _in_question(text: str, frag: str) -> bool:
    at = text.lower().find(frag.lower())
    ends = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    return at >= 0 and bool(ends) and text[min(ends)] == "?" and text[min(ends):min(ends) + 2] not in ("?!", "??")


def counts_times(text: str, frag: str) -> bool:
    """«Сколько раз в месяц можно менять тариф?», «сколько раз можно пересдать?»: «сколько раз», then «можно»
    within four words and no «вам» («Сколько раз вам писать?» reproaches), in a calm question."""
    if frag.lower() != "сколько раз" or not _in_question(text, frag):
        return False
    following = _after(text, frag, 4)
    return any(t.lemmas & _MODAL for t in following) and not any(t.lower in _TOWARD_US for t in following)


_TOWARD_US = frozenset({"вам", "вас", "нам", "вашему", "вашей", "вашим"})


def toward_us(text: str, frag: str) -> bool:
    """«уйти к вам от другого оператора»: «уйти к» followed by the company («вам»)."""
    if not frag.lower().startswith("уйти к") and not frag.lower().startswith("уйду к"):
        return False
    nxt = _after(text, frag, 1)
    return bool(nxt) and nxt[0].lower in _TOWARD_US


def question_form(text: str, frag: str) -> bool:
    """«верните ли все деньги?»: the imperative that is the fragment's last word stands before «ли»."""
    nxt = _after(text, frag, 1)
    return bool(nxt) and nxt[0].lower == "ли" and _in_question(text, frag)


# What brings a message: «пришла смс», «пришло письмо», «позвонили и сказали».
_MESSAGES = frozenset({"смс", "sms", "сообщение", "письмо", "уведомление", "пуш", "push", "звонок", "рассылка",
                       "эсэмэска", "смска"})
_FROM_YOU_RE = re.compile(r"(?i)\b(?:это\s+(?:правда\s+)?(?:от\s+)?вас|от\s+вас\s+ли|это\s+вы|вы\s+(?:мне\s+)?"
                          r"(?:писали|присылали|отправляли|звонили)|это\s+(?:правда|развод|мошенники))\b[^.!\n]*\?")


def reported_message(text: str, tokens: Sequence[Token], offset: int) -> bool:
    """The trouble at ``offset`` stands in a «что» clause after a message the customer got, in the same sentence,
    and the customer asks whether the message is the company's («это от вас?», «вы писали?»)."""
    if not _FROM_YOU_RE.search(text):
        return False
    start = max(text.rfind(c, 0, offset) for c in ".!?\n") + 1
    before = [t for t in tokens if start <= t.start < offset]
    said = next((i for i, t in enumerate(before) if t.lemmas & _MESSAGES or t.lower in _MESSAGES), None)
    return said is not None and any(t.lower in ("что", "будто", "якобы") for t in before[said + 1:])
