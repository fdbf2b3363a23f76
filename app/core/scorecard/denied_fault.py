"""The customer's fault denied, not laid on them, though the words of a reproach are there:

- **a denied thing the fault qualifies**: «это износ, а не поломка по вашей вине», «это сбой, не ошибка по вашей
  вине» — the «не» stands before the noun that «по вашей вине» qualifies, not right before the blaming words, and
  still denies them (with punctuation between, «не из-за сбоя, а по вашей вине», the «не» is another clause's);
- **the customer's denial said back**: to «Я его не подключала» the reply's «Овердрафт вы не подключали — его
  включили по ошибке» repeats what the customer said of themselves and agrees with it: the same verb under «не» in
  the customer's own words makes «вы не <verb>» a confirmation, not the «вы не проверили» of a reproach.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_NOT = frozenset({"не", "ни"})
_STOP_RE = re.compile(r"[,.!?;:—()\n]")


def denied_thing_blamed(r: Reply, span: Span) -> bool:
    """«не <noun> [<preposition>] <blaming words>» in one clause: the «не» denies the noun the words qualify."""
    before = [t for t in r.tokens if t.end <= span[0]][-3:]
    if before and before[-1].tag.startswith("PREP"):  # «не поломка по | вашей вине»
        before = before[:-1]
    if len(before) < 2 or not before[-1].tag.startswith("NOUN") or before[-2].lower not in _NOT:
        return False
    return not _STOP_RE.search(r.text[before[-2].start:span[0]])


def denial_said_back(r: Reply, verb: Token) -> bool:
    """The reply's «вы не <past verb>» whose verb the customer put under «не» of themselves («я не подключала», «мы
    ничего не заказывали»): the operator agrees with the customer's own account."""
    said = r.customer_tokens
    for i, tok in enumerate(said):
        if tok.lower not in _NOT or not any(t.lemmas & verb.lemmas for t in said[i + 1:i + 3]
                                           if t.tag.startswith("VERB")):
            continue
        clause_start = max((m.end() for m in _STOP_RE.finditer("\n".join(r.customer_messages), 0, tok.start)), default=0)
        people = [t.lower for t in said if clause_start <= t.start < tok.start]
        if not ({"ты", "вы", "он", "она", "они"} & set(people)):  # «вы не отключили» is a reproach of the company
            return True
    return False
