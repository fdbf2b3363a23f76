"""Several questions in one message: each wants its own answer.

«Сколько стоит и покрывает ли она активный отдых?» joins two questions in one sentence; «Есть ли парковка? А можно ли
заехать раньше?» adds a second in a sentence of its own. A part the reply never touches — not by its own words, a name,
a «можно / нужно» said of it, steps for its «как», a time for its «когда», a sum for its state — is left unanswered:
:func:`questions.unanswered` names it among what the reply is missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.questions import (
    COMMON, HOW_SOON, PRICE_RE, SPANS, WAIT, WH, content, figures_of, marked, named_answer, questions, said_words,
    touched,
)
from app.core.scorecard.conditions import terms_answered  # «какие условия?» — «бесплатно, если…»
from app.core.scorecard.reply import Reply
from app.core.scorecard.wh_pairs import pair_half_unanswered
from app.core.scorecard.which_named import needs_named  # «какие документы нужны?» — «паспорт и СНИЛС»
from app.core.scorecard.words import CALENDAR, Token, tokenize

_ASKING = frozenset({"как", "можно", "где", "какой", "что"})
# Where one question of a row ends and the next begins: «…и можно ли…», «…и сколько…».
_JOINED_RE = re.compile(r",?\s+и\s+(?=(?:\S+\s+){0,2}?(?:ли|как|где|можно|какой|какая|какие|сколько|когда|почему|чего"
                        r"|зачем|откуда)\b)", re.I)
# A comma before a word with «ли» after it, in a row of «ли»-questions: «есть ли там бассейн, работает ли клуб и можно
# ли…» asks three things, each by its own «ли» — not «Подскажите, можно ли…» or «Что делать, вернут ли деньги?».
_COMMA_LI_RE = re.compile(r",\s+(?=[^\s,]+\s+ли\b)", re.I)
_LI_RE = re.compile(r"\bли\b", re.I)


def _parts(chunk: str) -> list[str]:
    """The questions joined in one sentence: at «и» before a question word, and at a comma between «ли»-questions."""
    parts = []
    for piece in re.split(_JOINED_RE, chunk):
        at = 0
        for m in _COMMA_LI_RE.finditer(piece):
            if _LI_RE.search(piece, at, m.start()):
                parts.append(piece[at:m.start()])
                at = m.end()
        parts.append(piece[at:])
    return [p.strip(" ,") for p in parts]


def untouched_questions(r: Reply, timed: bool = False) -> list[str]:
    """«Сколько стоит и покрывает ли она активный отдых?»: of two questions joined in one sentence, a «ли»
    or «как» question whose own words (those the other question does not share) the reply never touches —
    in anything but a closing wish («Хорошего отдыха!» says nothing about what the policy covers). A part that
    asks a time («как быстро дойдут?», «можно доставить завтра?») is answered by the time the reply gives
    (``timed``), whatever its verb («деньги приходят за минуту», «курьер будет у вас завтра после обеда»)."""
    said = said_words(r)
    untouched = []
    for message in r.customer_messages:
        for chunk in re.findall(r"[^.!?…]*\?", marked(message)):
            parts = _parts(chunk.rstrip("?"))
            if len(parts) < 2:
                continue
            parts_words = [content(tokenize(p)) for p in parts]
            for n, part in enumerate(parts):
                words = tokenize(part)
                # «какая», «из чего складывается…»
                asking = bool(words) and (words[0].lower in _ASKING or bool(words[0].lemmas & _ASKING)
                                          or len(words) > 1 and words[1].lower in ("чего", "чем"))
                if not any(t.lower == "ли" for t in words) and not asking:
                    continue
                others = set().union(*(set().union(*c.values()) for k, c in enumerate(parts_words) if k != n and c))
                own = [lemmas for lemmas in parts_words[n].values() if not lemmas & others] or [
                    t.lemmas for t in words if t.tag.startswith("COMP")]  # «и можно ли раньше?»: the comparative
                # «и можно ли онлайн?»: the manner is all the part asks — a «можно» said of another way is no answer
                manner = not own and _manner(words)
                own = own or [t.lemmas for t in words if t in _manner(words)]
                if timed and _asks_time(words):
                    continue
                if own and not any(touched(lemmas, said) for lemmas in own) and not named_answer(r, part) \
                        and not (_says_can(r, part, others) and not manner) and not _only_way(r, manner) \
                        and not _steps_for_how(r, words) \
                        and not _adverb_said(r, words) and not _sum_for_state(r, words) \
                        and not terms_answered(r, part):
                    untouched.append(part)
    untouched += [q for q in _following_questions(r) if q not in untouched and not _touched_own(r, q, said)
                  and not _who_told(r, q) and not (timed and _asks_time(tokenize(q)))]
    return untouched + [q for q in pair_half_unanswered(r) if q not in untouched]  # «когда и где?» — a day only


# «Можно доставить завтра?», «Успеете в субботу?», «привезти после семи вечера?»: the day or the time of day the
# customer names is what the question turns on
_DAYS = CALENDAR | {"сегодня", "завтра", "послезавтра", "утро", "вечер", "ночь", "утром", "вечером", "ночью"}


def _asks_time(words: Sequence[Token]) -> bool:
    """«как быстро дойдут», «когда привезут», «через сколько вернут», «сколько ждать», «можно доставить завтра?»:
    the part wants a time."""
    return any(t.lower == "когда" or t.lower in _DAYS or t.lemmas & _DAYS
               or t.lower == "как" and i + 1 < len(words) and words[i + 1].lower in HOW_SOON
               or t.lower == "сколько" and i + 1 < len(words) and words[i + 1].lemmas & (WAIT | SPANS)
               or t.lower == "сколько" and i and words[i - 1].lower in ("через", "во")
               for i, t in enumerate(words))


_FOLLOW_ON = frozenset({"и", "а", "еще", "ещё", "также", "тоже"})


def _sum_for_state(r: Reply, words: Sequence[Token]) -> bool:
    """«Положена ли компенсация?» — «перевозчик платит 25 ₽ за каждый час»: a question about a state (a short
    participle or adjective, no verb of doing) answered by a sum the customer did not write."""
    if any(t.tag.startswith(("VERB", "INFN")) for t in words) or not any(t.tag.startswith(("PRTS", "ADJS"))
                                                                        for t in words):
        return False
    return bool(PRICE_RE.search(r.text)) and bool(figures_of(r.text) - figures_of("\n".join(r.customer_messages)))


def _manner(words: Sequence[Token]) -> list[Token]:
    """The adverbs of manner a question turns on: «онлайн», «лично», «заранее», «бесплатно»."""
    return [t for t in words if t.tag.startswith("ADVB") and len(t.lower) >= 5 and t.lower not in COMMON]


def _only_way(r: Reply, manner: bool) -> bool:
    """«Можно ли онлайн?» — «Закрыть счёт можно только в отделении», «нет, нельзя»: an exclusive «только / лишь» or a
    plain no answers a question about the manner without naming it."""
    return manner and any(t.lower in ("только", "лишь", "нельзя", "нет") for t in r.tokens)


def _adverb_said(r: Reply, words: Sequence[Token]) -> bool:
    """«нужно ли приходить лично?» — «получение производится лично»: the reply repeats what the question turns on,
    an adverb of manner («лично», «заранее», «бесплатно»)."""
    asked = {t.lower for t in _manner(words)}
    return any(t.lower in asked for t in r.tokens)


def _steps_for_how(r: Reply, words: Sequence[Token]) -> bool:
    """«Как оформить выплату?» — «Заявление подайте в приложении, приложите европротокол»: a how-question answered
    by steps the customer is told to take."""
    return bool(words) and words[0].lower == "как" and any(t.tag.startswith("INFN") for t in words[1:4]) \
        and bool(r.imperatives[0])


def _following_questions(r: Reply) -> list[str]:
    """«Есть ли парковка? А можно ли заехать раньше?»: a question put in a sentence of its own that opens with «и»,
    «а», «ещё» — a second question the customer adds, which wants its own answer just as two questions joined in
    one sentence do. As there, a «ли» or «как / где / можно / какой / что» question, or one asked by «кто» or by its
    tone alone («А зарядку привезёте?», :func:`_asks_added`): «когда?» and «сколько?» want
    a time or a figure, which :func:`unanswered` looks for. Of two questions or more, one without such an opener
    wants its answer too («Можно ли вернуть кроссовки? И сколько стоит доставка?» — the first; «…можно учиться
    онлайн? Какие документы нужны?» — the second) when it asks by «ли» or opens with «как / можно / какой»
    («что» opens reproaches too: «Что за безобразие?»), or asks by its tone about a thing («…почему? деньги
    вернут?», :func:`_asks_of_a_thing`)."""
    found = []
    asked = [chunk for chunk in questions(r) if tokenize(chunk)]  # «Куда ехать???» is one question
    for n, chunk in enumerate(asked):
        words = tokenize(chunk)
        if not n or words[0].lower not in _FOLLOW_ON:
            if len(asked) > 1 and (_asks_apart(r, words) or n and _asks_of_a_thing(words)):  # «2) можно ли взять коляску?» quoted without its number
                found.append(re.sub(r"^(?:[^?]*:\s*)?\d{1,2}\)\s*", "", chunk.rstrip("?").strip()))
            continue
        rest = words[1:]
        # «И если нельзя, то сколько мы потеряем?»: the question word may come after a condition
        asking = bool(rest) and (rest[0].lower in _ASKING or bool(rest[0].lemmas & _ASKING))  # «И какая сумма?»
        if any(t.lower == "ли" for t in rest) or asking or _asks_added(rest) \
                or (rest[0].lower == "если" and any(t.lemmas & WH for t in rest)):
            found.append(chunk[chunk.find(rest[0].text):].rstrip("?").strip() if rest else chunk)
    return found


def _asks_of_a_thing(words: Sequence[Token]) -> bool:
    """«мне отказали в визе, почему? деньги за услуги вернут?»: a later question with no opener that asks yes or no
    by its tone about a thing (:func:`_asks_added`), not about the one addressed — «Вы издеваетесь?» is a reproach."""
    return _asks_added(words) and not any(t.lower in ("вы", "ты") or "2per" in t.tag for t in words)


def _asks_added(rest: Sequence[Token]) -> bool:
    """«И кто оплатит такси?», «А чеки вы пришлёте?»: an added question that asks who, or asks yes or
    no by its tone alone (a verb of its own, no question word, no «если» that makes it a case to weigh) — it wants its
    own answer as much as one asked by «ли»."""
    if not rest or rest[0].lower == "если":
        return False
    if rest[0].lemmas & {"кто", "чей"}:
        return True
    return not any(t.lemmas & WH or t.lower in WH for t in rest) \
        and any(t.tag.startswith("VERB") and "impr" not in t.tag for t in rest)


def _who_told(r: Reply, question: str) -> bool:
    """«Кто мне компенсирует отгулы?» — «я вернула вам 1 500 ₽»: a «кто?» is answered by a name or by the company
    itself, «я / мы» or its own verb, whatever the reply calls the deed."""
    words = tokenize(question)
    if not words or not words[0].lemmas & {"кто", "чей"}:
        return False
    return bool(named_answer(r, question)) or any(
        t.lower in ("я", "мы") or t.tag.startswith("VERB") and "1per" in t.tag for t in r.tokens)


def _asks_apart(r: Reply, words: Sequence[Token]) -> bool:
    """A question of its own: asked by «ли», or opening with «можно», «какой» or «как (сделать)» — unless steps
    answer the how («Как её применить?» — «Введите промокод в корзине»). Where to go is left to the where-rules:
    steps may answer it in words of their own."""
    first = words[0]
    return any(t.lower == "ли" for t in words) or first.lower == "можно" or bool(first.lemmas & {"какой"}) \
        or first.lower == "как" and any(t.tag.startswith("INFN") for t in words[1:4]) and not _steps_for_how(r, words)


def _touched_own(r: Reply, question: str, said: set[str]) -> bool:
    """The reply touches at least one of this question's own words (those the customer's other questions do not
    share) — or the question has no words of its own. A unit of time is no topic while others are left: «вернут ли
    остаток за текущий месяц?» is not answered by «на два месяца дешевле»."""
    others = [q for q in questions(r) if not q.rstrip("?").strip().endswith(question)]
    theirs = set().union(*(set().union(*content(tokenize(q)).values()) for q in others if content(tokenize(q))))
    own = [lemmas for lemmas in content(tokenize(question)).values() if not lemmas & theirs]
    own = [lemmas for lemmas in own if not lemmas & SPANS] or own
    return not own or any(touched(lemmas, said) for lemmas in own) or _says_can(r, question, theirs) \
        or needs_named(r, question) or terms_answered(r, question)


# «Ранний заезд возможен с 10:00» to «можно ли заехать раньше?»: a «can I?» answered by what can or cannot be done
_CAN_ASK = frozenset({"можно", "нельзя"})
_CAN_SAY = frozenset({"можно", "нельзя", "возможно", "невозможно", "возможный", "невозможный"})
# «нужно ли приходить лично?» — «получать нужно лично»: a «must I?» answered by what must or need not be done
_MUST_ASK = frozenset({"нужно", "надо", "необходимо", "обязательно"})
_MUST_SAY = frozenset({"нужно", "надо", "необходимо", "обязательно", "обязательный", "требоваться"})


def _says_can(r: Reply, question: str, others: set[str]) -> bool:
    """A «можно ли…?» question, and a sentence of the reply that says what can be done without speaking of the other
    questions' words (so it answers this one)."""
    asked = {t.lower for t in tokenize(question)}
    says = _CAN_SAY if asked & _CAN_ASK else _MUST_SAY if asked & _MUST_ASK else frozenset()
    if not says:
        return False
    for m in re.finditer(r"[^.!?…\n;:]+", r.text):  # by clause: «…; если нет, ранний заезд можно оплатить»
        words = r.tokens_in(m.start(), m.end())
        if any(t.lemmas & says for t in words) and not any(t.lemmas & others for t in words):
            return True
    return False
