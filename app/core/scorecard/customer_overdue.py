"""A term the company gave that has run out, told without «уже»: the customer quotes what they were promised and
then says how much time has gone by, or that nothing has come. Each is a broken promise — a delay, which the rubric
lists among complaints (docs/scorecard_rubric.md, «Сочувствие»: «задержали», «не пришло»), so sympathy is due:

- **time gone since the term**: «Мастер сказал, что заменит счётчик за два дня. Прошло пять.», «обещали за неделю,
  прошёл месяц» — after a term given (said, promised, «должны были», «срок») in the same sentence or the one before,
  a past «пройти» of a span of time, not negated, not «я прошла курс», not «прошло всего 10 минут»;
- **the promise dated back**: «Менеджер обещал выслать договор в понедельник, это было неделю назад» — «было … назад»
  in a clause after the promise;
- **nothing since**: «Отправила заявление 3-го, пока ничего», «Подал документы. До сих пор тишина» — a clause that is
  only «пока / до сих пор / так и» + «ничего / тишина / нет», after a thing the customer did or was promised.

(:func:`customer_cues.promise_overrun` reads the same wait when it is said with «уже … прошло».)
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, parts_with_tokens, sentences

_GIVEN = frozenset({"сказать", "обещать", "пообещать", "написать", "говорить", "сообщить", "срок", "обещанный",
                    "должный", "обещание", "заверить", "назначить"})
_SPAN = frozenset({"минута", "час", "день", "неделя", "месяц", "сутки", "год", "полдня", "полчаса", "срок"})
_ONLY = frozenset({"всего", "только", "лишь", "ещё", "еще"})
_I_WE = frozenset({"я", "мы", "сам", "сама", "сами"})
_STILL = frozenset({"пока", "до", "сих", "пор", "так", "и", "всё", "все", "ещё", "еще"})
_NOTHING = frozenset({"ничего", "тишина", "нет", "глухо", "ноль"})


def _sentence_of(text: str, at: int) -> tuple[int, int, int]:
    """The start of the sentence before the one holding ``at``, that sentence's start and its end."""
    spans = sentences(text)
    for n, (start, end) in enumerate(spans):
        if start <= at < end:
            return spans[max(0, n - 1)][0], start, end
    return at, at, at


def _span_gone(words: Sequence[Token]) -> bool:
    """«Прошла неделя», «прошло 17», «прошло пять»: a past «пройти» whose clause names a span or a figure."""
    lowered = [t.lower for t in words]
    verb = next((i for i, t in enumerate(words) if "пройти" in t.lemmas and "past" in t.tag), None)
    if verb is None or "не" in lowered[max(0, verb - 2):verb] or set(lowered) & (_I_WE | _ONLY):
        return False
    rest = words[verb + 1:] + words[:verb]
    return any(t.lemmas & _SPAN or t.lower.isdigit() or "NUMR" in t.tag for t in rest)


def _dated_back(words: Sequence[Token]) -> bool:
    """«это было неделю назад»: the promise placed in the past by «было … назад»."""
    lowered = [t.lower for t in words]
    return "было" in lowered and "назад" in lowered[lowered.index("было"):] and not set(lowered) & _I_WE


def _nothing_since(words: Sequence[Token]) -> bool:
    """«пока ничего», «до сих пор тишина», «так и нет»: the whole clause says nothing has come."""
    lowered = [t.lower for t in words]
    return (0 < len(lowered) <= 4 and lowered[-1] in _NOTHING and lowered[0] in {"пока", "до", "так"}
            and set(lowered[:-1]) <= _STILL)


def term_lapsed(text: str, tokens: Sequence[Token]) -> list[str]:
    """The clause that tells a given term has run out, or that nothing came after it, each after a promise or a
    deed of the customer's in the same sentence or the one before."""
    found = []
    for start, end, words in parts_with_tokens(text, tokens):
        if not words:
            continue
        first, own, _ = _sentence_of(text, start)
        before = [t for t in tokens if first <= t.start < start]
        given = any(t.lemmas & _GIVEN for t in before)
        if (_span_gone(words) or _dated_back(words)) and given:
            found.append(text[words[0].start:words[-1].end])
        elif _nothing_since(words) and (given or any("VERB" in t.tag and "past" in t.tag for t in before)):
            found.append(text[words[0].start:words[-1].end])
    return found
