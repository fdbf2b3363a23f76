"""What a why-question asks about when it comes after other clauses of its sentence.

«Хочу сменить тариф, но тут плата 90 рублей, откуда она?» asks where the fee comes from; «хочу сменить тариф» only
sets the scene, and a reply that tells how to change the tariff has not said why the fee is there. A why-word that
opens a later comma part of the sentence asks about that part — and, when the part names nothing but a pronoun
(«откуда он?», «почему так?»), about the part just before it too, where the pronoun's noun stands. A why-word in the
first part keeps the whole sentence («Почему, если я всё оплатил, меня отключили?»).
"""

from __future__ import annotations

import re

from app.core.scorecard.questions import topic_words

_PARTS_RE = re.compile(r"\s*[,;:—–]\s*")


def why_scope(chunk: str, why_words: frozenset[str]) -> str:
    """The part of ``chunk`` its why-word asks about (the whole chunk when the why-word opens it)."""
    parts = [p for p in _PARTS_RE.split(chunk) if p.strip()]
    at = next((i for i, p in enumerate(parts)
               if any(w.lower().replace("ё", "е") in why_words for w in re.findall(r"\w+", p))), None)
    if not at:
        return chunk
    scope = parts[at]
    if not topic_words(scope):  # «откуда он?»: what «он» stands for is in the part before
        scope = f"{parts[at - 1]}, {scope}"
    return scope
