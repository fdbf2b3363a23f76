"""A secret written out in the reply: «новый временный пароль — 58214, передайте ей», «ваше кодовое слово — «Сокол»».

A chat is no place for a password, a PIN, a code word or a card's security code, whoever it is meant for: the operator
who sends one has given it away as surely as one who asks for it. The secret's noun is followed — directly, after a dash
or a colon, or after at most three words («пароль для входа — …») — by its value: four or more digits, a word in
quotation marks (for a code word), or a string of Latin letters with a digit. A length or a count («пароль — не короче 8 знаков», «ПИН из
4 цифр») has fewer digits and is no value; «код заказа 5521» is no secret.

A value the customer wrote themselves («кодовое слово — ромашка», the answer to their own security question) and
the reply reads back gives nothing away: it tells the customer only what they told the chat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.words import Token

# The head nouns of secrets that have a value to write out; «кодовое слово» needs its adjective (code_word_at).
HEADS = frozenset({"пароль", "пин", "пин-код", "pin", "pin-код", "cvv", "cvc", "cvv2", "cvc2"})
_VALUE = (r"(«[^»\s]{2,30}»|\"[^\"\s]{2,30}\"|\d{4,}|(?=[A-Za-z0-9!@#$%&*_.-]*\d)(?=[A-Za-z0-9!@#$%&*_.-]*[A-Za-z])"
          r"[A-Za-z0-9!@#$%&*_.-]{4,})(?!\w)")
# right after the noun («пароль 58214»), or after a dash or a colon with at most three words before it
_VALUE_RE = re.compile(r"(?:(?:\s+[а-яёa-z]+){0,3}\s*[—–:]\s*(?:это\s+)?|\s+)" + _VALUE, re.IGNORECASE)


def secret_told(toks: Sequence[Token], text: str, customer_messages: Sequence[str] = ()) -> list[Span]:
    """The secret's noun and its value, written out in one sentence, the value not the customer's own; empty if
    none is."""
    theirs = "\n".join(customer_messages).lower().replace("ё", "е")
    for k, tok in enumerate(toks):
        if not _head(toks, k) or (k and toks[k - 1].lower == "не"):
            continue
        m = _VALUE_RE.match(text, tok.end)
        if m is None or m.start(1) > toks[-1].end:
            continue
        quoted = m.group(1)[0] in "«\""  # the reason quotes the value itself, without its own quotation marks
        value = m.group(1)[quoted:len(m.group(1)) - quoted].lower().replace("ё", "е")
        if re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", theirs):
            continue  # the customer's own value read back
        if not quoted or _code_word(toks, k, text, m.end(1)):
            return [(tok.start, tok.end - tok.start), (m.start(1) + quoted, m.end(1) - m.start(1) - 2 * quoted)]
    return []


def _code_word(toks: Sequence[Token], k: int, text: str, end: int) -> bool:
    """A word in quotation marks is the value of a code word only — after «пароль» it names a button or a menu
    («смените пароль: «Профиль» → …»), and a menu path goes on with an arrow."""
    return "слово" in toks[k].lemmas and not re.match(r"\s*[→>]", text[end:])


def _head(toks: Sequence[Token], k: int) -> bool:
    return bool(toks[k].lemmas & HEADS) or code_word_at(toks, k)


def code_word_at(toks: Sequence[Token], k: int) -> bool:
    """«кодовое слово»: «слово» is a secret only with its adjective."""
    return "слово" in toks[k].lemmas and k > 0 and "кодовый" in toks[k - 1].lemmas
