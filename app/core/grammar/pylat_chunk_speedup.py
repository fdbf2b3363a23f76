"""pylat-ru 0.1.0a0's chunker asks the same token the same question many times; the answer is remembered.

The Russian chunker (``chunking.russian``) runs ~24 token expressions over every sentence, each tried at
every token, and a ``+`` or ``*`` element re-reads the tokens after it at every start: profiling
``grade-reply`` showed some 128,000 predicate tests per 30 replies (≈ 4 % of a grade). A predicate is an
«and» of conditions; all but ``chunk=`` read only the token's surface and its readings' tags, which
chunking never changes (it only rewrites chunk tags). So the conjunction of those conditions is
remembered on the token, per kind of conjunction, for as long as the token lives (one sentence's
chunking); ``chunk=`` conditions, whose answer changes as expressions apply, are asked every time.
The conditions have no side effects, so asking them in this order gives the pinned answer.

Findings cannot change (tests compare them with and without this); applied only to the pinned version.
"""

from __future__ import annotations

PINNED = "0.1.0a0"


def apply() -> bool:
    """Install the change; returns False (and changes nothing) on another pylat version."""
    import pylat_ru
    from pylat_ru.chunking import token_expression

    predicate = token_expression.TokenPredicate
    if getattr(predicate, "_chat_trainer_original_matches", None) is not None:
        return True
    if pylat_ru.__version__ != PINNED:
        return False
    predicate._chat_trainer_original_matches = predicate.matches
    predicate.matches = _matches
    return True


def _matches(self, token) -> bool:
    """Pinned ``TokenPredicate.matches``: the conditions that do not read chunk tags answered from the token's
    memory (one answer per kind of conjunction), the ``chunk=`` ones asked each time."""
    split = self.__dict__.get("_chat_trainer_split")
    if split is None:
        fixed = tuple(c for c in self.conditions if c.kind != "chunk")
        split = self._chat_trainer_split = (
            fixed, tuple(c for c in self.conditions if c.kind == "chunk"),
            tuple((c.kind, c.value, c.negated, c.case_sensitive) for c in fixed))
    fixed, chunk, key = split
    if fixed:
        memo = token.__dict__.get("_chat_trainer_fixed")
        if memo is None:
            memo = token._chat_trainer_fixed = {}
        passed = memo.get(key)
        if passed is None:
            passed = memo[key] = all(c.evaluate(token) for c in fixed)
        if not passed:
            return False
    return all(c.evaluate(token) for c in chunk)
