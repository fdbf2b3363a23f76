"""Thanks for a trouble put right: the sentences where the customer only thanks, though they name the trouble.

«Спасибо, что вернули деньги за сбой», «Спасибо, что так быстро исправили ошибку в счёте», «Спасибо, перерасчёт
увидела, 500 вместо 800, всё верно»: the trouble word («сбой», «ошибка», «вместо») tells what was put right and
is thanked for — a customer who writes so is calm (docs/scorecard_rubric.md, «Сочувствие»: «благодарит» — `na`).

A sentence is such thanks when it thanks («спасибо», «благодарю») and either thanks for a deed of putting right
(«…, что вернули», «за то, что исправили»: a past verb of remedy, not negated) or says that all is now right
(«всё верно», «всё правильно», «всё сходится»), and nothing in it turns the other way: no question, no «но»,
«однако», «только», no «не» before a verb («Спасибо, что вернули, но не всё» still complains). Irony («Спасибо, что
списали дважды») thanks for a harm, which is no remedy, and stays a complaint.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_THANKING = frozenset({"спасибо", "благодарить", "благодарный", "мерси"})
# Deeds that put a trouble right.
_REMEDIES = frozenset({"вернуть", "исправить", "пересчитать", "компенсировать", "возместить", "починить", "решить",
                       "заменить", "восстановить", "устранить", "разобраться"})
# «всё верно»: the customer checked and all is right now.
_RIGHT = frozenset({"верно", "правильно", "сходиться", "корректно"})
_ALL = frozenset({"всё", "все"})
_TURNS = frozenset({"но", "однако", "только", "хотя", "зато"})


def _remedy_thanked(words: Sequence[Token]) -> bool:
    """«Спасибо, что вернули…», «благодарю за то, что исправили…»: a past verb of remedy after the thanks."""
    thank = next((i for i, t in enumerate(words) if t.lemmas & _THANKING), None)
    if thank is None:
        return False
    return any(t.tag.startswith("VERB") and "past" in t.tag and t.lemmas & _REMEDIES for t in words[thank + 1:])


def _all_right(words: Sequence[Token]) -> bool:
    """«всё верно», «всё сходится»: «всё» and a word of being right, side by side."""
    return any(a.lower in _ALL and b.lemmas & _RIGHT for a, b in zip(words, words[1:]))


def thanked_spans(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The sentences (start, end) in which the customer thanks for a trouble put right, or thanks and says all is
    right; the troubles named in them are over."""
    spans = []
    thanks_anywhere = any(t.lemmas & _THANKING for t in tokens)
    for start, end in sentences(text):
        if "?" in text[start:end]:
            continue
        words = [t for t in tokens if start <= t.start < end]
        lowered = [t.lower for t in words]
        if set(lowered) & _TURNS or any(w in ("не", "ни") and nxt.tag.startswith(("VERB", "PRTS", "PRED"))
                                        for w, nxt in zip(lowered, words[1:])):
            continue
        if _remedy_thanked(words) or (thanks_anywhere and _all_right(words)):
            spans.append((start, end))
    return spans
