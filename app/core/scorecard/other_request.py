"""A sentence that answers another request of the customer's than the question at hand.

«Хочу отменить подписку. Вернёте деньги за оставшиеся месяцы?» — «Подписку отменила, доступ сохранится до 31 марта»:
the reply does what was asked before the question, and says nothing to the question itself. Such a sentence is no
answer to it, though its verb is close to the question's in navec's space («отменить» ~ «вернуть») or it holds a
figure.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.questions import content, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import tokenize


def answers_other_request(r: Reply, question: str) -> list[Span]:
    """The sentences whose verb is a doing the customer asked for outside ``question`` and which take up no word of
    it."""
    asked = content(tokenize(question))
    if not asked or points_back(question):  # «Хочу вернуть платье. Как это сделать?»: it points back to the request
        return []
    mine = {x for t in tokenize(question) for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}
    rest = [t for message in r.customer_messages for t in tokenize(message.replace(question, " "))]
    theirs = [t.lemmas for t in rest if t.tag.startswith(("VERB", "INFN")) and t.lower in content([t])
              and not touched(t.lemmas, mine)]
    if not theirs:
        return []
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        here = {x for t in words if t.tag.startswith(("VERB", "INFN", "PRTS", "PRTF"))
                for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}
        if any(touched(lemmas, here) for lemmas in theirs) \
                and not any(touched(lemmas, mine) for lemmas in content(words).values()):
            found.append((start, end))
    return found


def points_back(question: str) -> bool:
    """«это шутка?», «Это нормально?», «Это ошибка?»: «это» and a word said of it — a noun, an adverb or a short
    adjective, no verb of its own — asks about what the customer has just told («пришёл розовый чехол»), not about a
    thing of its own; what the reply does about that is what it answers («Чёрный чехол отправила сегодня»)."""
    words = tokenize(question)
    return bool(words) and words[0].lower == "это" and 2 <= len(words) <= 3 \
        and not any(t.tag.startswith(("VERB", "INFN", "NPRO", "CONJ")) for t in words[1:]) \
        and any(t.tag.startswith(("NOUN", "ADVB", "ADJS")) for t in words[1:])
