"""An answer about another place than the one the customer named: «Доставляете в Тверь?» — «В Тулу доставляем за два
дня»; «Есть у вас офис в Казани?» — «В Самаре офис на Ленина, 5». The customer still does not know about their own
town (rubric, «Решение»: «ответ на другой вопрос»), so the sentence naming the other one is set aside, as an answer
about a neighbour is (:mod:`neighbour_named`).

A place is a word pymorphy reads as a place name (Geox) standing right after a preposition; the reply's place is
another when it stands after the same preposition as the customer's and the reply never names the customer's place
in any form. Not where the sentence offers it instead («ближайший», «можем предложить»), nor a place that holds
every other («по всей России», «в любом городе»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_INSTEAD = frozenset({"другой", "ближайший", "соседний", "вместо", "взамен", "альтернатива", "предложить",
                      "рекомендовать", "советовать", "забрать", "самовывоз"})
_EVERY = frozenset({"весь", "любой", "каждый"})


def _places(words: Sequence[Token]) -> list[tuple[str, Token]]:
    """(the preposition, the place) of each place name after a preposition, at most one adjective between."""
    found = []
    for i, t in enumerate(words):
        if "Geox" not in t.tag or not t.tag.startswith("NOUN"):
            continue
        j = i - 1
        if j >= 0 and words[j].tag.startswith("ADJF") and not words[j].lemmas & _EVERY:
            j -= 1
        if j >= 0 and words[j].tag.startswith("PREP"):
            found.append(({"во": "в", "со": "с"}.get(words[j].lower, words[j].lower), t))
    return found


def other_place(r: Reply) -> list[Span]:
    """The sentences (start, end) of the reply that name, after the customer's preposition, a place other than the
    customer's, where the reply never names the customer's place."""
    theirs = _places(r.customer_tokens)
    if not theirs:
        return []
    names = {x for _, t in theirs for x in t.lemmas} | {t.lower[:4] for _, t in theirs}
    if any(t.lemmas & names or t.lower[:4] in names for t in r.tokens if "Geox" in t.tag or t.text[:1].isupper()):
        return []
    preps = {p for p, _ in theirs}
    found: list[Span] = []
    for prep, place in _places(r.tokens):
        sentence = r.sentence_at(place.start)
        if prep not in preps or sentence in found or any(t.lemmas & (_INSTEAD | _EVERY) for t in r.tokens_in(*sentence)):
            continue
        found.append(sentence)
    return found
