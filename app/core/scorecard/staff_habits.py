"""Gossip about a colleague, read from how the sentence is built (docs/scorecard_rubric.md, «Тон»: «сплетни о
сотрудниках или других клиентах — „она вечно всё путает“»):

- «Ой, он со всеми так, характер у него такой», «тренер у нас новенький, постоянно путает расписание» — a particular
  person of the company's (a pronoun «он» / «она», or a noun of the company's people with «этот», «наш» or «у нас»)
  told of by a habit: «со всеми», their «характер», and — of a person named by a noun — «постоянно», «всегда»,
  «вечно», «часто» before a present verb.

Only to a customer who complains or is angry — a person's failure they told of is what the gossip excuses; «курьер
всегда звонит за час» to a calm question describes the service.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.customer_others import AGENTS
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token

_HABIT = frozenset({"постоянно", "всегда", "вечно", "часто", "регулярно"})
_PRONOUNS = frozenset({"он", "она"})
_THIS = frozenset({"этот", "наш"})
_INSTITUTIONS = frozenset({"поддержка", "компания", "банк"})


def _particular(words: list[Token], i: int) -> bool:
    """The word at ``i`` names one particular person of the company's."""
    tok = words[i]
    if tok.lower in _PRONOUNS:
        return True
    if not tok.lemmas & (AGENTS - _INSTITUTIONS) or "sing" not in tok.tag or "nomn" not in tok.tag:
        return False
    before = words[max(0, i - 2):i]
    after = [t.lower for t in words[i + 1:i + 3]]
    return any(t.lemmas & _THIS for t in before) or after == ["у", "нас"]


def _habit(words: list[Token], named: bool) -> Token | None:
    """A habit told in the words: «со всеми», «характер», and of a person named by a noun an adverb of habit before a
    present verb («он всегда списывается» may be a payment)."""
    for k, tok in enumerate(words):
        if named and tok.lower in _HABIT and any(t.tag.startswith("VERB") and "pres" in t.tag for t in words[k + 1:k + 3]):
            return next(t for t in words[k + 1:k + 3] if t.tag.startswith("VERB"))
        if tok.lower == "всеми" and k and words[k - 1].lower in ("со", "с"):
            return tok
        if "характер" in tok.lemmas:
            return tok
    return None


def staff_habits(r: Reply) -> list[Span]:
    """Spans from the particular person to the habit told of them."""
    if not {"complaint", "anger"} & set(r.customer.states):
        return []
    found = []
    for start, end in r.sentences:
        if r.text[start:end].rstrip().endswith("?"):
            continue
        words = r.tokens_in(start, end)
        who = next((i for i in range(len(words)) if _particular(words, i)), None)
        if who is None:
            continue
        habit = _habit(words[who + 1:], words[who].lower not in _PRONOUNS)
        if habit is not None:
            found.append((words[who].start, habit.end - words[who].start))
    return found
