"""«Отмените заказ … хотя стоп, не отменяйте» — «Заказ отменён»; «хочу вернуть кроссовки … хотя нет, лучше обменять»
— «Чтобы вернуть кроссовки, оформите возврат»: the customer took a request back, and the reply does (or tells how to
do) what was taken back. What is done must fit the last state of the chat.

A request is a doing the customer bids (an imperative: «отмените») or wants (an infinitive after «хочу», «хотим»,
«хотела бы»). It is taken back by grammar, not by a word list of one chat:
- the same doing bidden again under «не» later on: «отмените …» … «не отменяйте»;
- another doing preferred after a word that takes back what was said: «хотя нет / хотя стоп / нет / передумал…,
  лучше обменять».
The reply does the withdrawn doing when a verb, a short participle or an infinitive of its stem stands in it not under
«не» (nor «чтобы не …»), and it says nothing of the doing preferred instead.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import PART_RE, Token, also_imperative

# A word that takes back what was just said: «хотя нет», «хотя стоп», «нет, лучше», «передумала».
_BACK_RE = re.compile(r"(?i)(?<!\w)(?:хотя\s+(?:нет|стоп)|стоп|нет|передумал[аи]?|или\s+нет)(?!\w)")
_WANT = frozenset({"хотеть", "хотеться", "желать"})
_RATHER = frozenset({"лучше"})
_VERBAL = ("VERB", "INFN", "PRTS", "PRTF")


def _stems(tok: Token) -> set[str]:
    """The stems a doing is known by in either voice: «отменить» / «отменён» / «отмените» → «отмен»."""
    return {x[:5] for x in tok.lemmas if len(x) >= 5}


def _negated(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].lower == "не"


def _bidding(tok: Token) -> bool:
    """«отмените», «не отменяйте»: an imperative, or a 2nd person plural the dictionary also reads as one."""
    return tok.tag.startswith("VERB") and ("impr" in tok.tag or "2per" in tok.tag and "plur" in tok.tag
                                           and also_imperative(tok.lower))


def _bids(tokens: list[Token]) -> list[tuple[int, Token]]:
    """The customer's requests in order: imperatives not under «не», and infinitives right after a verb of wanting
    («хочу вернуть», «хотели бы перенести»)."""
    found = []
    for i, tok in enumerate(tokens):
        if _bidding(tok) and not _negated(tokens, i):
            found.append((i, tok))
        elif tok.tag.startswith("INFN") and any(t.lemmas & _WANT and t.lower != "хотя" for t in tokens[max(0, i - 3):i]) \
                and not any(t.lemmas & _RATHER for t in tokens[max(0, i - 2):i]):
            found.append((i, tok))
    return found


def withdrawn(r: Reply) -> tuple[str, set[str], set[str]] | None:
    """The customer's words that take a request back, the stems of the withdrawn doing and those of the doing wanted
    instead (empty when none is named), or None."""
    tokens, told = r.customer_tokens, "\n".join(r.customer_messages)
    for i, bid in _bids(tokens):
        stems = _stems(bid)
        if not stems:
            continue
        for k in range(i + 1, len(tokens)):
            tok = tokens[k]
            if not tok.tag.startswith(_VERBAL) or not _stems(tok):
                continue
            if _negated(tokens, k) and _bidding(tok) and _stems(tok) & stems:  # «не отменяйте»
                return _clause(told, tokens[k - 1].start, tok.end), stems, set()
            rather = k > 0 and tokens[k - 1].lemmas & _RATHER and tok.tag.startswith("INFN")
            back = [m for m in _BACK_RE.finditer(told, bid.end, tokens[k - 1].start)]
            if rather and back and not _stems(tok) & stems:  # «хотя нет, лучше обменять»
                return _clause(told, back[-1].start(), tok.end), stems, _stems(tok)
    return None


def _clause(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def done_anyway(r: Reply) -> tuple[str, list[Span]]:
    """The customer's taking back and the reply's spans that do the withdrawn doing, when the reply says nothing of
    the doing wanted instead; ("", []) otherwise."""
    found = withdrawn(r)
    if found is None:
        return "", []
    words, stems, instead = found
    tokens = r.tokens
    if instead and any(_stems(t) & instead for t in tokens):
        return "", []
    spans = []
    for i, tok in enumerate(tokens):
        if not tok.tag.startswith(_VERBAL) or not _stems(tok) & stems or _negated(tokens, i):
            continue
        if i > 0 and tokens[i - 1].lemmas & _WANT and tokens[i - 1].lower != "хотя":  # «если хотите отменить» offers, it does not do
            continue
        if _offered(r, i):
            continue
        spans.append((tok.start, tok.end - tok.start))
    return words, spans


_CAN = frozenset({"можно", "мочь", "сможете", "возможно"})


def _offered(r: Reply, i: int) -> bool:
    """«Отменять не стала», «если передумаете, отменить можно в приложении»: the doing put off or left to the
    customer as an option — a «не» right after it, or an «если» or a «можно / можете» in its part of the sentence."""
    tokens = r.tokens
    if i + 1 < len(tokens) and tokens[i + 1].lower == "не":
        return True
    part = next((m for m in PART_RE.finditer(r.text) if m.start() <= tokens[i].start < m.end()), None)
    words = r.tokens_in(part.start(), part.end()) if part else []
    start, _ = r.sentence_at(tokens[i].start)
    return any(t.lemmas & _CAN for t in words) or any(t.lower == "если" for t in r.tokens_in(start, tokens[i].start))
