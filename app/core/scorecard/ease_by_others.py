"""Condescension by a comparison of ease (rubric, «Тон»: поучение и снисходительность — «это проще простого», «любой бы
догадался»): «даже первоклассник справится», «с этим разберётся даже моя бабушка», «сейчас так платят даже школьники».
The customer is told that a person held to be less able manages what they are asking about, so they should have
managed too — the words differ from reply to reply, the construction does not:

- «даже» before a person (an animate noun in the nominative, maybe after a pronoun or adjective: «даже мой дедушка»),
- in a clause whose verb says managing, knowing or finding out («справиться», «разобраться», «понять», «суметь»,
  «догадаться», «освоить», «найти», «уметь», «знать»), or says that the thing is done «так» — the way the operator
  has just told («так платят даже школьники»).

Not this: the verb negated («даже сотрудник банка не может отменить перевод» says what is impossible), the person not
the subject («поможем разобраться даже новичку» — a dative, a promise of help), and «даже» before a thing («даже
ребёнку понятный интерфейс» is read elsewhere, if at all).
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

# Verbs of managing or working it out: the ease compared.
_MANAGE = frozenset({"справиться", "разобраться", "понять", "суметь", "догадаться", "освоить", "найти", "уметь",
                     "знать", "сообразить", "осилить", "смочь", "научиться", "настроить"})
# Words that may stand between «даже» and the person: «даже мой дедушка», «даже маленький ребёнок».
_BETWEEN = ("ADJF", "NPRO", "PRTF")


def _person_after(words: list[Token], i: int) -> Token | None:
    """The animate nominative noun right after «даже» at ``i`` (one or two modifiers may stand between)."""
    for t in words[i + 1:i + 4]:
        if t.tag.startswith("NOUN"):
            return t if "anim" in t.tag and "nomn" in t.tag else None
        if not t.tag.startswith(_BETWEEN):
            return None
    return None


def _compared_deed(words: list[Token]) -> bool:
    """A verb of managing not negated, or any finite verb with «так» — «так платят», «так делают»."""
    lowers = [t.lower for t in words]
    for j, t in enumerate(words):
        if not t.tag.startswith("VERB") or (j and lowers[j - 1] == "не"):
            continue
        if t.lemmas & _MANAGE or "так" in lowers:
            return True
    return False


def ease_by_others(r: Reply) -> list[Span]:
    """Spans of «даже <person>» in a clause that tells the customer a less able person manages it."""
    found: list[Span] = []
    for words in r.statement_clauses():
        for i, t in enumerate(words):
            if t.lower != "даже":
                continue
            person = _person_after(words, i)
            if person is not None and _compared_deed(words):
                found.append((t.start, person.end - t.start))
    return found
