"""Troubles a customer tells as a turn for the worse, with no complaint word, read from the dictionary's forms:

- **worse than before**: «почему API отдаёт 429? раньше всё работало», «почему взяли комиссию, раньше не брали» —
  a «почему» question beside «раньше» and a past verb: the customer sets how it was against how it is now;
- **a promised term that has passed**: «сказали до 30 дней, уже больше прошло», «обещали за неделю, прошло уже
  десять дней» — a term someone gave, and «уже … прошло» after it.

Each returns the words that show it, so the scorecard can say why empathy is due.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_ME = frozenset({"я", "мы", "сам", "сама", "сами"})


def _clauses(text: str, tokens: Sequence[Token]):
    """The customer's clauses (split at sentence ends and at «,;:—»), each as its tokens."""
    for start, end in sentences(text):
        cuts = [start] + [start + m.end() for m in re.finditer(r"[,;:—–]", text[start:end])] + [end]
        for a, b in zip(cuts, cuts[1:]):
            words = [t for t in tokens if a <= t.start < b]
            if words:
                yield a, b, words


def _sentence_words(text: str, tokens: Sequence[Token], at: int, before: int = 0) -> list[Token]:
    """The tokens of the sentence holding ``at`` and of the ``before`` sentences just ahead of it."""
    spans = sentences(text)
    for n, (start, end) in enumerate(spans):
        if start <= at < end:
            first = spans[max(0, n - before)][0]
            return [t for t in tokens if first <= t.start < end]
    return []


def worse_than_before(text: str, tokens: Sequence[Token]) -> list[str]:
    """«раньше всё работало», «раньше не брали», «раньше было нормально» in a text that asks «почему»: «раньше»
    followed within three words by a past verb (not «раньше, чем обещали», a comparison, nor «раньше срока»). With no
    «почему», only a verb of working, not negated, in a sentence that does not say it works now («API отдаёт 429 с
    утра, раньше всё работало»; not «раньше не работало, теперь работает»)."""
    asks_why = any(t.lower == "почему" for t in tokens)
    found = []
    for i, tok in enumerate(tokens):
        if tok.lower not in ("раньше", "прежде", "ранее"):
            continue
        after = tokens[i + 1:i + 4]
        if after and after[0].lower == "чем" or re.match(r"\s*,\s*чем\b", text[tok.end:tok.end + 8]):
            continue
        verb = next((t for t in after if t.tag.startswith("VERB") and "past" in t.tag), None)
        if verb is None or re.search(r"[.!?\n]", text[tok.end:verb.start]):
            continue
        if any(t.lower in _ME for t in tokens[i + 1:tokens.index(verb)]) or \
                (i and tokens[i - 1].lower in _ME and not re.search(r"[,.!?\n]", text[tokens[i - 1].end:tok.start])):
            continue  # «раньше я платила картой»: what the customer did, not how the service was
        if not asks_why and not _worked(text, tokens, verb):
            continue
        found.append(text[tok.start:verb.end])
    return found


# What worked before and, told so, does not now: «раньше всё работало», «раньше приходили уведомления».
_WORKED = frozenset({"работать", "приходить", "открываться", "загружаться", "грузиться", "показываться",
                     "отображаться", "проходить", "ловить", "включаться", "подключаться", "синхронизироваться"})


def _worked(text: str, tokens: Sequence[Token], verb: Token) -> bool:
    """A verb of working, not negated, in a sentence that does not set a working «теперь / сейчас» against it."""
    i = tokens.index(verb)
    if not verb.lemmas & _WORKED or i and tokens[i - 1].lower == "не":
        return False
    lowered = {t.lower for t in _sentence_words(text, tokens, verb.start)}
    return not ({"теперь", "сейчас", "если"} & lowered and "не" not in lowered)


_TERM_GIVEN = frozenset({"сказать", "обещать", "пообещать", "написать", "говорить", "сообщить", "срок", "обещанный"})


def promise_overrun(text: str, tokens: Sequence[Token]) -> list[str]:
    """«там сказали до 30 дней, уже больше прошло»: after a term given (said, promised, «срок») in the same sentence
    or the one before, a clause with «уже» and a past «пройти» (not «ещё не прошло», not «я уже прошла курс»)."""
    found = []
    for a, b, words in _clauses(text, tokens):
        lowered = [t.lower for t in words]
        if "уже" not in lowered or "не" in lowered or set(lowered) & _ME:
            continue
        passed = next((t for t in words if "пройти" in t.lemmas and "past" in t.tag), None)
        if passed is None:
            continue
        if any(t.lemmas & _TERM_GIVEN for t in _sentence_words(text, tokens, passed.start, before=1)):
            found.append(text[words[0].start:words[-1].end])
    return found
