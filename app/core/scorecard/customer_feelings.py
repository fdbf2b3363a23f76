"""The customer names their own feeling or haste outright, in words the lists of :mod:`customer` do not hold:

- **anger**: «я в ярости», «мы в полном бешенстве», «я вне себя», «я очень зла на вас» — a noun of rage after «в»,
  «вне себя», the short «зол/зла» of the customer; «ваша доставка меня измучила», «я измучилась с этим
  приложением», «меня это злит» — a verb of wearing out or angering with the customer as its object, or its
  reflexive told of the customer;
- **urgency**: «мы горим», «горю со сдачей», «у нас горят сроки» — «гореть» of the customer themself or of their
  deadline.

Either makes sympathy due (docs/scorecard_rubric.md, «Сочувствие»). Each finding is the words that showed it, as in
:mod:`customer`; a feeling denied («я не в ярости, просто спрашиваю») or asked about is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_RAGE = frozenset({"ярость", "бешенство", "гнев", "негодование", "возмущение", "злость", "истерика"})
# Verbs that wear the customer out or anger them: with «меня»/«нас» as the object, or reflexive of the customer.
_WEAR_OUT = frozenset({"измучить", "замучить", "вымотать", "извести", "разозлить", "злить", "взбесить", "выбесить",
                       "вывести", "измотать", "доконать"})
_WORN_OUT = frozenset({"измучиться", "замучиться", "вымотаться", "измотаться", "разозлиться", "злиться",
                       "взбеситься", "намучиться"})
_ANGRY = frozenset({"зол", "зла", "злы"})  # the short «злой»: the parser's first guess is «зло»
_US = frozenset({"меня", "нас"})
_SELF = frozenset({"я", "мы"})
# What burns when a customer's deadline does: «горят сроки», «горит сдача проекта».
_DEADLINES = frozenset({"срок", "дедлайн", "сдача", "отчёт", "отчет", "проект", "поставка", "запуск", "релиз", "план",
                        "экзамен", "заявка", "договор", "контракт", "работа"})


def _clauses(text: str, tokens: Sequence[Token], *, asked: bool = False) -> list[list[Token]]:
    """The customer's statements (and their questions if ``asked``), each as its tokens."""
    out = []
    for start, end in sentences(text):
        if not asked and text[start:end + 1].rstrip().endswith("?"):
            continue
        words = [t for t in tokens if start <= t.start < end]
        if words:
            out.append(words)
    return out


def _denied(words: Sequence[Token], i: int) -> bool:
    return any(t.lower in ("не", "ни") for t in words[max(0, i - 2):i])


def feelings_named(text: str, tokens: Sequence[Token]) -> list[str]:
    """Anger or weariness the customer names as their own: the words from the cue to its head."""
    found = []
    for words in _clauses(text, tokens):
        for i, tok in enumerate(words):
            nxt = words[i + 1] if i + 1 < len(words) else None
            # «в ярости», «в полном бешенстве», «вне себя»
            if tok.lower in ("в", "во") and not _denied(words, i):
                head = next((k for k in range(i + 1, min(i + 3, len(words)))
                             if words[k].tag.startswith("NOUN")), None)
                if head is not None and words[head].lemmas & _RAGE \
                        and all(words[k].tag.startswith("ADJF") for k in range(i + 1, head)):
                    found.append(text[tok.start:words[head].end])
            elif tok.lower == "вне" and nxt is not None and nxt.lower == "себя" and not _denied(words, i):
                found.append(text[tok.start:nxt.end])
            # «я очень зла», «мы злы на ваш сервис»
            elif tok.lower in _ANGRY and not _denied(words, i) \
                    and any(t.lower in _SELF for t in words[max(0, i - 3):i]):
                found.append(text[tok.start:tok.end])
            elif tok.tag.startswith("VERB") and not _denied(words, i):
                near = words[max(0, i - 3):i + 4]
                if tok.lemmas & _WEAR_OUT and any(t.lower in _US for t in near) \
                        and not ("вывести" in tok.lemmas and not any(t.lower == "себя" for t in words[i + 1:i + 4])):
                    found.append(text[tok.start:tok.end])  # «вывести» only as «вывести из себя»
                elif tok.lemmas & _WORN_OUT and ("1per" in tok.tag or any(t.lower in _SELF for t in near)):
                    found.append(text[tok.start:tok.end])
    return found


def burning(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Мы горим», «горю с отчётом», «у нас горят сроки»: «гореть» in the present of the customer or of a deadline —
    not «горит лампочка», a light that is on."""
    found = []
    for words in _clauses(text, tokens, asked=True):  # «Сроки горят, когда ответите?»
        for i, tok in enumerate(words):
            if "гореть" not in tok.lemmas or not tok.tag.startswith("VERB") or "pres" not in tok.tag \
                    or _denied(words, i):
                continue
            near = words[max(0, i - 3):i + 4]
            if "1per" in tok.tag or any(t.lemmas & _DEADLINES for t in near):
                found.append(text[tok.start:tok.end])
    return found


def own_feelings(text: str, tokens: Sequence[Token]) -> dict[str, list[str]]:
    """The states the customer names outright: anger (or weariness) and urgency, each with its words."""
    return {name: found for name, found in (("anger", feelings_named(text, tokens)), ("urgency", burning(text, tokens)))
            if found}
