"""«Проверила: всё было верно», «у нас всё было сделано правильно»: to an upset customer, the company's part declared
right in the past — the complaint dismissed without the company's words of infallibility.

docs/scorecard_rubric.md, «Тон»: «с нашей стороны всё верно, без вариантов» fails («наша система не может
ошибаться»). The lexicon holds «с нашей стороны всё верно»; the same insistence is said with no «нашей стороны» at
all: «всё было» and a word of rightness («верно», «правильно», «корректно») right after it, in one clause, to a
customer who complains («в порядке» is left out: «с картой всё было в порядке» tells where things stand). Not «вы всё сделали правильно», «данные вы указали верно» (the customer's own part —
reassurance: a «вы / ваш» in the clause), not a question or a condition («если всё было верно…»), not denied («не
всё было верно»), and not said to a calm customer («всё было верно оформлено, билет в приложении» confirms).
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import PART_RE

_RIGHT = frozenset({"верно", "правильно", "корректно", "безошибочно"})
_WAS = frozenset({"было", "были", "был", "была"})
_YOURS = frozenset({"вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашу", "ваших"})
_IF = frozenset({"если", "ли", "бы", "чтобы", "когда", "не", "ни"})


def all_was_right(r: Reply, upset: bool) -> list[Span]:
    """Spans from «всё» to the word of rightness in clauses that insist the past was right; none to a calm customer."""
    if not upset:
        return []
    found = []
    for start, end in r.sentences:
        if r.text[start:end].rstrip().endswith("?"):
            continue
        for m in PART_RE.finditer(r.text, start, end):
            words = r.tokens_in(m.start(), m.end())
            lowered = [t.lower for t in words]
            if "всё" not in lowered and "все" not in lowered or set(lowered) & (_YOURS | _IF):
                continue
            at = lowered.index("всё") if "всё" in lowered else lowered.index("все")
            if at + 2 >= len(words) or lowered[at + 1] not in _WAS:
                continue
            # «всё было абсолютно верно»; «всё было оформлено верно» tells how a thing was done, not that all was right
            right = next((t for k, t in enumerate(words[at + 2:at + 4]) if t.lower in _RIGHT
                          and (k == 0 or words[at + 2].tag.startswith("ADVB"))), None)
            if right is not None:
                found.append((words[at].start, right.end - words[at].start))
    return found
