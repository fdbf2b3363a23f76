"""«Привезите роутер в офис продаж», «отнесите чайник в сервисный центр»: the customer told to carry a thing to one of
the company's places without being told which one.

The rubric («Решение»): sending the customer elsewhere counts only when it says exactly where and what to do there
(«справку выдадут в любом отделении по паспорту»). A company has many offices, shops and service centres: «в офис»
alone leaves the customer to ask which. The place is named by «любой» / «ближайший» / «тот же», by what the customer
did there («в магазин, где покупали»), by a name or an address (a capital letter, a figure, quotes), or by a path or
link; any of these in the step's sentence makes it a way.
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE

# Carrying a thing somewhere, or handing it in there.
_CARRYING = frozenset({"принести", "приносить", "привезти", "привозить", "отнести", "относить", "отвезти", "отвозить",
                       "сдать", "сдавать", "доставить", "передать"})
# The company's own places, of which it has many.
_PLACES = frozenset({"офис", "магазин", "салон", "сервис", "центр", "филиал", "мастерская", "склад", "точка",
                     "шоурум"})
# Words that say which one: any of them, the nearest, the same.
_WHICH = frozenset({"любой", "ближайший", "тот", "этот", "такой", "один", "свой"})
_NAMED_RE = re.compile(r"\d|«|\"")


def carried_nowhere(r: Reply, span: Span) -> bool:
    """The step at ``span`` carries or hands a thing in «в / на» one of the company's places, and its sentence names
    none of them (see the module's note)."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _CARRYING:
        return False
    start, end = r.sentence_at(span[0])
    after = [t for t in r.tokens[idx + 1:] if t.start < end]
    at = next((i for i, t in enumerate(after[:4]) if t.lower in ("в", "во", "на")), None)
    if at is None or at + 1 >= len(after):
        return False
    phrase = after[at + 1:at + 4]
    if not any(t.lemmas & _PLACES and t.tag.startswith("NOUN") for t in phrase):
        return False
    sentence = r.text[start:end]
    if WHERE_RE.search(sentence) or _NAMED_RE.search(r.text[after[at].start:end]):
        return False
    if any(t.lemmas & _WHICH for t in phrase):
        return False
    # «в магазин, где покупали», «в салон, в котором оформляли договор»: the customer's own place, named by what they did
    if any(t.lower in ("где", "куда") or "который" in t.lemmas for t in after[at + 1:]):
        return False
    # a name or an address: a capitalised word after the verb («в салон на Тверской», «в магазин «Лента»»)
    return not any(t.text[:1].isupper() for t in after)
