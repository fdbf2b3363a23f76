"""«До скидки или после?» — «После скидки: …»: an alternative question answered by its pick alone (issue 15, «Решение»).

A customer who asks «X или Y?» is answered as soon as the reply names one of the two: «На оба: 20 % …» to «на оба
номера или только на новый?», «Картой: …» to «картой или наличными?». Russian answers such a question with the
alternative alone, no verb — the verb of the question is understood. So: the customer's question has «или» between
two sides; a sentence of the reply opens with a short verbless part (up to the first colon, dash, comma or stop, at
most four words) whose first word that belongs to one side only belongs to that side. A word both sides share
(«на» in «на оба … или на новый») decides nothing, and a part with a verb («После оплаты придёт письмо») is a
statement of its own, not a pick.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, sentences, tokenize

_CUT_RE = re.compile(r"[:,.;!—–]|\s-\s")
_VERBAL = ("VERB", "INFN", "PRTS", "PRED")


def _word(t: Token) -> bool:
    return t.text[:1].isalpha()


def _sides(r: Reply) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The two sides of each «X или Y?» the customer asked: the lemmas of up to three words before «или» and of up to
    four after it, within the question."""
    found = []
    text = "\n".join(r.customer_messages)
    tokens = tokenize(text)
    for start, end in sentences(text):
        if "?" not in text[start:end]:
            continue
        words = [t for t in tokens if start <= t.start < end]
        for i, tok in enumerate(words):
            if tok.lower != "или":
                continue
            before = []
            for t in reversed(words[:i]):
                if not _word(t):
                    if t.text in (",", "—", ":", "-", "–"):
                        break
                    continue
                before.insert(0, t)
                if len(before) == 3:
                    break
            after = []
            for t in words[i + 1:]:
                if t.text in ("?", ",", "."):
                    break
                if _word(t):
                    after.append(t)
                if len(after) == 4:
                    break
            if before and after:
                found.append((frozenset().union(*(t.lemmas for t in before)),
                              frozenset().union(*(t.lemmas for t in after))))
    return found


def alternative_picked(r: Reply, aside: Sequence[Span] = ()) -> list[Span]:
    """The short verbless opening of a reply sentence that names one side of the customer's «X или Y?»."""
    sides = _sides(r)
    if not sides:
        return []
    found = []
    for start, end in r.sentences:
        if any(a[0] <= start < a[0] + a[1] for a in aside):
            continue
        cut = _CUT_RE.search(r.text, start, end)
        if cut and cut.group() == "!" or not cut and r.text[start:end].rstrip().endswith("!"):
            continue  # «Хорошего дня!», «Добрый день!»: a wish or a greeting, not a pick
        head = [t for t in r.tokens_in(start, cut.start() if cut else end)]
        words = [t for t in head if _word(t)]
        if not words or len(words) > 4 or any(t.tag.startswith(_VERBAL) for t in words):
            continue
        for a, b in sides:
            picked = None
            for t in words:
                in_a, in_b = bool(t.lemmas & a), bool(t.lemmas & b)
                if in_a != in_b:
                    picked = t
                    break
            if picked is not None:
                found.append((words[0].start, words[-1].end - words[0].start))
                break
    return found
