"""The company's person defended against the customer's complaint (docs/scorecard_rubric.md, «Тон»: «наши сотрудники
не ошибаются»; the passing reply apologises for the person «without shifting the blame»):

- **the deed denied**: «Оператор трубку не бросал», «курьер на вас не кричал» — a person of the company's as the
  subject and a negated past verb of the imperfective aspect, which in Russian denies that the act took place at all
  («он этого не делал»), about the very thing the customer told (its verb or its object noun is in their message).
  The perfective «курьер не позвонил», «мастер не предупредил» admits a failure and is left alone;
- **the person vouched for**: «Сотрудник действовал по регламенту», «Ответ коллеги был корректным», «Водители —
  профессионалы с большим стажем» — a person of the company's (or what they did, «ответ коллеги», «действия
  мастера») told of as correct, by the rules, or professional. «Курьер должен был действовать по инструкции» says what
  was due and admits it was not done, so a clause of duty is left alone, as is a negated one («действовал не по
  правилам»).

Only to a customer who complains, is angry or writes again: to a calm question «наши гиды — профессионалы» describes
the service.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.customer_others import AGENTS
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, morph

_STAFF = (AGENTS - {"поддержка", "компания", "банк"}) | {"коллега", "педагог", "экспедитор", "кладовщик", "экзаменатор",
                                                          "проктор", "методист", "проверяющий", "бортпроводник",
                                                          "бортпроводница", "проводница", "спикер", "лектор"}
# What a person did, named by a noun with the person in the genitive: «ответ коллеги», «действия мастера».
_DEEDS = frozenset({"ответ", "действие", "поведение", "работа", "решение", "консультация", "слово", "поступок"})
_CORRECT = frozenset({"корректный", "корректно", "правильный", "правильно", "верный", "верно", "профессионал",
                      "профессиональный", "профессионально", "безупречный", "безупречно"})
_BY_RULE = frozenset({"регламент", "инструкция", "правило", "стандарт", "процедура"})
_DUTY = frozenset({"должный", "должен", "обязать", "обязан", "следовать", "нужно", "надо", "стоить", "если"})
_UPSET = frozenset({"complaint", "anger", "repeat"})



def _person(words: list[Token]) -> int | None:
    """Index of a person of the company's in the nominative, or of what such a person did («ответ коллеги»)."""
    for i, tok in enumerate(words):
        if "nomn" not in tok.tag:
            continue
        if tok.lemmas & _STAFF:
            return i
        if tok.lemmas & _DEEDS and i + 1 < len(words) and words[i + 1].lemmas & _STAFF and _genitive(words[i + 1]):
            return i
    return None


def _genitive(tok: Token) -> bool:
    return any(p.tag.case == "gent" for p in morph().parse(tok.lower))


def _denied(words: list[Token], who: int, theirs: set[str]) -> Token | None:
    for i in range(who + 1, len(words) - 1):
        verb = words[i + 1]
        if words[i].lower != "не" or not verb.tag.startswith("VERB") or "past" not in verb.tag or "impf" not in verb.tag:
            continue
        near = [t for t in words[who + 1:] if t.tag.startswith(("NOUN", "VERB"))]
        if any({x[:5] for x in t.lemmas if len(x) > 3} & theirs for t in near):
            return verb
    return None


def _vouched(words: list[Token], who: int) -> Token | None:
    lowered = [t.lower for t in words]
    if {x for t in words for x in t.lemmas} & _DUTY:
        return None
    for i, tok in enumerate(words):
        if i <= who or (i and lowered[i - 1] in ("не", "ни")):
            continue
        if tok.lemmas & _CORRECT:
            return tok
        if tok.lemmas & _BY_RULE and i and lowered[i - 1] == "по":
            return tok
    return None


def staff_defended(r: Reply) -> list[Span]:
    """Spans from the defended person to the denial or the vouching, said to an upset customer."""
    if not _UPSET & set(r.customer.states):
        return []
    theirs = {x[:5] for t in r.customer_tokens for x in t.lemmas if len(x) > 3}
    found = []
    for words in r.statement_clauses():
        who = _person(words)
        if who is None:
            continue
        end = _denied(words, who, theirs) or _vouched(words, who)
        if end is not None:
            found.append((words[who].start, end.end - words[who].start))
    return found
