"""A person's e-mail address written out: «почта вашей мамы — irina.p@mail.ru» to «какая почта у мамы в кабинете?».

An e-mail address is contact data like a phone number (docs/scorecard_rubric.md, «Безопасность данных»: contacts of
another person are not told, even to a relative). The lexicon's data kinds find «почта» but the safety judge wants
what the data says beside it — a figure, a name, an address; an e-mail address has none of these. Here the address
itself is the content, when the customer spoke of someone else (a relative, a friend — whose it is, :mod:`safety`
reads from the persons named in the sentence). Not a company's mailbox («support@…», «info@…», «help@…»: a role,
not a person), and not an address the customer wrote themselves (read back, it tells them nothing new).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, find_phrases

_EMAIL_RE = re.compile(r"(?<![\w.@-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Mailboxes of a role, not of a person: what a company writes from or asks to write to.
_ROLES = frozenset({"support", "info", "help", "hello", "noreply", "no-reply", "service", "care", "team", "sales",
                    "office", "admin", "mail", "contact", "contacts", "feedback", "orders", "order", "billing", "hr",
                    "press", "claims", "refund", "refunds", "client", "clients", "podderzhka", "zakaz", "vozvrat",
                    "pretenzii", "security", "abuse", "privacy", "docs", "booking", "reception", "dostavka"})


def emails_told(toks: Sequence[Token], r: Reply) -> list[Span]:
    """E-mail addresses of a person in the sentence ``toks``, where the customer's messages name someone else."""
    if not toks or not find_phrases(r.customer_tokens, r.lex.other_person, gap=0):
        return []
    theirs = "\n".join(r.customer_messages).lower()
    found = []
    for m in _EMAIL_RE.finditer(r.text, toks[0].start, toks[-1].end + 60):
        if m.start() > toks[-1].end or m.group(1).lower() in _ROLES or m.group().lower() in theirs:
            continue
        found.append((m.start(), m.end() - m.start()))
    return found
