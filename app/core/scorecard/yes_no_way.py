"""«Можно оформить рассрочку?» — «Да, такая возможность у нас есть»: a yes where the customer must act and is told
nothing of how.

The rubric («Решение», решено 2026-12-06): to a question of permission or of what there is, where the customer need
arrange nothing («Можно заселиться с собакой?»), a bare yes is the answer; where a doing of the customer's stands
behind the yes (a refund, moving a number, instalments, a new teacher), a yes with no «how» is no solution. What a
customer must do is not in the question's words («оплатить при получении» and «оплатить частями» look alike), so the
line is drawn on the reply's side: a yes to «можно (ли) / могу ли + a perfective infinitive» that names no way at all —
no thing of its own beyond what exists or is the reason («у нас есть лицензия», «такая услуга есть»), the customer's
words said back, and its courtesies — leaves the customer to ask how. A means, a place, a party who does it («курьер
принимает карты», «на схеме салона», «картой или наличными»), a figure, a step, a path or a link is a way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.dial_codes import dialled_way
from app.core.scorecard.filed_nowhere import filed_nowhere, nowhere_filed_things
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.questions import asks_how, questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE
from app.core.scorecard.words import Token, find_phrases, tokenize

# How a customer asks whether they may do a thing: «можно ли вернуть?», «могу ли я перейти?», «возможно ли…?».
_MAY = frozenset({"можно", "мочь", "возможно"})
# A yes said by a word or by the permission said back: «Да», «Конечно», «Можно», «перенос возможен».
_YES = frozenset({"да", "конечно", "разумеется", "можно", "возможно", "возможный"})
_NO = frozenset({"нет", "нельзя", "невозможно", "невозможный"})
# What may close a question whose «можно» comes last: «…, можно?», «…, это можно ли?», «…, можно так?».
_TAIL = frozenset({"ли", "так", "это", "же", "вообще"})
# What only says there is such a thing: «такая услуга у нас есть», «у нас есть лицензия», «такая возможность имеется».
_BE = frozenset({"быть", "есть", "иметься", "существовать"})
_NAMES = re.compile(r"\b(?:Name|Surn|Patr)\b")  # «Светлана, здравствуйте»: the customer's name is no way
_LINK_RE = re.compile(r"https?://|\bwww\.|\b[\w-]+\.(?:ru|com|рф|org|net)\b", re.I)


def _asked_doing(r: Reply) -> list[Token]:
    """The perfective infinitives the customer asks leave for: «можно вернуть деньги?», «могу ли я перейти…?»; only
    when every question is such a one (others are judged by their own rules)."""
    found, asked = [], questions(r)
    for chunk in asked:
        words = tokenize(chunk)
        at = next((i for i, t in enumerate(words) if t.lemmas & _MAY or t.lower in _MAY), None)
        doing = [t for t in words[at + 1:at + 5] if t.tag.startswith("INFN") and "perf" in t.tag] if at is not None \
            else []
        if at is not None and not doing and all(t.lower in _TAIL for t in words[at + 1:]):
            # «Хочу перенести дату на 20-е, можно?»: the doing is said first and the leave asked after it
            doing = [t for t in words[:at] if t.tag.startswith("INFN") and "perf" in t.tag][-1:]
        if not doing:
            return []
        found += doing[:1]
    return found


def _courtesy(r: Reply, words: Sequence[Token]) -> bool:
    """«Будем рады видеть вас на курсе!», «Хорошего дня!», «Приносим извинения за беспокойство»: a greeting, a word
    of sympathy, a closing or a wish says nothing of the way."""
    lex = r.lex
    return any(find_phrases(words, phrases) for phrases in (lex.greeting, lex.empathy, lex.closing)) \
        or bool(words and words[0].lemmas & lex.wishes_set)


def _way_named(r: Reply, words: Sequence[Token]) -> bool:
    """A noun of the reply's own that is no subject of «есть» and not the customer's thing or doing by its kin: a
    means, a place or a party («курьер принимает карты», «при покупке на схеме салона»)."""
    theirs = r.customer_lemmas | {x for t in nowhere_filed_things(r) for x in t.lemmas}
    mine = r.customer_tokens
    being = any(t.lemmas & _BE for t in words)
    for i, t in enumerate(words):
        if not t.tag.startswith("NOUN") or t.lemmas & theirs or len(t.lower) < 3 or _NAMES.search(t.tag):
            continue
        if being and "nomn" in t.tag and not (i and words[i - 1].tag.startswith("PREP")):
            continue  # «такая услуга у нас есть»: what there is, no way to it
        if kin_taken_up(mine, [t]):  # «при переходе» to «перейти»: the customer's doing by its noun
            continue
        return True
    return False


def yes_without_way(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """The yes of a reply to «можно (ли) + a perfective infinitive» that says nothing of how: no step, path, link,
    code, figure, nor a noun of a means, place or party (see the module's note); the span of the yes."""
    # «Напишите нам, и мы всё сделаем», «нужно написать заявление»: a filing with nowhere named is no way
    if asks_how(r) or not _asked_doing(r) or any(not filed_nowhere(r, s) for s in r.imperatives[0] + r.imperatives[1]):
        return []
    text = r.text
    if WHERE_RE.search(text) or _LINK_RE.search(text) or dialled_way(r):
        return []
    yes: list[Span] = []
    for s, e in r.sentences:
        if any(a[0] <= s < a[1] for a in aside):
            continue
        words = r.tokens_in(s, e)
        if not words or _courtesy(r, words):
            continue
        if any(t.lower in _NO or t.lemmas & _NO or t.tag.startswith("NUMR") or t.lower[:1].isdigit() for t in words):
            return []
        if _way_named(r, words):
            return []
        yes += [(t.start, t.end - t.start) for t in words if t.lower in _YES or t.lemmas & _YES][:1]
    return yes[:1]
