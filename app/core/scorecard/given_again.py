"""«Новый адрес: Казань, ул. Чистопольская, 20» — «Уточните, пожалуйста, новый адрес подключения»; «последние цифры
4471» — «подскажите последние 4 цифры карты»: the reply asks for a detail the customer already gave.

A detail is given when the customer wrote its noun with its value right after it: after a colon or a dash
(«Адрес: …», «почта — …»), or as the next word — a figure, a Latin word (an e-mail, a login), or a place name
(«адрес Казань, …»). `answer_forms.asked_again` reads a noun with a figure right after it in the same way, but lets
the operator's ask through when a figure follows it; here a count before the noun («последние 4 цифры») is part of
what is asked, not the value given.

The ask is a bidding of the customer to tell (уточните, подскажите, напишите, назовите, укажите, сообщите,
продиктуйте), with no other step before it in its sentence, whose object — the first noun after it in its sentence, past adjectives, counts and «пожалуйста» — is
the given noun.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

# Verbs that bid the customer tell a detail — not «пришлите файл», «отправьте номер в СМС», which send a thing.
_ASK_FOR = frozenset({"уточнить", "подсказать", "написать", "назвать", "указать", "сообщить", "продиктовать"})
# Words that may stand between the ask and its object: «уточните, пожалуйста, новый адрес», «последние 4 цифры».
_BETWEEN = ("ADJF", "NUMB", "PRCL", "PRTF", "NUMR")


def _given(r: Reply) -> set[str]:
    """The normal forms of the customer's nouns written with their value right after them."""
    mine, text = r.customer_tokens, "\n".join(r.customer_messages)
    found = set()
    for i, tok in enumerate(mine[:-1]):
        nxt = mine[i + 1]
        if not tok.tag.startswith("NOUN") or "\n" in text[tok.end:nxt.start]:
            continue
        gap = text[tok.end:nxt.start].strip()
        marked = gap in (":", "—", "-", "–")
        value = nxt.tag.startswith(("NUMB", "LATN")) or "Geox" in nxt.tag
        if (marked and nxt.tag.split(",")[0] not in ("VERB", "CONJ", "PREP")) or (not gap and value):
            found |= set(tok.lemmas)
    return found


def given_asked(r: Reply) -> list[Span]:
    """The reply's asks for a detail the customer already gave, as spans of the verb that asks."""
    given = _given(r)
    if not given:
        return []
    tokens = r.tokens
    found = []
    for start in {s[0] for s in r.imperatives[0]}:
        i = next((k for k, t in enumerate(tokens) if t.start == start), None)
        if i is None or not tokens[i].lemmas & _ASK_FOR:
            continue
        begin, end = r.sentence_at(start)
        # «загрузите работу или напишите номер»: a step of a procedure, another imperative before it in the sentence
        if any(begin <= s[0] < start for s in r.imperatives[0]):
            continue
        k = _object(tokens, i, end)
        if k is not None and tokens[k].lemmas & given and not _value_after(tokens, k, end):
            found.append((tokens[i].start, tokens[i].end - tokens[i].start))
    return sorted(found)


def _object(tokens: list[Token], i: int, end: int) -> int | None:
    for k in range(i + 1, min(i + 7, len(tokens))):
        tok = tokens[k]
        if tok.start >= end:
            return None
        if tok.tag.startswith("NOUN"):
            return k
        if not tok.tag.startswith(_BETWEEN):
            return None
    return None


_VALUE_RE = re.compile(r"^(?:NUMB|LATN)")


def _value_after(tokens: list[Token], k: int, end: int) -> bool:
    """«уточните номер 48213 — он ваш?»: the value said back with the noun checks it, it does not ask for it."""
    return any(_VALUE_RE.match(t.tag) for t in tokens[k + 1:k + 3] if t.start < end)
