"""«It works as it should», said back to a customer who reports that it does not (docs/scorecard_rubric.md, «Тон»:
«наша система не может ошибаться» — «с нашей стороны всё верно, без вариантов», «у остальных клиентов всё хорошо»):

- «По нашим данным, API работает штатно», «Роутер у вас работает нормально: …, значит, проблема в телевизоре»,
  «сервис работает без сбоев» — a present, not negated «работать» of a thing, with a word of normal working beside it
  («штатно», «нормально», «исправно», «корректно», «без сбоев», «в штатном режиме»), to a customer who complains, is
  angry or writes again: the fault they saw denied as a fact.

A result the operator found by a check of their own («Я проверила линию: она работает исправно») reports the check,
and a question («Сейчас всё работает нормально?») asks; neither denies.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply

_NORMAL = frozenset({"штатно", "нормально", "исправно", "корректно", "стабильно"})
_WITHOUT = frozenset({"сбой", "перебой", "ошибка", "проблема"})
_CHECKING = frozenset({"проверить", "посмотреть", "протестировать", "перепроверить"})


def works_fine(r: Reply) -> list[Span]:
    """Spans of «работает штатно» and the like, said to an upset customer."""
    if not {"complaint", "anger", "repeat"} & set(r.customer.states):
        return []
    found = []
    for start, end in r.sentences:
        if r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        if any(t.lemmas & _CHECKING and "past" in t.tag for t in words):
            continue
        for i, tok in enumerate(words):
            if "работать" not in tok.lemmas or "pres" not in tok.tag or "3per" not in tok.tag \
                    or (i and words[i - 1].lower == "не"):
                continue
            near = words[max(0, i - 2):i] + words[i + 1:i + 4]
            normal = next((t for t in near if t.lower in _NORMAL), None)
            if normal is None:  # «без сбоев», «в штатном режиме»
                after = [t for t in words[i + 1:i + 3]]
                if len(after) == 2 and after[0].lower == "без" and after[1].lemmas & _WITHOUT:
                    normal = after[1]
                elif len(after) == 2 and after[0].lower == "в" and "штатный" in after[1].lemmas:
                    normal = after[1]
            if normal is not None:
                a, b = min(tok.start, normal.start), max(tok.end, normal.end)
                found.append((a, b - a))
    return found
