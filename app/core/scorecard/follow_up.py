"""What is not answered yet but promised, with its time: «Подберу три тура и пришлю их сегодня до 19:00, с ценой на
двоих» to «сколько будет стоить тур?».

The rubric's second way to meet «Решение»: the problem is not solved, but who does what by when is named. So a
question left open is no half-answer when the operator's own next step with its deadline is about that very
question — its words, or the kind of answer it wants (a price, a date). And a step the company will take
(«проверим», «с вами свяжутся») is such a next step only with its time.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.scorecard.card import Span
from app.core.scorecard.questions import content, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, also_imperative, tokenize

# Steps the company takes that need a time: a promise to check, consider or call back without one is vague.
_SLOW_STEPS = frozenset({"проверить", "рассмотреть", "обсудить", "связаться", "перезвонить", "ответить", "сообщить",
                         "разобраться", "уточнить", "передать", "решить", "позвонить", "изучить", "назначить",
                         "организовать", "провести", "посмотреть", "подумать", "принять"})
# Where a way forward is taken: «в приложении», «в личном кабинете», «по ссылке», «в отделении».
PLACES = frozenset({"приложение", "кабинет", "раздел", "сайт", "ссылка", "настройка", "меню", "кнопка", "отделение",
                    "офис", "пункт", "терминал", "банкомат", "чат", "профиль", "касса", "стойка"})

# The words that name what a kind of question wants, by the word that asks it: a promised «расчёт» or «цена»
# answers «сколько стоит?».
_KIND_WORDS = (
    ("стоит", frozenset({"цена", "стоимость", "стоить", "расчёт", "расчет", "сумма"})),
    ("сколько", frozenset({"сумма", "количество", "расчёт", "расчет", "число"})),
    ("когда", frozenset({"срок", "дата", "время", "день", "расписание"})),
    ("долго", frozenset({"срок", "дата", "время"})),
)


def promised_answer(r: Reply, aside: Sequence[Span], frames: Sequence[Span], missing: str) -> list[Span]:
    """The operator's first-person promise («пришлю», «уточню и напишу») with a time frame in the same sentence,
    speaking of what is ``missing`` (as :func:`questions.unanswered` names it: «сколько стоит», or the question
    left untouched)."""
    asked = set().union(*content(tokenize(missing)).values()) if content(tokenize(missing)) else set()
    kinds = set().union(*(words for cue, words in _KIND_WORDS if cue in missing.lower()))
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside) or not any(start <= f[0] < end for f in frames):
            continue
        words = r.tokens_in(start, end)
        # the likeliest reading a first-person future: «пришлю», not «на почту» (also «я почту»)
        own = [t for i, t in enumerate(words) if t.tag.startswith("VERB") and "1per" in t.tag and "futr" in t.tag
               and not (i and words[i - 1].lower == "не")]
        if own and any(touched(t.lemmas, asked) or t.lemmas & kinds for t in words if t not in own):
            return [(own[0].start, own[0].end - own[0].start)]
    return []


def slow_promises(tokens: Sequence[Token], aside: Sequence[tuple[int, int]],
                   sentences: Sequence[tuple[int, int]] = ()) -> list[Span]:
    """«мы обсудим», «проверим», «с вами свяжется оценщик»: a step the company will take, which needs a time —
    not a fallback offered in case the customer's own step fails («Если дозвониться не получится, напишите, я сама
    свяжусь с ними»): the way forward is the customer's step, told before it."""
    found = []
    for i, tok in enumerate(tokens):
        if not tok.tag.startswith("VERB") or "futr" not in tok.tag or not tok.lemmas & _SLOW_STEPS:
            continue
        if any(a[0] <= tok.start < a[1] for a in aside) or _fallback(tokens, sentences, tok) \
                or _on_request(tokens, sentences, tok) or _lead_in(tokens, sentences, i):
            continue
        near = {t.lower for t in tokens[max(0, i - 3):i + 3]}
        if "давайте" in near or any(t.lemmas & PLACES for t in tokens[i + 1:i + 5]):
            continue  # «давайте решим» invites; «заявление примем в любом офисе» is kept when the customer comes
        if "1per" in tok.tag or "3per" in tok.tag and (near & {"вам", "вами"} or _unnamed(tokens, sentences, i)):
            found.append((tok.start, tok.end - tok.start))
    return found


# A clause these open tells when or on what condition, not what the company will do: «после того, как склад примет».
_SUBORDINATE = frozenset({"как", "когда", "если", "пока", "чтобы", "который", "где"})


def _unnamed(tokens: Sequence[Token], sentences: Sequence[tuple[int, int]], i: int) -> bool:
    """«Заявление рассмотрят», «его проверят»: a plural with no one named in its sentence — the company, unnamed,
    doing it (not «склад примет», not a verb in a clause of time or condition)."""
    at = next(((s, e) for s, e in sentences if s <= tokens[i].start < e), None)
    before = [t for t in tokens[:i] if at is not None and at[0] <= t.start]
    return "plur" in tokens[i].tag and not (before and before[-1].lower == "не") and not any(
        t.lemmas & _SUBORDINATE or t.lower == "они" or t.tag.startswith("NOUN") and "nomn" in t.tag and "plur" in t.tag
        for t in before)


# Waiting is no step of the customer's: «всё решим, ожидайте».
_WAITING = frozenset({"ожидать", "подождать", "ждать", "дождаться"})


def _bids(tok: Token) -> bool:
    """«нажмите», «попросите» (read first as a future, an imperative among its parses)."""
    return "impr" in tok.tag and "plur" in tok.tag or "2per" in tok.tag and also_imperative(tok.lower)


def _lead_in(tokens: Sequence[Token], sentences: Sequence[tuple[int, int]], i: int) -> bool:
    """«Щас всё решим: нажмите «Получить код на почту»», «Не переживайте, всё исправим. Откройте …»: a promise with
    nothing of its own to do («всё», no thing named) that leads straight into the customer's step, told next (the
    first word after it in its sentence, or the first word of the next) — the way forward is that step, taken now,
    and no company step owed a time."""
    at = next(((s, e) for s, e in sentences if s <= tokens[i].start < e), None)
    if at is None:
        return False
    rest = [t for t in tokens[i + 1:] if t.start < at[1]]
    nxt = next((t for t in tokens[i + 1:] if t.start >= at[1]), None)
    step = next((t for t in rest if _bids(t)), None) if rest else None
    if step is None:
        if rest or nxt is None:
            return False
        step = nxt
    between = [t for t in rest if t.start < step.start]
    return _bids(step) and not step.lemmas & _WAITING \
        and not any(t.tag.startswith(("NOUN", "NPRO")) for t in between) \
        and not any(t.tag.startswith("NOUN") and t.lower != "всё" for t in tokens[max(0, i - 2):i])


def _on_request(tokens: Sequence[Token], sentences: Sequence[tuple[int, int]], tok: Token) -> bool:
    """«Если хотите, я проверю платёж вручную»: an extra the customer may ask for — the way forward was told
    already, and the extra waits on the customer's word, not on the company's time."""
    at = next(((s, e) for s, e in sentences if s <= tok.start < e), None)
    before = [t for t in tokens if at is not None and at[0] <= t.start < tok.start]
    return len(before) >= 2 and before[0].lower == "если" and bool(before[1].lemmas & {"хотеть", "желать"})


def _fallback(tokens: Sequence[Token], sentences: Sequence[tuple[int, int]], tok: Token) -> bool:
    """The promise stands in a sentence that opens with «если … не / нет …» (the condition is a failure: «Если вкладки
    нет, напишите мне, я проверю доступ») and is not the reply's first sentence of substance — something was said
    before it for the customer to do."""
    at = next(((n, s, e) for n, (s, e) in enumerate(sentences) if s <= tok.start < e), None)
    if at is None or at[0] < 2:
        return False
    before = [t.lower for t in tokens if at[1] <= t.start < tok.start]
    return bool(before) and before[0] == "если" and ("не" in before or "нет" in before)
