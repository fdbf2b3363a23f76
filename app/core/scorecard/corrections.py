"""«Сколько стоит добавить 3 пользователей? // хотя нет, 5 пользователей» — «Три пользователя будут стоить 1 470 ₽»:
the customer corrected themselves, and the reply answers what they took back.

A correction opens with a word that takes back what was said («хотя нет», «хотя стоп», «поправка», «ой», «точнее»,
«вернее») and holds the new value. What it replaces is read by grammar, not guessed:
- a value negated in the correction: «поправка: не на неделю, на месяц», «ой, на 12, не на 6», «сноуборд, а не лыжи»
  — the negated word (a noun by its normal form, or a number) is the old value, the other one of its kind the new;
- a number before the same noun: «3 пользователей … хотя нет, 5 пользователей»;
- a run of figures said again with some changed: «номер 8 916 555 43 21 // ой, 8 916 555 34 21», or a code of as
  many digits said anew («цифры 4417 // ой, 4471»).
The reply is about the old case when it names an old value and none of the new ones.

A message that corrects a figure without such a mark is read by the figures alone («заказ 48213 … ой, не тот номер,
48231», «квартира 33, не 3», «опечатка: 4471»): the figure named as the wrong one, or the one group of a run of digits
that went when one of as many digits came.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

from app.core.phrase import phrase
from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.numbers import numbers
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, quote, tokenize

_MARK_RE = re.compile(r"(?i)(?<!\w)(?:хотя\s+нет|хотя\s+стоп|поправка|ой|точнее|вернее)(?!\w)")
_NEGATED_RE = re.compile(r"(?i)(?<!\w)не\s+(?:(?:на|в|во|за|с|до|по)\s+)?([\w-]+)")


def _values(tokens: list[Token], text: str) -> list[tuple[int, str]]:
    """Each number with the normal form of the noun right after it («3 пользователей» → (3, «пользователь»))."""
    out = []
    for value, _, end in numbers(tokens, text):
        noun = tokens[end] if end < len(tokens) and tokens[end].tag.startswith("NOUN") else None
        out.append((value, min(noun.lemmas) if noun is not None else ""))
    return out


def _negated(chunk: str) -> tuple[set[int], set[str], set[int], set[str]] | None:
    """«не на неделю, на месяц», «на 12, не на 6», «сноуборд, а не лыжи»: the old and the new numbers and nouns."""
    m = _NEGATED_RE.search(chunk)
    if m is None:
        return None
    old_word = tokenize(m.group(1))
    if not old_word:
        return None
    left = chunk[:m.start()] + " " + chunk[m.end():]
    rest = tokenize(left)
    said = numbers(tokenize(chunk[m.start(1):]), chunk[m.start(1):])
    if said and said[0][1] == 0:  # «не на 6», «не на три дня»: a number negated
        new = {v for v, _, _ in numbers(rest, left)}
        return ({said[0][0]}, set(), new, set()) if new else None
    if not old_word[0].tag.startswith("NOUN"):
        return None
    new_nouns = {min(t.lemmas) for t in rest if t.tag.startswith("NOUN") and "Geox" not in t.tag or
                 t.tag.startswith("NOUN") and "Geox" in old_word[0].tag}
    new_nouns -= set(old_word[0].lemmas)
    return (set(), set(old_word[0].lemmas), set(), new_nouns) if new_nouns else None


def _changed(before: str, chunk: str) -> tuple[set[int], set[int]]:
    """Numbers before the same noun («3 пользователей» → «5 пользователей»), or a run of figures said again with
    some changed («8 916 555 43 21» → «8 916 555 34 21»): the old and the new."""
    said = _values(tokenize(before), before)
    again = _values(tokenize(chunk), chunk)
    old, new = set(), set()
    for value, noun in again:
        for was, was_noun in said:
            if noun and noun == was_noun and value != was:
                old.add(was)
                new.add(value)
    said_set, again_set = {v for v, _ in said}, {v for v, _ in again}
    for value in again_set - said_set:  # «цифры 4417 … ой, 4471»: a code of as many digits, said anew
        same = {was for was in said_set - again_set if value >= 100 and len(str(was)) == len(str(value))}
        if same:
            old |= same
            new.add(value)
    if len(said_set & again_set) >= 2 and again_set - said_set:
        # the run said again: what changed in it
        old |= {v for v in said_set - again_set if v < 1000}
        new |= again_set - said_set
    return old - new, new


# A run of digits standing alone (a number, a group of a phone number, the digits of «SU1138»), not a decimal's part.
_GROUP_RE = re.compile(r"(?<![\d.,])\d+(?![\d])")
# «…, не 3», «не на 6», «а не 20»: the figure named as the wrong one.
_NOT_RE = re.compile(r"\bне\s+(?:(?:на|в|во|с|к|за|до)\s+)?(\d+)", re.IGNORECASE)
# Words that say a message puts right what an earlier one said.
_CORRECTING = frozenset({"поправка", "точнее", "вернее", "ошибиться", "перепутать", "опечатка", "опечататься",
                         "исправление", "ой"})
# «ой, и ещё заказ 55102» adds a figure, it corrects none.
_ADDING = frozenset({"ещё", "еще", "тоже", "также", "второй", "другой"})


def _groups(text: str) -> list[tuple[str, Span]]:
    return [(m.group(), (m.start(), m.end() - m.start())) for m in _GROUP_RE.finditer(text)]


def _figures_corrected(messages: Sequence[str]) -> list[tuple[str, set[str]]]:
    """(the figure taken back, the figures that replace it) for each message after the first that corrects."""
    found = []
    for k, message in enumerate(messages[1:], 1):
        words = tokenize(message)
        lemmas = set().union(*(t.lemmas for t in words)) if words else set()
        said = " ".join(w.lower for w in words)
        if not (lemmas & _CORRECTING or "не тот" in said or "хотя нет" in said) or lemmas & _ADDING:
            continue
        named_wrong = {m.group(1) for m in _NOT_RE.finditer(message)}
        here = {g for g, _ in _groups(message)}
        new = here - named_wrong
        before = {g for m in messages[:k] for g, _ in _groups(m)}
        if named_wrong and new:
            found += [(old, new) for old in named_wrong]
            continue
        # «8 916 555 43 21» … «ой, 8 916 555 34 21»: the group that went and the one that came, of one length
        fresh, gone = new - before, before - here
        for old in gone:
            same = {g for g in fresh if len(g) == len(old)}
            if len(old) >= 2 and len(same) == 1:
                found.append((old, same))
    return found


def figure_taken_back(reply: str, messages: Sequence[str]) -> tuple[Span, str, str] | None:
    """The first figure the reply repeats after the customer corrected it, as (its span, the old figure, the new one) —
    when the reply names none of the new figures; None otherwise."""
    groups = [g for g, _ in _groups(reply)]
    for old, new in _figures_corrected(messages):
        if old in groups and not new & set(groups):
            at = next(span for g, span in _groups(reply) if g == old)
            return at, old, sorted(new, key=len)[-1]
    return None


def superseded(r: Reply) -> tuple[str, Span] | None:
    """The customer's correction and the reply's span that names what it took back, or None."""
    told = "\n".join(r.customer_messages)
    reply_values = {v for v, _, _ in numbers(r.tokens, r.text)}
    reply_nouns = set().union(*(t.lemmas for t in r.tokens if t.tag.startswith("NOUN")))
    for mark in _MARK_RE.finditer(told):
        end = told.find("\n", mark.end())
        chunk = told[mark.start():end if end >= 0 else len(told)]
        old_n, old_w, new_n, new_w = set(), set(), set(), set()
        negated = _negated(chunk)
        if negated:
            old_n, old_w, new_n, new_w = negated
        else:
            old_n, new_n = _changed(told[:mark.start()], chunk)
        if not (old_n or old_w) or not (new_n or new_w):
            continue
        if new_n & reply_values or new_w & reply_nouns:
            continue  # the reply takes up the new value
        for value, start, stop in numbers(r.tokens, r.text):
            if value in old_n:
                return chunk.strip(), (r.tokens[start].start, r.tokens[stop - 1].end - r.tokens[start].start)
        for t in r.tokens:
            if t.tag.startswith("NOUN") and t.lemmas & old_w:
                return chunk.strip(), (t.start, t.end - t.start)
    return None


def took_back(r: Reply) -> ElementResult | None:
    """The «solution» verdict on a reply that answers what the customer took back, or None."""
    found = superseded(r)
    if found is not None:
        correction, span = found
        return ElementResult("solution", False, phrase(
            'Клиент поправил себя («{correction}»), а ответ — о том, что он взял назад ({quoted}): ему придётся '
            'переспрашивать.', correction=correction, quoted=quote(r.text, [span])), [span])
    stale = figure_taken_back(r.text, r.customer_messages)
    if stale is None:
        return None
    span, old, new = stale  # «ой, не 48213, а 48231» — «Заказ 48213 доставлен»
    return ElementResult("solution", False, phrase(
        'Клиент поправил «{old}» на «{new}», а ответ — о прежнем «{old}»: это ответ не на тот вопрос, '
        'который клиент задаёт теперь.', old=old, new=new), [span])
