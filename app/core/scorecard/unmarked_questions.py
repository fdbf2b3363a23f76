"""Questions written without «?»: messy chat customers end a question with a stop, a line break or nothing at all.

«подскажите а можно ли оплатить картой или только наличными. и доставка в Кудрово есть?» asks two things, though only
the second carries its mark; «во-вторых, можно ли загрузить базу из таблицы напрямую.» and «2. если да, то сколько
стоит и работает ли на тарифе «Старт».» are questions of a numbered list closed by a stop. Two readings of Russian
find such a stretch:

- a «ли» right after a verb or a predicative word («можно ли», «есть ли», «работает ли», «нужна ли») asks yes or no,
  whatever ends the stretch — unless it is one of the fixed phrases where «ли» asks nothing («вряд ли», «едва ли»,
  «то ли … то ли», «чуть ли не», «если ли»);
- after an enumerator («во-первых», «во вторых», «в-третьих», «1.», «2)») a stretch opening with a question word
  («почему», «как», «сколько», «когда», «где», «куда», «какой») asks it.

:func:`questions.marked` puts the missing «?» after such a stretch, so the solution element weighs it like any other
question (a reply that answers one of two is a half-answer) — only in a message that then asks two things or more: a
lone question («успею ли на пересадку — между рейсами час.») is read whole either way, and marking it only makes the
reply's answer harder to find. A «ли» the customer weighs aloud («не могу решить, нужен ли мне планировщик») asks the
operator nothing.
"""

from __future__ import annotations

import re

from app.core.scorecard.words import tokenize

# «вряд ли», «едва ли», «чуть ли не», «то ли… то ли», «навряд ли»: «ли» in a fixed phrase asks nothing
_NOT_ASKING_BEFORE = frozenset({"вряд", "навряд", "едва", "чуть", "то", "или", "если"})
_ASKING_POS = ("VERB", "INFN", "PRED", "ADJS", "PRTS")
_QUESTION_WORDS = frozenset({"почему", "как", "сколько", "когда", "где", "куда", "откуда", "зачем", "какой", "какая",
                             "какое", "какие", "каким", "какую", "чем"})
# «во-первых», «во вторых», «в третьих», «в-четвёртых»
_ENUMERATOR_RE = re.compile(r"^\s*(?:(?:и|а)\s+)?(?:(?:во?)[-\s]?(?:первых|вторых|третьих|четв[её]ртых|пятых))\b[\s,:]*", re.I)
_NUMBER_RE = re.compile(r"^\s*\d{1,2}[.)]\s*")


def asks_by_li(stretch: str) -> bool:
    """«можно ли оплатить картой», «работает ли на тарифе», «а есть ли скидка»: a «ли» after a verb or a predicative
    word, not in a fixed phrase («вряд ли успеют»)."""
    words = tokenize(stretch)
    for i, t in enumerate(words):
        if t.lower != "ли" or not i:
            continue
        before = words[i - 1]
        if before.lower in _NOT_ASKING_BEFORE:
            continue
        if before.tag.startswith(_ASKING_POS) or before.lower in ("можно", "нельзя", "нужно", "надо", "есть", "будет"):
            return True
    return False


def asks_after_enumerator(stretch: str) -> bool:
    """«во первых почему письма уходят в спам», «2) когда придёт чек»: a numbered item opening with a question word."""
    m = _ENUMERATOR_RE.match(stretch) or _NUMBER_RE.match(stretch)
    if not m:
        return False
    words = tokenize(stretch[m.end():])
    if not words or words[0].lower not in _QUESTION_WORDS:
        return False
    # «как отписать человека» asks; «как обычно, заказала в понедельник» tells
    return words[0].lower != "как" or any(t.tag.startswith("INFN") for t in words[1:4])


# «не могу решить, нужен ли мне планировщик»: the customer weighs it aloud — a thought, not a question to the operator
_WEIGHING = frozenset({"знать", "решить", "понять", "думать", "сомневаться", "определиться", "представлять"})


def _weighed_aloud(stretch: str) -> bool:
    head = stretch[:stretch.rfind(",")] if "," in stretch else ""
    return any(t.lemmas & _WEIGHING for t in tokenize(head))


def mark_unmarked(message: str) -> str:
    """The message with «?» in place of the stop (or after the last word) of each stretch that asks without it — when
    the message then asks two things or more: a missing mark matters where one question may hide another («можно ли
    картой. и доставка есть?»), while a lone question is read whole either way."""
    out, marks, asked = [], 0, 0
    for part in re.split(r"(?<=[.!?…\n])", message):
        body = part.rstrip()
        stop = body[-1:] in (".", "…")
        text = body[:-1] if stop else body
        if text.rstrip().endswith("?"):
            asked += 1
        elif text.strip() and "?" not in text and (asks_by_li(text) and not _weighed_aloud(text)
                                                     or asks_after_enumerator(text)):
            part, marks = text + "?" + part[len(body):], marks + 1
        out.append(part)
    return "".join(out) if marks and marks + asked >= 2 else message
