"""«Обучение перенесено. Новая дата будет сообщена дополнительно», «Новую дату доставки вам сообщат дополнительно»:
the day of what was done or asked for is left to be told later — a promise of a promise, with no term.

A deed that moves a thing (a lesson, a delivery) is finished only when the customer knows its new day; told «later»
with no term, the customer does not know when to wait for either. The reply tells the day later when a sentence holds
a noun of a day or a time (дата, время, срок, день, число) and a verb of telling (сообщить, уведомить, направить,
прислать, озвучить) in the future — «сообщим», «сообщат» or «будет сообщена» — put off by «дополнительно», «позже», «отдельно» (not in
an «если» sentence: «если хотите, пришлю даты» offers), and the reply names no time frame at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

_WHEN = frozenset({"дата", "время", "срок", "день", "число", "график", "расписание"})
# «дополнительно», «позже», «отдельно»: what is told is put off.
_LATER = frozenset({"дополнительно", "позже", "позднее", "отдельно", "потом", "впоследствии", "дополнительный"})
_TELL = frozenset({"сообщить", "уведомить", "направить", "прислать", "озвучить", "сообщать", "уведомлять",
                   "проинформировать", "информировать"})


def day_told_later(r: Reply, frames: Sequence[Span]) -> list[Span]:
    """The verbs that leave the day to be told later, when the reply names no time frame; [] otherwise."""
    if frames:
        return []
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if r.text[start:end].rstrip().endswith("?") or not any(t.lemmas & _WHEN and t.tag.startswith("NOUN")
                                                               for t in words) \
                or not any(t.lemmas & _LATER for t in words) or any(t.lower == "если" for t in words):
            continue
        for k, tok in enumerate(words):
            if not tok.lemmas & _TELL or k and words[k - 1].lower in ("не", "если"):
                continue
            future = tok.tag.startswith("VERB") and "futr" in tok.tag
            passive = tok.tag.startswith("PRTS") and any(t.lower in ("будет", "будут") for t in words[max(0, k - 2):k])
            if future or passive:
                found.append((tok.start, tok.end - tok.start))
    return found
