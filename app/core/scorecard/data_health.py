"""A colleague's health told to the customer in detail: «Преподаватель заболел, у него высокая температура»,
«мастер с гриппом лежит в больнице».

The rubric counts a colleague's private life among another person's data (docs/scorecard_rubric.md, «Безопасность
данных»: «сведения о личной жизни сотрудника»). That a teacher or a courier fell ill explains an absence and tells
nothing private («Наставник заболел, поэтому задание проверит другой»); the illness itself — a diagnosis, a fever,
a hospital — is a medical fact about that person. The customer's own people («мама в больнице», «справка из
больницы» the customer is to send) are not the company's people and are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.staff_private import STAFF
from app.core.scorecard.words import Token

_MEDICAL = frozenset({"температура", "грипп", "ковид", "коронавирус", "ангина", "пневмония", "бронхит", "перелом",
                      "инфаркт", "инсульт", "диагноз", "госпитализировать", "госпитализация", "больница", "реанимация",
                      "отравление", "орви", "простуда", "мигрень"})
# The illness itself named beside it: «заболел», «на больничном», «слёг» — not «мастер замерил температуру».
_ILL = frozenset({"заболеть", "болеть", "приболеть", "слечь", "больничный", "болезнь", "выздороветь", "выздоровление",
                  "лечиться", "лежать"})
_THIRD = frozenset({"он", "она", "него", "неё", "нее", "его", "её", "ее", "ему", "ей", "ним", "ней", "нём", "нем"})
_YOURS = frozenset({"вы", "вас", "вам", "ваш", "ребёнок", "мама", "папа", "муж", "жена", "сын", "дочь"})


def _staff(words: Sequence[Token]) -> bool:
    return any(t.lemmas & STAFF for t in words)


def staff_health(toks: Sequence[Token], r: Reply) -> list[Span]:
    """In a sentence about one of the company's people (named in it, or «он / она» right after a sentence that names
    them), a medical word — not where the sentence speaks of the customer or their family."""
    medical = [t for t in toks if t.lemmas & _MEDICAL]
    if not medical or any(t.lower in _YOURS or t.lemmas & _YOURS for t in toks):
        return []
    start, _ = r.sentence_at(toks[0].start)
    before = [t for t in r.tokens if t.end <= start][-12:]
    if not any(t.lemmas & _ILL for t in list(before) + list(toks)):
        return []
    if not _staff(toks):
        if not any(t.lower in _THIRD for t in toks):
            return []
        if not _staff(before):
            return []
    return [(t.start, t.end - t.start) for t in medical[:2]]
