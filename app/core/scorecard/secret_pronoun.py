"""A secret asked for by a pronoun: «Код придёт в СМС. Напишите мне его сюда» — the request in one sentence, the secret
it stands for in the sentence before (the safety judge reads a secret and its request within one sentence).

The pronoun («его», «её», «их» in the accusative, right after the imperative or one word further: «напишите мне его»)
stands for the nearest noun before it in the sentence before that agrees with it in gender and number, stands in the
nominative or accusative (a subject or an object, not «при открытии счёта») and is not governed by a preposition («в
СМС», «в письме» name where, not what); the request counts only when that noun is a
secret («код», «пароль», «ПИН», «кодовое слово», «CVC»), nobody else is named to receive it («назовите его оператору
на линии» is a phone call, not the chat) and no «не» / «никому» / «нельзя» turns it into a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.harmless_codes import code_of_thing
from app.core.scorecard.reply import Reply
from app.core.scorecard.secret_answers import secret_answer
from app.core.scorecard.secret_told import HEADS, code_word_at
from app.core.scorecard.words import Token

# Verbs of telling a thing to the one who writes: «напишите», «пришлите», «продиктуйте».
_TELL = frozenset({"написать", "прислать", "продиктовать", "назвать", "сообщить", "скинуть", "переслать",
                   "отправить", "сказать", "выслать", "ввести"})
# «введите его» asks for it only with «сюда», «мне», «в чат» beside: typing a code into the app is how it is meant.
_HERE = frozenset({"мне", "нам", "сюда", "чат", "чате", "ответ", "ответе"})
# The head nouns of the secrets: those with a value to write out, and a code of any kind but a thing's.
_SECRET_HEADS = HEADS | {"код", "смс-код", "sms-код", "слово"}
_NOT_CODES = ("промо",)
_WARNINGS = frozenset({"никому", "никогда", "нельзя"})
_PRONOUNS = {"его": ("masc", "neut"), "её": ("femn",), "ее": ("femn",), "их": ("plur",)}


def secret_by_pronoun(r: Reply) -> list[Span]:
    """The imperative and the secret it asks for by a pronoun; empty if there is no such request."""
    for before, now in zip(r.sentences, r.sentences[1:]):
        toks = r.tokens_in(*now)
        if any(t.lower in _WARNINGS for t in toks):
            continue
        for i, tok in enumerate(toks):
            if "impr" not in tok.tag or not tok.lemmas & _TELL or (i and toks[i - 1].lower == "не"):
                continue
            near = toks[i + 1:i + 4]
            pron = next((t for t in near[:2] if t.lower in _PRONOUNS and "accs" in t.tag), None)
            if pron is None or _someone_else(near):
                continue
            if "ввести" in tok.lemmas and not any(t.lower in _HERE for t in near):
                continue
            secret = _antecedent(r.tokens_in(*before), _PRONOUNS[pron.lower])
            if secret is not None:
                return [(tok.start, tok.end - tok.start), (secret.start, secret.end - secret.start)]
    return secret_answer(r)  # «Напишите клички питомцев» to one whose control question is a pet's name


def _someone_else(near: Sequence[Token]) -> bool:
    """A noun in the dative right after the verb names who else receives it («назовите его оператору»), a preposition
    with a noun where else it goes («перешлите его в отдел кадров»); «сюда», «в чат» are here."""
    return any(t.tag.startswith("NOUN") and "datv" in t.tag for t in near) or any(
        a.tag.startswith("PREP") and b.tag.startswith("NOUN") and b.lower not in _HERE for a, b in zip(near, near[1:]))


def _antecedent(toks: Sequence[Token], forms: tuple[str, ...]) -> Token | None:
    """The secret the pronoun stands for, if the nearest agreeing noun outside a prepositional phrase is one."""
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if not tok.tag.startswith("NOUN") or not _agrees(tok, forms) or _governed(toks, k) \
                or not ("nomn" in tok.tag or "accs" in tok.tag):
            continue
        return tok if _secret(toks, k) else None
    return None


def _agrees(tok: Token, forms: tuple[str, ...]) -> bool:
    if forms == ("plur",):
        return "plur" in tok.tag
    return "sing" in tok.tag and any(f in tok.tag for f in forms)


def _governed(toks: Sequence[Token], k: int) -> bool:
    """«в СМС», «в новом письме»: a preposition just before the noun or before its one adjective."""
    for j in (k - 1, k - 2):
        if j < 0:
            return False
        if toks[j].tag.startswith("PREP"):
            return True
        if not toks[j].tag.startswith(("ADJF", "PRTF")):
            return False
    return False


def _secret(toks: Sequence[Token], k: int) -> bool:
    tok = toks[k]
    if tok.lower.startswith(_NOT_CODES) or not tok.lemmas & _SECRET_HEADS:
        return False
    if "слово" in tok.lemmas:
        return code_word_at(toks, k)
    if "код" in tok.lemmas:  # «код заказа», «код города» name a thing, not a secret
        return not code_of_thing(toks, k)
    return True
