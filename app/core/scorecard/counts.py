"""Whether a reply counts what the customer asked to have counted: «Сколько у меня баллов?» wants «у вас 4 200 баллов»,
not a figure of something else beside the word."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.reply import Reply
from app.core.scorecard.words import is_number, tokenize

# «Сколько у меня баллов?», «сколько осталось минут?»: the count of a thing the customer holds.
_HOW_MANY_RE = re.compile(r"(?i)\bсколько\s+(?:у\s+(?:меня|нас)\s+|мне\s+|ещё\s+|еще\s+)?(?:осталось\s+)?([а-яё]{3,})")


def count_not_told(r: Reply, asked: Sequence[str]) -> bool:
    """«Сколько у меня баллов и можно ли ими оплатить отель?» — «Баллами можно оплатить до 30 % стоимости»: the reply
    speaks of the thing counted, and no figure in it counts that thing (a figure beside its word, not a percent)."""
    for q in asked:
        m = _HOW_MANY_RE.search(q)
        if m is None:
            continue
        word = tokenize(m.group(1))[:1]
        counted = {x[:5] for x in word[0].lemmas} if word and word[0].tag.startswith("NOUN") else set()
        if not counted:
            continue  # «сколько стоит», «сколько ждать»: no thing counted
        at = [i for i, t in enumerate(r.tokens) if {x[:5] for x in t.lemmas} & counted]
        if not at:
            continue  # the thing is not named: whether a bare figure counts it is left to the other checks of «сколько»
        if not any(is_number(t) and r.text[t.end:t.end + 2].strip()[:1] != "%" for i in at
                   for t in r.tokens[max(0, i - 3):i + 4]):
            return True
    return False
