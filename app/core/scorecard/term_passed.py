"""«Купила куртку три недели назад, можно вернуть?» — «Вернуть можно в течение 14 дней, оформите в «Заказах»»: the
reply's rule sets a window that the customer, by their own words, is already past; the answer does not fit this
customer. Told as if it did (steps for the return), it misleads; told as the rule alone, it is a refusal with no way
(rubric, «Решение»: a refusal counts only with another way for the customer).

The same holds for the rule for all such things told to a customer whose wait has run past it: «Сдал работу 10 дней
назад, до сих пор не проверили» — «Проверка занимает до 3 рабочих дней»; «там сказали до 30 дней, уже больше прошло» —
«Возврат зачисляется в течение 30 дней»: the rule says the customer's case is out of order and nothing about it.

Read so: the customer tells how long ago the thing happened («N дней / недель / месяцев назад», «прошло N …», «уже
N …») or that the term they were given has run out («до 30 дней, уже больше прошло», «срок истёк»); the reply names a
window — «в течение / до / не позднее N …» in a sentence that says what can be done («можно», «возможен»,
«принимается», «вправе») or tells the rule in the general present («зачисляется», «занимает») — shorter than that. A reply that turns to the customer's own
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
_OVER_RE = re.compile(r"(?:уже\s+)?(?:больше|более)\s+прошл\w*|прошл\w*\s+(?:уже\s+)?(?:больше|более)|срок\w*\s+(?:уже\s+)?"
                      r"(?:прош[её]л|истёк|истек)|(?:прош[её]л|истёк|истек)\s+(?:уже\s+)?срок", re.I)
_CONTRAST = frozenset({"но", "однако", "зато"})


def term_passed(r: Reply) -> tuple[str, Span] | None:
    """The customer's words that tell how long ago it was and the reply's window they are past, or None."""
    told = "\n".join(r.customer_messages)
    ago = [m.group(0) for m in _AGO_RE.finditer(told)]
    ago += [told[m.start():TERM_RE.match(told, m.end()).end()] for m in _GONE_RE.finditer(told)]
    # «там сказали до 30 дней, уже больше прошло»: the term the customer was given has run out
    over = [m.group(0) for m in TERM_RE.finditer(told) if _OVER_RE.search(told)]
    if not ago and not over:
        return None
    hours = max([term_hours(TERM_RE.search(a)) for a in ago] + [term_hours(TERM_RE.search(o)) + 1 for o in over])
    for m in TERM_RE.finditer(r.text):
        if not (_WITHIN_RE.search(r.text[max(0, m.start() - 14):m.start()]) or _bare_span(r, m.start())) \
                or term_hours(m) >= hours:
            continue
        start, end = r.sentence_at(m.start())
        # a permission, or the rule for all such things in the general present («зачисляется в течение 30 дней»)
        if not any(t.lemmas & _MAY or t.tag.startswith("VERB") and "pres" in t.tag and "impf" in t.tag
                   and "3per" in t.tag for t in r.tokens if start <= t.start < end):
            continue
        # «…но для вас сделаем исключение», «Однако обменять платье можно»: the reply turns to this customer's case
        if any(t.lower in _CONTRAST for t in r.tokens if t.start > m.end()):
            continue
        said = max(ago, key=lambda a: term_hours(TERM_RE.search(a))) if ago else _OVER_RE.search(told).group(0)
        return said, (m.start(), m.end() - m.start())
    return None


def _bare_span(r: Reply, at: int) -> bool:
    """«Удалённые проекты хранятся в корзине 30 дней»: a span that is the verb's own measure of time, with no
    preposition before it (not «через 30 дней», «за 3 дня», «на 2 недели», «раз в 30 дней»), is a window as «в течение
    30 дней» is."""
    before = [t for t in r.tokens if t.end <= at][-1:]
    return bool(before) and not before[0].tag.startswith(("PREP", "NUMR")) and not before[0].lower.isdigit() \
        and before[0].lower not in ("каждые", "раз") and not r.text[before[0].end:at].strip(" »\"\u00a0")
