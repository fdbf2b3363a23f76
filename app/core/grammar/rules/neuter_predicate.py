"""«возможно», «вероятно» as the predicate of a neuter subject a few words before them: «Получение посылки третьим
лицом возможно при наличии доверенности», «Продление возможно по справке».

A short neuter adjective agrees with its subject as a verb does; the clause then has no verb of its own, and the
word is no aside to set off with commas. The subject is a neuter noun in the nominative that opens the stretch of
words before it (no preposition before the noun, no predicate between them): «В письме возможно ошибка» (after a
preposition) and «Мы возможно задержимся» (no neuter subject) stay asides.
"""

from __future__ import annotations

from app.core.grammar.rules._base import Text, parses

# what ends the search back for a subject: a word that is itself a predicate or joins two clauses
_STOPS = frozenset({"VERB", "INFN", "PRTS", "ADJS", "PRED", "CONJ"})


def _neuter_nominative(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing" and p.tag.gender == "neut"
               for p in parses(word))


def neuter_subject_before(t: Text, i: int) -> bool:
    """A neuter noun in the nominative stands before word i in its stretch of words (nothing but spaces between
    them), with no preposition right before it and no predicate or conjunction between it and word i."""
    start = t.run_start(i)
    for k in range(i - 1, start - 1, -1):
        word = t.words[k].text
        top = parses(word)[:1]
        if not top or top[0].tag.POS in _STOPS:
            return False
        if _neuter_nominative(word):
            before = parses(t.words[k - 1].text)[:1] if k > start else ()
            if not (before and before[0].tag.POS == "PREP"):
                return True
    return False
