"""A sentence about another instance of the thing the customer asks about.

«Вчерашний вебинар не записался?» — «Следующий вебинар пройдёт в четверг»; «Почему не начислили кешбэк за
февраль?» — «С марта у нас новые категории кешбэка»: the reply takes up the customer's word and still speaks of
another webinar, another month. The customer pinned the thing down — a past day («вчерашний», «прошлый»), a
month, or as what did not happen («не пришёл») — and the sentence names a next one («следующий», «очередной»),
starts from another month («с марта») or holds for a later period («на следующий месяц») without the customer's
own. Such a sentence answers nothing about this one: the solution judge sets it aside.
A sentence that keeps the customer's anchor («кешбэк за февраль придёт в марте») speaks of this one.

So does a rule for all such things told to «Где мой заказ 4512?» or «Что с моей посылкой?» («Посылки по России
доставляются за 5–7 дней»): the customer asked the state of their one thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.core.scorecard.card import Span
from app.core.scorecard.questions import content, dated, questions, sentence_before
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CALENDAR, PART_RE, Token, morph, tokenize

_MONTHS = CALENDAR - {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"}
# What pins a thing to one past occurrence: «вчерашний вебинар», «прошлый платёж».
_PAST = frozenset({"вчерашний", "позавчерашний", "прошлый", "прошедший", "предыдущий", "сегодняшний", "утренний"})
# What makes a thing another, later occurrence: «следующий вебинар», «очередной платёж».
_NEXT = frozenset({"следующий", "очередной", "будущий", "предстоящий"})
_PERIODS = frozenset({"неделя", "месяц", "квартал", "год", "сезон", "период", "семестр"})


def other_instances(r: Reply) -> list[Span]:
    """The parts of the reply's sentences that take up a noun the customer pinned to one past day or month and speak
    only of a later occurrence of it: from the clause that names the later one to the sentence's end («Повтор
    выложим до пятницы, а очередной урок пройдёт в среду» keeps its first clause)."""
    found: list[Span] = []
    for chunk in questions(r):
        words = tokenize(chunk)
        # «Бонусы так и не пришли. Почему?», «Прошлый урок отменили. Вернёте деньги за него?»: the thing is named in
        # the sentence before
        if not content(words) or any(t.tag.startswith("NPRO") and "3per" in t.tag for t in words):
            words = tokenize(sentence_before(r, chunk)) + words
        anchors = {x for t in words for x in t.lemmas & (_MONTHS | _PAST)}
        # «Кешбэк не пришёл, почему?»: what did not happen is pinned to its own past occurrence too
        failed = any(i and words[i - 1].lower == "не" and _past(t.lower) for i, t in enumerate(words))
        if not anchors and not failed:
            continue
        kept = content(words)
        nouns = {x for t in words if t.tag.startswith("NOUN") and t.lower in kept and not t.lemmas & _MONTHS
                 for x in t.lemmas}
        for start, end in r.sentences:
            here = r.tokens_in(start, end)
            if r.text[start:end].rstrip().endswith("?") or any(t.lemmas & anchors for t in here) \
                    or not any(t.lemmas & nouns for t in here):
                continue
            at = _next_of(here, nouns)
            if at is None and anchors & _MONTHS:  # «с апреля» may tell why a thing not pinned to a month is not yet
                at = _from_another_month(here)
            at = at if at is not None else _for_next_period(here)
            if at is None:
                continue
            # the clause that names the later occurrence, and what follows it
            cut = max((i + 1 for i in range(start, at) if r.text[i] in ",;:—–"), default=start)
            if (cut, end) not in found:
                found.append((cut, end))
    return found + [span for span in _of_the_kind(r) if span not in found]




def _of_the_kind(r: Reply) -> list[Span]:
    """«Где мой заказ 4512?», «Что с моей посылкой?» — «Посылки по России доставляются за 5–7 дней»: the state of
    the customer's one thing is asked, and the clause tells in the general present what happens to all such things
    (the noun in the plural, or «обычно»; nothing of «ваш»). With what follows it in its sentence, up to a clause
    about this one («…, ваш уже в пути»)."""
    mine = set()
    for chunk in questions(r):
        words = tokenize(chunk)
        if not any(t.lower == "где" or t.lower == "что" and i + 1 < len(words) and words[i + 1].lower in ("с", "со")
                   for i, t in enumerate(words)):
            continue
        mine |= {x for i, t in enumerate(words) if t.tag.startswith("NOUN") and "sing" in t.tag
                 and (any("мой" in w.lemmas for w in words[max(0, i - 2):i])
                      or i + 1 < len(words) and words[i + 1].lower.isdigit()) for x in t.lemmas}
    if not mine:
        return []
    found = []
    for start, end in r.sentences:
        clauses = list(PART_RE.finditer(r.text, start, end))
        general = next((n for n, m in enumerate(clauses) if _general(r, m, mine)), None)
        if general is None:
            continue
        last = next((n for n in range(general + 1, len(clauses)) if _about_this(r, clauses[n])), len(clauses))
        found.append((clauses[general].start(), clauses[last - 1].end()))
    return found


def _general(r: Reply, clause: re.Match, mine: set[str]) -> bool:
    """The clause says in the present what happens to such things in general, not to the customer's one."""
    words = r.tokens_in(clause.start(), clause.end())
    # «Посылки доставляются», «доставляют»: the third person — not «вы можете посмотреть»
    present = [t for t in words if t.tag.startswith("VERB") and "pres" in t.tag and "3per" in t.tag
               and not dated(t.lower)]
    # «Посылки доставляются за 5–7 дней», «Багаж обычно доставляют за 2–3 дня»
    return (any(t.lemmas & mine and _plural_subject(t.lower) for t in words) and any("plur" in t.tag for t in present)
            or bool(present) and any(t.lower == "обычно" for t in words)) and not _about_this(r, clause)


@lru_cache(maxsize=5_000)
def _plural_subject(lower: str) -> bool:
    """«Посылки» may be the plural subject, though its likeliest reading is the genitive singular."""
    return any(p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "nomn" for p in morph().parse(lower))


def _about_this(r: Reply, clause: re.Match) -> bool:
    """«ваш уже в пути», «отправили вчера», «будет завтра»: a clause of the customer's own thing or of a dated event."""
    words = r.tokens_in(clause.start(), clause.end())
    return any("ваш" in t.lemmas or t.tag.startswith(("VERB", "PRTS")) and dated(t.lower) for t in words)


def _next_of(words: Sequence[Token], nouns: set[str]) -> int | None:
    """«Следующий вебинар», «очередной платёж по кредиту»: a word of the question named as the next one — where."""
    return next((t.start for i, t in enumerate(words)
                 if t.lemmas & _NEXT and any(w.lemmas & nouns for w in words[i + 1:i + 3])), None)


def _from_another_month(words: Sequence[Token]) -> int | None:
    """«С марта у нас новые категории»: a change from a month on — where (the caller has checked that the customer's
    month is not among the sentence's words)."""
    return next((t.start for t, nxt in zip(words, words[1:]) if t.lower in ("с", "со") and nxt.lemmas & _MONTHS),
                None)


def _for_next_period(words: Sequence[Token]) -> int | None:
    """«Категории на следующий месяц», «со следующего месяца»: what holds for a later period — where. Not «в следующем
    месяце», which may be the when of this one («кешбэк придёт в следующем месяце»)."""
    return next((t.start for t, adj, noun in zip(words, words[1:], words[2:])
                 if t.lower in ("на", "с", "со") and adj.lemmas & _NEXT and noun.lemmas & _PERIODS
                 and "loct" not in noun.tag), None)


@lru_cache(maxsize=5_000)
def _past(lower: str) -> bool:
    """A past verb by any reading: «пришли» is «прислать» in the imperative too."""
    return any(p.tag.POS == "VERB" and p.tag.tense == "past" for p in morph().parse(lower))
