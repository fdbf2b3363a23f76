"""«Купила куртку три недели назад, можно вернуть?» — «Вернуть можно в течение 14 дней, оформите в «Заказах»»: the
reply's rule sets a window that the customer, by their own words, is already past; the answer does not fit this
customer. Told as if it did (steps for the return), it misleads; told as the rule alone, it is a refusal with no way
(rubric, «Решение»: a refusal counts only with another way for the customer).

Read so: the customer tells how long ago the thing happened («N дней / недель / месяцев назад», «прошло N …», «уже
N …»); the reply names a window of a permission — «в течение / до / не позднее N …» in a sentence that says what can
be done («можно», «возможен», «принимается», «вправе») — shorter than that. A reply that turns to the customer's own
case after it with a contrast («но», «однако», «зато»: another way, an exception) is judged by the other rules.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.in_time import TERM_RE, term_hours
from app.core.scorecard.reply import Reply

_AGO_RE = re.compile(TERM_RE.pattern + r"\s+(?:назад|тому\s+назад)", re.I)
_GONE_RE = re.compile(r"(?:прошл[оаи]?|прошёл|уже)\s+(?:почти\s+|больше\s+|более\s+)?(?=" + TERM_RE.pattern + ")", re.I)
# the window's opening: «в течение 14 дней», «до 30 дней», «не позднее 7 дней»
_WITHIN_RE = re.compile(r"(?:в\s+течение|до|не\s+позднее|не\s+позже)\s*$", re.I)
# what can be done: a permission, not a term of a doing to come («деньги придут в течение 3 дней»)
_MAY = frozenset({"можно", "возможный", "возможно", "допускаться", "допустимый", "принимать", "вправе", "разрешить",
                  "доступный"})
_CONTRAST = frozenset({"но", "однако", "зато"})


def term_passed(r: Reply) -> tuple[str, Span] | None:
    """The customer's words that tell how long ago it was and the reply's window they are past, or None."""
    told = "\n".join(r.customer_messages)
    ago = [m.group(0) for m in _AGO_RE.finditer(told)]
    ago += [told[m.start():TERM_RE.match(told, m.end()).end()] for m in _GONE_RE.finditer(told)]
    if not ago:
        return None
    hours = max(term_hours(TERM_RE.search(a)) for a in ago)
    for m in TERM_RE.finditer(r.text):
        if not _WITHIN_RE.search(r.text[max(0, m.start() - 14):m.start()]) or term_hours(m) >= hours:
            continue
        start, end = r.sentence_at(m.start())
        if not any(t.lemmas & _MAY for t in r.tokens if start <= t.start < end):
            continue
        # «…но для вас сделаем исключение», «Однако обменять платье можно»: the reply turns to this customer's case
        if any(t.lower in _CONTRAST for t in r.tokens if t.start > m.end()):
            continue
        return max(ago, key=lambda a: term_hours(TERM_RE.search(a))), (m.start(), m.end() - m.start())
    return None
