"""«Напишите заявление», «Напишите нам, и мы всё сделаем», «для этого нужно написать заявление»: a filing the
customer is sent to with nowhere named — no channel, address, section, form, office or party — is a way the customer
cannot follow, however it is worded.

The rubric («Решение»): a redirect counts only when it says exactly where and what to do («справку выдадут в любом
отделении по паспорту»). Filing something is a step of its own (:func:`steps.data_asked` keeps it apart from sending
the operator data to look at), but only with where it is filed: «подайте заявление в приложении, «Заявления» →
«Перенос»», «напишите заявление в деканат», «оставьте заявку на сайте», «напишите нам в чат», «там же оставьте
заявку» (a place said before) are ways; «напишите заявление на перерасчёт» says what the application is for, not where
it goes. Read by grammar, not by the customer's words: a verb of writing, filing or applying with a filed thing as its
object (or «нам» — the company itself, with no channel), and no place in its sentence — a preposition of place before
a noun (not the «на» that opens what a filing is for), a party in the dative after «к», a place word, a link, a path,
a phone, an address or a quoted name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.follow_up import PLACES
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE
from app.core.scorecard.words import Token

# Writing, filing, applying: what is done with an application.
_FILING = frozenset({"написать", "подать", "оставить", "заполнить", "обратиться", "составить", "оформить"})
# What is filed: the object that makes the verb a filing.
FILED = frozenset({"заявление", "заявка", "претензия", "жалоба", "обращение", "анкета"})
# Writing or turning to the company itself: «напишите нам», «обратитесь к нам».
_TO_US = frozenset({"нам"})
_WRITING_TO = frozenset({"написать", "обратиться"})
# A place said before or here: «там же оставьте заявку», «напишите сюда».
_THERE = frozenset({"там", "туда", "здесь", "тут", "сюда"})
_PLACE_PREPS = frozenset({"в", "во", "через", "по", "у"})
_CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+\.\w+|\+?\d[\d\s()‑-]{5,}\d|«[^»]+»|\"[^\"]+\"")


def filed_nowhere(r: Reply, span: Span) -> bool:
    """The step at ``span`` (an imperative, or the infinitive a modal leads to) bids the customer file or write
    something, or write to us, and its sentence names nowhere to do it."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _FILING:
        return False
    verb = r.tokens[idx]
    if not ("impr" in verb.tag or verb.tag.startswith("INFN") or "2per" in verb.tag):
        return False  # «я оформила заявку» is the operator's deed, no step of the customer's
    start, end = r.sentence_at(verb.start)
    words = r.tokens_in(start, end)
    at = next(k for k, t in enumerate(words) if t is verb)
    # «Если не придёт, напишите нам» is a fallback (judged as such elsewhere); «Подать заявление можно так:» leads to
    # the steps that say where
    if any(t.lower == "если" for t in words[:at]) or r.text[start:end].rstrip().endswith(":"):
        return False
    after = words[at + 1:at + 4]
    filed = [t for t in after if t.lemmas & FILED]
    to_us = bool(verb.lemmas & _WRITING_TO) and any(t.lower in _TO_US for t in after[:2])
    if not (filed or to_us):
        return False
    return not _somewhere(r, words, start, end, filed)


def nowhere_filed_things(r: Reply) -> list[Token]:
    """The filed things («заявление», «заявку») of the reply's filings with nowhere named: no way by themselves."""
    found = []
    for i, tok in enumerate(r.tokens):
        if tok.lemmas & FILED:
            verb = next((t for t in reversed(r.tokens[max(0, i - 3):i]) if t.lemmas & _FILING), None)
            if verb is None:  # «заявления, которое необходимо подать»: the verb after it
                verb = next((t for t in r.tokens[i + 1:i + 5] if t.lemmas & _FILING), None)
            if verb is not None and filed_nowhere(r, (verb.start, verb.end - verb.start)):
                found.append(tok)
    return found


def _somewhere(r: Reply, words: Sequence[Token], start: int, end: int, filed: Sequence[Token]) -> bool:
    """The sentence names where: a link, a path, an address, a phone or a quoted name; a place word; a place or a party
    after a preposition; «там», «сюда»."""
    text = r.text[start:end]
    if WHERE_RE.search(text) or _CONTACT_RE.search(text):
        return True
    for k, t in enumerate(words):
        if t.lemmas & PLACES or t.lower in _THERE:
            return True
        nxt = next((w for w in words[k + 1:k + 4] if w.tag.startswith(("NOUN", "LATN", "UNKN", "NPRO"))), None)
        if nxt is None or nxt.lemmas & FILED:
            continue
        if t.lower in _PLACE_PREPS:  # «в деканат», «через приложение», «у куратора»
            return True
        if t.lower == "к" and nxt.lower not in _TO_US:  # «обратитесь к куратору», not «к нам»
            return True
        # «на сайте», «на почту»; not «заявление на перерасчёт», which says what it is for
        if t.lower == "на" and not (k and words[k - 1].lemmas & FILED):
            return True
    return False
