"""A thing that acts on its own, and a service that «лежит»: complaints told without a word of failure.

- **by itself**: «телефон сам перезагружается», «подписка сама продлилась», «деньги сами списались» — «сам» with a
  thing (not a person) and a verb in the past or present: the thing did what nobody asked of it, which is a fault.
  «Я сам разберусь», «мама сама оплатила» are people doing; «Подписка сама продлится?» asks about what is to come.
- **a service lying down**: «приложение два дня лежало», «сайт лежит с утра» — «лежать» said of a site, an app, a
  server or the connection means it does not work (the customer's colloquial «упал» is in the word list already).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.words import Token, sentences

_SELF = frozenset({"сам", "сама", "само", "сами"})
_PEOPLE = frozenset({"я", "мы", "ты", "вы", "он", "она", "они"})  # «он сам записался» may be a person
# What can «лежать» in the sense of not working.
_SERVICES = frozenset({"сайт", "приложение", "сервер", "сервис", "интернет", "связь", "сеть", "платформа", "система",
                       "банк", "портал", "личный", "кабинет", "мессенджер", "почта"})


def _words(text: str, tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    return [t for t in tokens if start <= t.start < end]


def by_itself(text: str, tokens: Sequence[Token]) -> list[str]:
    """«<thing> сам <verb past/present>» in a sentence that asks nothing."""
    found = []
    for start, end in sentences(text):
        if "?" in text[start:end]:
            continue
        words = _words(text, tokens, start, end)
        for k, tok in enumerate(words):
            if tok.lower not in _SELF:
                continue
            verb = next((t for t in words[k + 1:k + 3] if t.tag.startswith("VERB")), None)
            if verb is None or "futr" in verb.tag:
                continue
            before = words[max(0, k - 3):k]
            if any(t.lower in _PEOPLE or "anim" in t.tag and t.tag.startswith("NOUN") for t in before):
                continue
            if any(t.tag.startswith("NOUN") and "inan" in t.tag and "nomn" in t.tag for t in before):
                found.append(text[tok.start:verb.end])
    return found


def service_down(text: str, tokens: Sequence[Token]) -> list[str]:
    """«лежать» (past or present) within three words after a site, an app, a server or the connection, or two words
    before it («лежал ваш сайт»)."""
    found = []
    for k, tok in enumerate(tokens):
        if "лежать" not in tok.lemmas or not tok.tag.startswith("VERB") or "futr" in tok.tag:
            continue
        if any(t.lemmas & _SERVICES and t.tag.startswith(("NOUN", "ADJF")) for t in [*tokens[max(0, k - 3):k], *tokens[k + 1:k + 3]]):
            found.append(tok.text)
    return found
