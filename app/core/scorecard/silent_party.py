"""«Магазин не отвечает уже две недели» — «Свяжитесь с магазином по телефону с сайта»: the customer says the other
party keeps silent, and the reply sends them to that party again.

The customer has tried the way the reply names and tells it led nowhere: the seller, the shop, the courier «молчит»,
«не отвечает», «не перезванивает», «игнорирует». To send them there once more is advice already taken (rubric,
«Решение»: a step the customer said they had tried is no next step). Unless the company does something of its own
(a deed done, a doing with its time), which the solution judge weighs before this reading is asked.

Read so: in a clause of the customer's, a verb of silence («молчать», «игнорировать») or a verb of answering under
«не» («не отвечает», «не перезвонил», «не реагирует»), and its subject — the first noun in the nominative before it
in the clause, in the verb's number. In the reply, a bid of the customer's own — an imperative, or an infinitive («необходимо обращаться
к продавцу») — to get in touch («свяжитесь», «напишите», «позвоните», «обратитесь», «уточните»), in a sentence that
names that party or points to it by «он / она / они» while the reply names it somewhere.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import message_sentences, morph, tokenize

_SILENT = frozenset({"молчать", "игнорировать", "игнорить", "промолчать"})
# answering, which «не» turns into silence: «не отвечает», «не перезвонил», «не реагирует», «не отписался»
_ANSWER = frozenset({"отвечать", "ответить", "перезванивать", "перезвонить", "реагировать", "отреагировать",
                     "отписаться", "отписываться", "откликаться", "откликнуться"})
# getting in touch: what the reply bids the customer do with the party
_CONTACT = frozenset({"связаться", "связываться", "написать", "писать", "позвонить", "звонить", "обратиться",
                      "обращаться", "уточнить", "спросить", "дозвониться", "запросить", "сообщить"})
_POINTERS = frozenset({"он", "она", "они"})
_CLAUSE_RE = re.compile(r"[^,;:—–]+")


def _silent_parties(r: Reply) -> set[str]:
    """The lemmas of the parties the customer says keep silent."""
    parties: set[str] = set()
    for message in r.customer_messages:
        for sentence in message_sentences(message):
            for clause in _CLAUSE_RE.findall(sentence):
                words = tokenize(clause)
                for i, tok in enumerate(words):
                    silent = tok.lemmas & _SILENT or (
                        tok.lemmas & _ANSWER and i and words[i - 1].lower == "не")
                    if not silent or not tok.tag.startswith("VERB"):
                        continue
                    number = "plur" if "plur" in tok.tag else "sing"
                    subject = next((w for w in words[:i] if _nominative(w.lower, number)), None)
                    if subject is not None:
                        parties |= subject.lemmas
    return parties


def _nominative(word: str, number: str) -> bool:
    """A noun in the nominative among the word's parses («Магазин» at a sentence's start is read as accusative
    first), in the verb's number: «деньги не вернули и никто не отвечает» names no one silent."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == number for p in morph().parse(word))


def sent_to_silent(r: Reply) -> list[Span]:
    """The reply's bids to get in touch with a party the customer says keeps silent, or []."""
    parties = _silent_parties(r)
    if not parties:
        return []
    named = any(t.lemmas & parties for t in r.tokens)
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        towards = any(t.lemmas & parties for t in words) or named and any(
            t.lemmas & _POINTERS and "nomn" not in t.tag for t in words)
        if not towards:
            continue
        found += [(t.start, t.end - t.start) for t in words if t.lemmas & _CONTACT
                  and ("impr" in t.tag or t.tag.startswith("INFN"))]
    return found
