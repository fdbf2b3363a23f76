"""«Поезд отменили, а мне завтра на собеседование! Помогите» — «Деньги за билет вернутся в течение семи дней»: the
customer's trip or service was cancelled and they ask what to do now; what they need is to get where they were going
(or the thing they were to have), not their money back. A reply whose every step, deed and time is about money
answers a question the customer never asked — the rubric's «ответ на другой вопрос».

Read so: the customer reports a cancellation (a past form of «отменить», its participle, or «отмена») and asks the way on — «что делать?»,
«как быть?», «помогите», «как добраться?» (a «как» with an infinitive) — with no word of money or a sum of their own;
and each sentence of the reply that holds what would pass it speaks of money (money, a refund, a compensation, a sum).
A reply that also rebooks, offers another train or tells where to go has a sentence of another kind, and stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_CANCELLED = frozenset({"отменить", "отмена", "отменённый", "отменный"})
# What money is: the customer who names it asks about it, and a reply's sentence that names it speaks of it.
_MONEY = frozenset({"деньги", "деньга", "компенсация", "возврат", "возмещение", "возместить", "средство", "стоимость",
                    "оплата", "платить", "заплатить", "оплатить", "рубль", "сумма", "платёж", "вернуть", "вернуться",
                    "списать", "списание", "цена", "стоить", "счёт"})
# A sum or the rouble sign alone, in any case. Not contradiction._MONEY_RE (case kept, no bare «₽») nor
# reasons._SUM_RE (no bare «₽», but «р», «р.»): their match sets differ.
_SUM_RE = re.compile(r"\d\s*(?:₽|руб)|₽", re.I)
# The money words a reply's sentence speaks of money by (not «вернуть» alone: «вернём вас на рейс»).
_MONEY_NOUNS = frozenset({"деньги", "деньга", "компенсация", "возврат", "возмещение", "средство", "стоимость", "рубль",
                          "сумма"})


def money_instead(r: Reply, spans: Sequence[Span]) -> tuple[str, list[Span]]:
    """The customer's words asking the way on after a cancellation and the spans about money, when every sentence of
    ``spans`` (what would pass the reply: deeds, steps, actions, times, answers) speaks only of money; else
    ``("", [])``."""
    theirs = r.customer_tokens
    # what was cancelled, told as done: «отменили», «рейс отменён», «отмена рейса» — not «как отменить подписку?»
    if not spans or not any(t.lemmas & _CANCELLED and (t.tag.startswith(("PRTS", "NOUN", "ADJF")) or "past" in t.tag)
                            for t in theirs):
        return "", []
    if any(t.lemmas & _MONEY for t in theirs) or any(_SUM_RE.search(m) for m in r.customer_messages):
        return "", []
    asked = _way_asked(theirs)
    if not asked:
        return "", []
    # «Мне жаль, что рейс отменили»: the cancellation said back is no remedy of either kind
    remedies = [s for s in spans if not any(t.start == s[0] and t.lemmas & _CANCELLED for t in r.tokens)]
    held = {r.sentence_at(s[0]) for s in remedies}
    if held and all(any(t.lemmas & _MONEY_NOUNS for t in r.tokens_in(start, end))
                    or _SUM_RE.search(r.text[start:end]) for start, end in held):
        return asked, remedies
    return "", []


def _way_asked(words: Sequence[Token]) -> str:
    """«что (мне) делать», «как быть», «помогите», «как добраться»: the customer asks what to do next."""
    for i, t in enumerate(words):
        ahead = words[i + 1:i + 4]  # «что мне теперь делать»
        if t.lower == "что" and any(w.lemmas & {"делать", "сделать"} for w in ahead):
            return " ".join(w.text for w in words[i:i + 1 + next(k for k, w in enumerate(ahead, 1)
                                                                  if w.lemmas & {"делать", "сделать"})])
        if t.lower == "как" and ahead[:1] and (ahead[0].lower == "быть" or ahead[0].tag.startswith("INFN")):
            return f"{t.text} {ahead[0].text}"
        if "impr" in t.tag and t.lemmas & {"помочь"}:
            return t.text
    return ""
