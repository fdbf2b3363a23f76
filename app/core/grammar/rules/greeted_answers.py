"""«Да» или «нет» сразу после приветствия начинают ответ: «Здравствуйте, да(,) скидка есть», «Добрый день! Да(,)
доставка бесплатная».

At the start of a sentence «да» may be a particle of emphasis or of a wish («Да он просто шутит», «Да будет
свет»), so :mod:`introductory` asks for its comma only where the words after it make the answer sure. Right
after the greeting that opens a reply — after its comma or as the next sentence — «да» is neither: the writer
answers. A «нет» there may still be the predicate («Здравствуйте, нет связи с сервером»), so it answers only
before «не», a subject pronoun or a verb. In an exclamation «да» may be the retort's particle even there
(«Здравствуйте! Да это проще простого!»), and is left alone. The findings are OURS_YES_NO_COMMA's.
"""

from __future__ import annotations

from app.core.grammar.findings import Finding
from app.core.grammar.rules._base import SUBJECT_PRONOUNS, Text, finding, parses
from app.core.grammar.rules.address import GREETINGS
from app.core.grammar.rules.introductory import BE_AFTER_NO, PHRASES, YES_NO_COMMA, exclaims

RULES = ()  # the findings are OURS_YES_NO_COMMA's

# after «да» these make it a particle or a conjunction, or open a phrase that takes its own comma
_NOT_NEXT = frozenset({"и", "ну", "что", "ли", "же", "ж", "уж", "ведь", "вот", "да", "нет", "еще", "ещё", "или"}
                      | {phrase[0] for phrase in PHRASES})


def _greeting_before(t: Text, i: int) -> bool:
    """Words from the start of the sentence of word i-1 up to word i-1 are a greeting, perhaps with a name
    after its comma («Здравствуйте», «Добрый день, Анна»), and that sentence is the reply's first."""
    k = i - 1
    while k > 0 and not t.starts_sentence(k) and t.words[k].text[:1].isupper() and i - k <= 2:
        k -= 1  # a name the greeting addresses: «Добрый день, Анна Петровна, да…»
    for greeting in GREETINGS:
        first = k - len(greeting) + 1
        if first < 0 or any(t.words[first + n].low != w for n, w in enumerate(greeting)):
            continue
        names = range(k + 1, i)
        if first == 0 and all(t.plain_gap(first + n) for n in range(1, len(greeting))) \
                and (not names or t.gap_before(k + 1).strip() == ",") \
                and all(t.plain_gap(n) for n in names if n > k + 1):
            return True
    return False


def _answers(t: Text, i: int) -> bool:
    w, nxt = t.words[i], t.words[i + 1]
    if w.low == "да":
        return nxt.low not in _NOT_NEXT
    if nxt.low == "не" or nxt.low in SUBJECT_PRONOUNS:
        return True
    readings = parses(nxt.text)
    return bool(readings) and readings[0].tag.POS == "VERB" and nxt.low not in BE_AFTER_NO


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i, w in enumerate(t.words[:-1]):
        if w.low not in ("да", "нет") or i == 0 or not t.plain_gap(i + 1):
            continue
        gap = t.gap_before(i).strip()
        after_comma = gap == "," and not t.starts_sentence(i)
        if not (after_comma or t.opens_sentence(i) and gap[-1:] in ("!", ".")):
            continue
        if _greeting_before(t, i) and _answers(t, i) and not exclaims(t, i):
            nxt = t.words[i + 1]
            found.append(finding(YES_NO_COMMA, w.start, nxt.end, f"{w.text}, {nxt.text}"))
    return found
