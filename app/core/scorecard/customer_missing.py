"""A trouble told as something missing or charged against what was due, without a complaint word:

- **missing from what came**: «В заказе нет зарядки», «в коробке не хватает двух винтов», «обещанного бассейна не
  было» — a statement that a thing is absent («нет», «не было», «не хватает», «недостаёт») from an order, a parcel,
  a set, or that a thing promised was absent;
- **charged though it was not due**: «С меня взяли 2 000 за завтраки, хотя в брони написано „завтрак включён“» —
  money taken (a past verb of taking) in a sentence that sets «хотя» against it.

The rubric (docs/scorecard_rubric.md, «Сочувствие») counts as a complaint any trouble the customer reports, however
calmly: «не пришло», «списали». A question («В заказе нет зарядки?» asks what the kit holds) or a supposed case
(«если в посылке не хватит…») reports nothing; each returns the words that show it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, morph, sentences

# What comes to the customer holding things: an order, a parcel, a box, a set.
_HOLDERS = frozenset({"заказ", "посылка", "коробка", "комплект", "набор", "упаковка", "пакет", "доставка",
                      "комплектация", "отправление", "чемодан"})
_ABSENT = frozenset({"нет", "недоставать", "хватать"})
_PROMISED = frozenset({"обещанный", "обещать", "заявленный", "оплаченный"})
_NOTHING = frozenset({"ничего", "никаких", "ни", "проблем"})
_TAKE = frozenset({"взять", "списать", "снять", "начислить", "удержать", "выставить"})


def _statements(text: str, tokens: Sequence[Token]):
    for start, end in sentences(text):
        if text[start:end].rstrip().endswith("?"):
            continue
        words = [t for t in tokens if start <= t.start < end]
        if words and not any(t.lower in ("если", "вдруг", "чтобы") for t in words):
            yield words


def _absence(words: Sequence[Token]) -> Token | None:
    """«нет», «не было», «не хватает», «недостаёт»: the word that tells a thing is absent, or None."""
    for i, t in enumerate(words):
        if i + 1 < len(words) and words[i + 1].lower in _NOTHING:
            continue  # «в заказе нет ничего лишнего»: nothing is missing
        if t.lower == "нет" or "недоставать" in t.lemmas and t.tag.startswith("VERB"):
            return t
        if i and words[i - 1].lower == "не" and ("хватать" in t.lemmas or t.lower == "было"):
            return t
    return None


def missing_thing(text: str, tokens: Sequence[Token]) -> list[str]:
    """«В заказе 50331 нет зарядки», «обещанного бассейна не было»: a thing absent from what came, or promised."""
    found = []
    for words in _statements(text, tokens):
        absent = _absence(words)
        if absent is None:
            continue
        held = next((t for t, nxt in zip(words, words[1:]) if t.lower in ("в", "во") and nxt.lemmas & _HOLDERS
                     and any(p.tag.case == "loct" for p in morph().parse(nxt.lower))), None)
        promised = next((t for t in words if t.lemmas & _PROMISED and t.tag.startswith(("PRTF", "ADJF"))), None)
        first = held or promised
        if first is not None:
            found.append(text[min(first.start, absent.start):max(first.end, absent.end)])
    return found


def charged_though(text: str, tokens: Sequence[Token]) -> list[str]:
    """«взяли 2 000 за завтраки, хотя в брони написано „завтрак включён“»: money taken, not by the customer, and
    «хотя» after it in the sentence — charged against what was due («хотя» before it concedes: «хотя я оплатил
    вовремя, …» is read elsewhere)."""
    found = []
    for words in _statements(text, tokens):
        taken = next((t for t in words if t.lemmas & _TAKE and t.tag.startswith("VERB") and "past" in t.tag
                      and "plur" in t.tag), None)
        if taken is None or any(t.lower in ("я", "мы") for t in words if t.start < taken.start):
            continue
        though = next((t for t in words if t.lower == "хотя" and t.start > taken.end), None)
        if though is not None:
            found.append(text[taken.start:though.end])
    return found
