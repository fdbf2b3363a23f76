"""Words of one family that share no stem: the reply takes up the customer's word by its kin.

«Как вернуть?» — «запрос на возврат я отправила»: «возврат» names the doing that «вернуть» names (close in navec's
space, and begins as it does), though the stems differ. A reply that speaks of the customer's doing by its noun (or
of the customer's noun by its verb) is about it, though no word of the question comes back in its own form.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.grammar.language.syntax import close_in_meaning
from app.core.scorecard.other_doing import NAMED_BY_NOUN
from app.core.scorecard.words import Token, normal_form


def _doings(tokens: Sequence[Token], nouns: bool) -> set[str]:
    kind = ("NOUN",) if nouns else ("VERB", "INFN")
    return {normal_form(t.lower) for t in tokens if t.tag.startswith(kind) and len(t.lower) > 3}


def kin_taken_up(asked: Sequence[Token], said: Sequence[Token]) -> bool:
    """The reply's words (said) name a doing of the customer's content words (asked) by its noun, or a thing of theirs
    by its verb."""
    pairs = [(v, n) for v in _doings(asked, False) for n in _doings(said, True)]
    pairs += [(v, n) for v in _doings(said, False) for n in _doings(asked, True)]
    if not pairs:
        return False
    # closeness alone joins a doing to its matter too («отменить» ~ «предложение» 0.34, «вернуть» ~ «деньги» 0.49);
    # a word made from another keeps its beginning (от-мена, за-мена, воз-врат ~ в-ернуть)
    return any(v[0] == n[0] and close_in_meaning(v, n, NAMED_BY_NOUN) for v, n in pairs)
