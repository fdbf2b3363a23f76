"""«Бояться нечего», «вам не о чем… — волноваться тут нечего»: «нечего» with an infinitive of fear or worry reassures.

«Нечего» is in the lexicon's rude words for «нечего тут писать», «нечего было нажимать» — the customer told that what
they do is pointless or was wrong. With a verb of fearing or worrying («бояться», «волноваться», «переживать»,
«беспокоиться») in the same clause, a word or two apart, the word says there is no danger: the operator calms the
customer, which the rubric asks for. «Нечего было волноваться» (with «было») looks back at what the customer did and
stays a reproach.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CLAUSE_BREAK_RE

_FEAR = frozenset({"бояться", "волноваться", "переживать", "беспокоиться", "опасаться", "тревожиться", "нервничать",
                   "пугаться", "паниковать", "испугаться", "разволноваться"})


def nothing_to_fear(r: Reply, span: Span) -> bool:
    """The «нечего» at ``span`` has an infinitive of fear or worry within two words of it, in its clause, and no
    «было» beside it."""
    words = r.tokens_in(span[0], span[0] + span[1])
    if len(words) != 1 or words[0].lower != "нечего":
        return False
    word = words[0]
    start, end = r.sentence_at(span[0])
    toks = r.tokens_in(start, end)
    at = next(i for i, t in enumerate(toks) if t.start == word.start)
    near = toks[max(0, at - 3):at] + toks[at + 1:at + 4]
    if any(t.lower in ("было", "будет") for t in near):
        return False
    return any(t.tag.startswith("INFN") and t.lemmas & _FEAR
               and not CLAUSE_BREAK_RE.search(r.text[min(t.end, word.end):max(t.start, word.start)]) for t in near)
