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
from app.core.scorecard.words import Token

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
        found += _never_fails(words)
    return found


# Verbs of failing: «наши хранилища файлы не теряют», «система не ошибается», «наши кассы не сбоят».
_FAILING = frozenset({"терять", "ошибаться", "ломаться", "сбоить", "глючить", "зависать", "путать", "путаться",
                      "теряться", "пропадать", "ошибиться"})
# The company's own machinery, which a reply may claim never fails even without «наш».
_MACHINERY = frozenset({"система", "программа", "сервер", "сервис", "приложение", "алгоритм", "робот", "автоматика",
                        "терминал", "банкомат", "оборудование", "касса", "платформа", "сайт"})
# A rule of thumb admits that the thing may fail; a promise looks ahead, after a fix.
_HEDGES = frozenset({"обычно", "правило", "редко", "раньше", "больше", "впредь", "почти", "практически", "если"})


def _never_fails(words: list[Token]) -> list[Span]:
    """«Наши хранилища файлы не теряют», «система не ошибается»: the company's own things (a noun after «наш», or
    its machinery) said, in a negated present, never to fail — the customer's trouble denied as impossible."""
    if {t.lower for t in words} & _HEDGES:
        return []
    for i, tok in enumerate(words):
        if not tok.tag.startswith("NOUN") or "nomn" not in tok.tag and "accs" not in tok.tag:
            continue
        ours = i and "наш" in words[i - 1].lemmas
        if not ours and not (tok.lemmas & _MACHINERY and not (i and "ваш" in words[i - 1].lemmas)):
            continue
        for j in range(i + 1, min(i + 5, len(words) - 1)):
            verb = words[j + 1]
            if words[j].lower == "не" and verb.tag.startswith("VERB") and "pres" in verb.tag \
                    and verb.lemmas & _FAILING:
                start = words[i - 1].start if ours else tok.start
                return [(start, verb.end - start)]
    return []
