"""What a request's bare «код» or its «его / её / их» refers back to — a secret named earlier, or a harmless code.

«Старый пароль? Да, напишите его сюда» asks for the password though the sentence never names it: the pronoun's
antecedent, the nearest noun before it of the same gender and number (in the reply, then in the customer's messages),
is the secret. «Поле для промокода… пришлите мне код, я применю его сама» asks for the promo code: the nearest code
named before the bare «код» with its kind (a promo code, «код заказа», a QR code) is no secret.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CLAUSE_BREAK_RE, Token, find_phrases

# Verbs that hand the thing over to the one who asks: «напишите его», «продиктуйте её», «пришлите их».
_TELL = frozenset({"прислать", "присылать", "написать", "назвать", "продиктовать", "сообщить", "сказать", "скинуть",
                   "отправить", "переслать", "выслать", "дать"})
# A secret that is being replaced is set by the customer, not told: «придумайте новый пароль и …».
_NEW = frozenset({"новый", "придумать", "сменить", "поменять", "задать", "установить", "изменить"})
_PRONOUNS = {"его": ("masc", "neut"), "ее": ("femn",), "её": ("femn",), "их": ("plur",)}


def _secret_starts(toks: Sequence[Token], r: Reply) -> set[int]:
    """Where a secret of the lexicon begins or has a word: «пароль», «код из СМС», «кодовое слово»."""
    return {t.start for _, (s, n) in find_phrases(toks, r.lex.secrets, gap=0) for t in toks if s <= t.start < s + n}


def _context(r: Reply, before: int) -> list[list[Token]]:
    """The reply's words before ``before``, then the customer's — nearest first, each list read backwards."""
    return [[t for t in r.tokens if t.end <= before][::-1], list(r.customer_tokens)[::-1]]


def _agrees(words: Sequence[Token], k: int, kinds: tuple[str, ...]) -> bool:
    """The noun at ``k`` of ``words`` (read backwards) may be what the pronoun stands for: its gender and number, the
    case of a subject or object (not «от кабинета» after «пароль»), and not the «день» of «Добрый день»."""
    tok = words[k]
    if not tok.tag.startswith("NOUN") or not ("nomn" in tok.tag or "accs" in tok.tag):
        return False
    before = words[k + 1] if k + 1 < len(words) else None
    if before is not None and (before.tag.startswith("PREP") or "добрый" in before.lemmas):
        return False
    if kinds == ("plur",):
        return "plur" in tok.tag
    return "sing" in tok.tag and any(k in tok.tag for k in kinds)


def pronoun_secrets(toks: Sequence[Token], r: Reply) -> list[Span]:
    """«Да, напишите его сюда» after «пароль»: a verb of telling in the imperative right before «его / её / их»
    (not «его пароль» — a possessive) whose antecedent is a secret that is not a new one being set."""
    found = []
    for i, tok in enumerate(toks):
        kinds = _PRONOUNS.get(tok.lower)
        if kinds is None or (i + 1 < len(toks) and toks[i + 1].tag.startswith(("NOUN", "ADJF"))
                             and not CLAUSE_BREAK_RE.search(r.text[tok.end:toks[i + 1].start])):
            continue
        verb = next((t for t in toks[max(0, i - 2):i] if "impr" in t.tag and t.lemmas & _TELL
                     and not CLAUSE_BREAK_RE.search(r.text[t.end:tok.start])), None)
        if verb is None:
            continue
        lists = _context(r, tok.start)
        for words in lists:
            secret = _secret_starts(words[::-1], r)
            noun = next((k for k in range(len(words)) if _agrees(words, k, kinds)), None)
            if noun is None:
                continue
            fresh = any(t.lemmas & _NEW for t in words[noun + 1:noun + 3])  # the words before it, read backwards
            ordered, at = words[::-1], len(words) - 1 - noun
            # a bare «код» is a code of confirmation unless a code named with its kind before it says otherwise
            bare = "код" in words[noun].lemmas and _code_kind(ordered, at, secret) is None \
                and _named_kind([ordered[:at], *([] if words is lists[-1] else [lists[-1][::-1]])], r) != "open"
            if (words[noun].start in secret or bare) and not fresh:
                found.append((tok.start, tok.end - tok.start))
            break
    return found


def _code_kind(words: Sequence[Token], k: int, secret: set[int]) -> str | None:
    """«secret», «open» (a promo code, «код заказа», a QR code) or None for a bare «код» that names no kind."""
    tok = words[k]
    if tok.start in secret:
        return "secret"
    if "код" not in tok.lemmas:
        return "open" if "код" in tok.lower else None  # «промокод», «QR-код», «штрихкод»
    nxt = words[k + 1] if k + 1 < len(words) else None
    return "open" if nxt is not None and nxt.tag.startswith("NOUN") and "gent" in nxt.tag else None


def _named_kind(lists: Sequence[Sequence[Token]], r: Reply) -> str | None:
    """The kind of the nearest code named with its kind — in the first of ``lists`` (words in text order) that names
    one: «secret», «open», or None when none does."""
    for ordered in lists:
        secret = _secret_starts(ordered, r)
        for k in range(len(ordered) - 1, -1, -1):
            kind = _code_kind(ordered, k, secret)
            if kind is not None:
                return kind
    return None


def harmless_code(r: Reply, at: int) -> bool:
    """The bare «код» at ``at`` refers back to a code that is no secret: the nearest code named with its kind before
    it — in the reply, else in the customer's messages — is a promo code, an order's code or a QR code."""
    return _named_kind([words[::-1] for words in _context(r, at)], r) == "open"
    return False
