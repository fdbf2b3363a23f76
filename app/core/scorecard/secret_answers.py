"""The answer to the customer's security question asked for by what it is: «Напишите мне клички всех трёх
питомцев» to a customer whose control question is «кличка питомца», «назовите девичью фамилию мамы» to one whose
question is the mother's maiden name.

The answer to a security question is a secret like a code word (docs/scorecard_rubric.md, «Безопасность данных»:
«кодовое слово»): whoever knows it gets into the account. The lists name «кодовое слово» and «ответ на контрольный
вопрос» but not the thing the answer is about, which only the customer's message tells: a request to write, send or
name a noun that the customer used in the sentence where they speak of their security question asks for the secret.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import also_imperative, sentences, tokenize

_TELL = frozenset({"написать", "прислать", "продиктовать", "назвать", "сообщить", "скинуть", "перечислить",
                   "указать", "отправить", "сказать", "выслать"})
_SECURITY = frozenset({"контрольный", "секретный", "кодовый"})
# Nouns of the security-question sentence that say nothing of the answer itself.
_GENERIC = frozenset({"вопрос", "ответ", "регистрация", "аккаунт", "кабинет", "вход", "пароль", "слово", "время",
                      "профиль", "приложение", "сайт", "банк", "карта", "номер", "телефон", "раз"})


def _question_nouns(r: Reply) -> set[str]:
    """The noun lemmas of the customer's sentences that name a security question («контрольный вопрос»)."""
    nouns: set[str] = set()
    text = "\n".join(r.customer_messages)
    for start, end in sentences(text):
        words = tokenize(text[start:end])
        if any(t.lemmas & _SECURITY for t in words) and any("вопрос" in t.lemmas for t in words):
            nouns |= {x for t in words if t.tag.startswith("NOUN") for x in t.lemmas} - _GENERIC
    return nouns


def secret_answer(r: Reply) -> list[Span]:
    """The imperative and the noun of the security question's answer it asks for."""
    if not any(t.lemmas & _SECURITY for t in r.customer_tokens):
        return []
    nouns = _question_nouns(r)
    if not nouns:
        return []
    for i, tok in enumerate(r.tokens):
        if not ("impr" in tok.tag or also_imperative(tok.lower)) or not tok.lemmas & _TELL or (i and r.tokens[i - 1].lower in ("не", "никому")):
            continue
        start, end = r.sentence_at(tok.start)
        if any(t.lower in ("никому", "никогда", "нельзя") for t in r.tokens_in(start, end)):
            continue
        asked = next((t for t in r.tokens[i + 1:i + 6] if t.start < end and t.lemmas & nouns), None)
        if asked is not None:
            return [(tok.start, asked.end - tok.start)]
    return []
