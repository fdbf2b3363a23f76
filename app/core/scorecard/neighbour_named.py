"""An answer about a neighbour: the customer names one thing of a kind — «карта Мир», «тариф «Старт»», «курс
«Python»» — and a sentence of the reply speaks of others of that same kind by their names («карты Visa и Mastercard
работают за границей», «тариф «Бизнес» включает…») while the customer's own is named nowhere in the reply. Such a
sentence answers a question nobody asked: the customer still does not know about theirs (rubric, «Решение»: «ответ
на другой вопрос»). The solution judge sets it aside.

A name is a word in «quotes», a Latin word or a capitalised word inside a sentence; its kind is the common noun just
before it («карта», «тариф»), or the kind of the name before it in a list («Visa и Mastercard»).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, tokenize

# Words that offer the thing named as another one: an alternative, not a neighbour.
_INSTEAD = frozenset({"другой", "следующий", "новый", "вместо", "взамен", "альтернатива", "похожий", "аналог",
                      "аналогичный", "предложить", "рекомендовать", "советовать", "перейти", "переход"})
_LIST = frozenset({"и", "или", ",", "либо"})


def _named(text: str, words: Sequence[Token]) -> list[tuple[frozenset[str], str, int]]:
    """(the kind's normal forms, the name in lower case, where the name starts) of each kind-and-name pair."""
    found: list[tuple[frozenset[str], str, int]] = []
    for i, t in enumerate(words):
        if i == 0 or not _name(text, words, i):
            continue
        before = words[i - 1]
        # «в кабинете: «Мои брони»» is a path: the kind stands right before its name
        if text[before.end:t.start] in (" ", " «") and before.tag.startswith("NOUN") and len(before.lower) >= 3 \
                and "anim" not in before.tag.split(",") and not (i >= 2 and _name(text, words, i - 1)):
            found.append((before.lemmas, t.lower, t.start))
        elif found and found[-1][2] == before.start and not text[before.end:t.start].strip(" »«"):
            found.append((found[-1][0], t.lower, t.start))  # «чайник Bork K810»: one name in two words
        elif found and found[-1][2] == before.start and text[before.end:t.start].strip(" »«") == ",":
            found.append((found[-1][0], t.lower, t.start))  # «Visa, Mastercard»
        elif found and i >= 2 and found[-1][2] == words[i - 2].start and before.lower in _LIST:
            found.append((found[-1][0], t.lower, t.start))  # «Visa и Mastercard»
    return found


def _name(text: str, words: Sequence[Token], i: int) -> bool:
    t = words[i]
    if t.tag == "LATN" and len(t.lower) >= 2:
        return True
    if text[max(0, t.start - 1):t.start] == "«":
        return True
    gap = text[words[i - 1].end:t.start]
    return t.text[:1].isupper() and t.text[1:2].islower() and not any(c in gap for c in ".!?\n")


def neighbour_named(r: Reply) -> list[Span]:
    """The sentences (start, end) of the reply that name other things of the kind the customer named, and not the customer's."""
    theirs: dict[str, set[str]] = {}
    names: set[str] = set()  # every name the customer wrote, of a kind or not («с тарифа «Команда» на «Старт»»)
    for message in r.customer_messages:
        words = tokenize(message)
        names |= {x for i, t in enumerate(words) if i and _name(message, words, i) for x in t.lemmas | {t.lower}}
        for kind, name, _ in _named(message, words):
            for k in kind:
                theirs.setdefault(k, set()).add(name)
    if not theirs:
        return []
    said = {t.lower for t in r.tokens} | {x for t in r.tokens for x in t.lemmas}
    found = []
    for kind, name, at in _named(r.text, r.tokens):
        own = set().union(*(theirs.get(k, set()) for k in kind))
        lemmas = next((t.lemmas for t in r.tokens if t.start == at), frozenset())
        if not own or name in names or lemmas & names or own & said:
            continue
        sentence = r.sentence_at(at)
        words = r.tokens_in(*sentence)
        # «Я переоформила билет на рейс SU 1238», «могу предложить тариф «Бизнес»», «другой тариф — «Бизнес»»:
        # the operator's doing or an alternative offered is a way, not an answer about a neighbour
        if sentence in found or any("1per" in t.tag or t.lemmas & _INSTEAD for t in words):
            continue
        found.append(sentence)
    return found
