"""«Какие документы нужны?» answered by naming them: the reply says the question's predicate back and fills its
place with things the customer never wrote — «Понадобятся паспорт и СНИЛС», «нужно принести паспорт и свидетельство»,
«От нас нужны договор и справка об оплате». Such a reply answers the «which?» though the category word («документы»)
never comes back: the members named are the answer (rubric, «Решение»: the customer need not ask again).

Read by syntax (natasha's parse), not by a list of documents:

- the question opens with «какой» and holds its predicate: a verb or a short adjective or participle («нужны»,
  «входят», «подходят», «потребуются»); needing is one predicate whatever word says it («нужны» ~ «понадобятся» ~
  «необходимо» ~ «требуются»);
- a sentence of the reply holds that predicate, and its subject — or the object of the infinitive it governs
  («нужно принести паспорт») — is a noun the customer did not write, with no preposition of its own («в салон» is
  where, not what).
"""

from __future__ import annotations

from app.core.grammar.language.syntax import analyse
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import normal_form, tokenize

# Needing is one predicate, however it is said: a modal word of need or a verb of being required.
_NEED = frozenset({"нужный", "нужно", "надо", "необходимый", "необходимо", "понадобиться", "потребоваться",
                   "требоваться", "обязательный"})
_PREDICATE = ("VERB", "INFN", "ADJS", "PRTS", "PRED")


def _predicates(question: str) -> set[str] | None:
    """The normal forms of a «какой…?» question's predicate (all of the need-words for a need), None if it has none."""
    words = tokenize(question)
    if not words or not words[0].lemmas & {"какой"}:
        return None
    said = set()
    for t in words[1:]:
        if t.lemmas & _NEED:
            said |= _NEED
        elif t.tag.startswith(_PREDICATE) and len(t.lower) > 3:
            said |= set(t.lemmas)
    return said or None


def needs_named(r: Reply, question: str) -> bool:
    """A «какие X <predicate>?» question answered by a sentence that says the predicate and names, as its subject or
    as the object of its infinitive, a noun the customer did not write."""
    wanted = _predicates(question)
    if not wanted:
        return False
    theirs = r.customer_lemmas
    for sentence in analyse(r.text).sentences:
        toks = sentence.tokens
        for i, tok in enumerate(toks):
            if normal_form(tok.low) not in wanted and tok.low not in wanted:
                continue
            heads = {i} | {c.index for c in sentence.children(i) if c.rel in ("csubj", "xcomp") and c.pos == "VERB"}
            for arg in toks:
                if arg.head not in heads or arg.rel not in ("nsubj", "nsubj:pass", "obj"):
                    continue
                named = [arg] + [c for c in toks if c.rel == "conj" and c.head == arg.index]
                if any(n.pos in ("NOUN", "PROPN") and not any(c.rel == "case" for c in sentence.children(n.index))
                       and normal_form(n.low) not in theirs and n.low not in theirs for n in named):
                    return True
    return False
