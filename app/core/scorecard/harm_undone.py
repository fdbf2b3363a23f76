"""A «почему?» about a harm done to the customer's thing, settled by giving the thing back with its term.

«Почему банкомат съел мою карту?!» — «Карту заберёте в отделении на Ленина через 3 рабочих дня»; «карта заблокирована
почему, стою на кассе» — «Для разблокировки карты назовите…, ограничение снимут в течение пяти минут»: what befell the
customer's thing is a complaint as much as a question, and a reply that tells the customer how or when they get the
thing back — a step or a deed to come on that very thing, with a time the reply names — leaves them nothing to ask
again, though it does not say why. A why about a figure or a choice («почему сумма больше, чем в феврале?») names no
thing of the customer's that a step could give back, and still wants its reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.questions import COMMON
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import find_phrases, tokenize


def harm_undone(r: Reply, whys: Sequence[str]) -> bool:
    """Each why-question's thing (a noun of the customer's, not a person, a unit or a word every chat shares) is named
    in a sentence of the reply that gives a step or a deed to come — an imperative, or a verb in the future — and the
    reply names a time."""
    if not whys or not find_phrases(r.tokens, r.lex.time_frames, gap=0):
        return False
    for chunk in whys:
        things = set().union(*(t.lemmas for t in tokenize(chunk) if t.tag.startswith("NOUN") and "anim" not in t.tag
                               and not t.lemmas & (r.lex.units | COMMON)))  # not «ещё раз», «какой день»
        if not things or not any(_step_on(r, start, end, things) for start, end in r.sentences):
            return False
    return True


def _step_on(r: Reply, start: int, end: int, things: set[str]) -> bool:
    words = r.tokens_in(start, end)
    if r.text[start:end].rstrip().endswith("?") or not any(t.lemmas & things for t in words):
        return False
    return any("impr" in t.tag or t.tag.startswith("VERB") and "futr" in t.tag for t in words)
