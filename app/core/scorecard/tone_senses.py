"""Words of the tone lists read in the sense the reply gives them, which is no fault of tone:

- **a name in quotation marks**: «С акцией «Приведи друга» скидка складывается», «кнопка «Нажми и держи»» — a
  singular imperative inside quotes names an offer or a button; it does not address the customer as «ты»;
- **«достать» of fetching**: «Заявки я достала из журнала», «достали ваш чек из архива» — the operator fetches a
  thing (a first-person doer or «из» after the verb), not «вы меня достали»;
- **«я вам уже» with a deed**: «третье упражнение я вам уже засчитала» — what the operator has already done for the
  customer, not «я вам уже объясняла» (a verb of telling: a lecture);
- **the customer's weariness named in an apology**: «Извините, что рассылки так вам надоели» — the weary word in the
  «что» clause of an apology («извините», «простите», «жаль»), with no «но» between, is sympathy;
- **a duty the company missed, owned in an apology**: «Простите, что отдых прошёл под шум, — об этом нужно было
  предупредить» — «нужно было» in a sentence that opens with an apology and has no «вы» and no «но» tells what the
  company should have done, not what the customer should have (docs/scorecard_rubric.md, «Тон»: blame and lecturing
  are aimed at the customer);
- **a phrase split by a clause**: «А чтобы вы точно смогли работать» is a purpose, not «а вы точно…?»;
- **«вы не …» that reassures**: «Вы ничего не сломали», «вы не пользовались доставками, поэтому возврат полный».
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.not_received import not_received
from app.core.scorecard.reply import Reply

_OPEN, _CLOSE = "«„\"", "»“\""
_APOLOGY = frozenset({"извинить", "простить", "извиняться", "сожалеть", "жаль"})
_WEARY = frozenset({"надоесть", "достать", "задолбать", "бесить", "надоедать"})
# Verbs of telling: «я вам уже говорила / объясняла / писала» lectures.
_TELLING = frozenset({"говорить", "сказать", "объяснять", "объяснить", "писать", "написать", "сообщать", "сообщить",
                      "отвечать", "ответить", "повторять", "повторить", "рассказывать", "рассказать", "указывать",
                      "указать", "напоминать", "напомнить", "присылать", "прислать", "отправлять", "отправить",
                      "давать", "дать"})
_YOU = frozenset({"вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши"})


def _sentence(r: Reply, at: int) -> tuple[int, int]:
    return next(((a, b) for a, b in r.sentences if a <= at < b), (0, len(r.text)))


def quoted(r: Reply, span: Span) -> bool:
    """The span stands inside a pair of quotation marks within its sentence."""
    start, end = _sentence(r, span[0])
    before, after = r.text[start:span[0]], r.text[span[0] + span[1]:end]
    opened = max(before.rfind(c) for c in _OPEN)
    closed = max(before.rfind(c) for c in "»“")
    return opened > closed and any(c in after for c in _CLOSE)


def fetched(r: Reply, span: Span) -> bool:
    """«достать» of fetching: «я достала из журнала», «достали чек из архива»."""
    words = r.tokens_in(span[0], span[0] + span[1])
    if not words or "достать" not in words[0].lemmas:
        return False
    start, end = _sentence(r, span[0])
    before = r.tokens_in(start, span[0])[-3:]
    after = r.tokens_in(span[0] + span[1], end)[:4]
    return any(t.lower in ("я", "мы") for t in before) or any(t.lower in ("из", "изо") for t in after)


def deed_already(r: Reply, span: Span) -> bool:
    """«я вам уже засчитала»: the verb after «я вам уже» is a deed, not one of telling."""
    words = r.tokens_in(span[0], span[0] + span[1])
    if [t.lower for t in words[-3:]] != ["я", "вам", "уже"]:
        return False
    _, end = _sentence(r, span[0])
    verb = next((t for t in r.tokens_in(span[0] + span[1], end)[:2] if t.tag.startswith("VERB")), None)
    return verb is not None and not verb.lemmas & _TELLING


def weary_in_apology(r: Reply, span: Span) -> bool:
    """«Извините, что рассылки так вам надоели»: the weary word inside the «что» clause of an apology."""
    words = r.tokens_in(span[0], span[0] + span[1])
    if not words or not words[0].lemmas & _WEARY:
        return False
    start, _ = _sentence(r, span[0])
    before = r.tokens_in(start, span[0])
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower == "что"), None)
    return at is not None and any(t.lemmas & _APOLOGY for t in before[:at]) \
        and not any(t.lower == "но" for t in before[at:])


def owned_duty(r: Reply, span: Span) -> bool:
    """«Простите, что …, — об этом нужно было предупредить»: a past «нужно / надо было» in a sentence that opens with
    an apology, with no «вы», «ваш» and no «но» in it — the company's duty owned, not the customer's."""
    start, end = _sentence(r, span[0])
    words = r.tokens_in(start, end)
    if not words or not words[0].lemmas & _APOLOGY or not words[0].start < span[0]:
        return False
    found = r.tokens_in(span[0], span[0] + span[1])
    if not any(t.lower == "было" for t in found) or not any(t.lower in ("нужно", "надо") for t in found):
        return False
    return not any(t.lower in _YOU or t.lower == "но" for t in words)


_CLAUSE_OPENERS = frozenset({"чтобы", "чтоб", "если", "когда", "пока"})


def split_by_clause(r: Reply, span: Span) -> bool:
    """«А чтобы вы точно смогли работать, я подключила…»: a phrase of the lists («а вы точно») matched across the
    «чтобы», «если» or «когда» that opens a clause of purpose or condition — no doubt cast on the customer."""
    return any(t.lower in _CLAUSE_OPENERS for t in r.tokens_in(span[0], span[0] + span[1])[1:-1])


_NOTHING = frozenset({"ничего", "ни", "никак", "нигде", "никуда"})
_SO = (("поэтому",), ("так", "что"), ("значит",), ("следовательно",))
_DENYING = frozenset({"не", "нет", "нельзя", "невозможно", "невозможен", "невозможна", "ни"})
# «…, поэтому счёт выставлен верно», «…, так что списание правильное»: the consequence upholds the company's charge —
# a verdict on the customer, not a gain
_UPHELD = frozenset({"верно", "верный", "правильно", "правильный", "корректно", "корректный", "обоснованно",
                     "обоснованный", "законно", "законный", "правомерно", "правомерный"})


def reassured(r: Reply, words: list, you: int, verb: int) -> bool:
    """«вы … не <past verb>» that is no verdict on the customer: the «вы» and the verb in different clauses («после
    того, как вы ввели пароль, входов не было»); «ничего», «ни» between them («Вы ничего не сломали» reassures); or
    a consequence after it («поэтому», «так что», «значит») that denies nothing — what the customer did not do
    gets them something («вы не пользовались доставками, поэтому возврат полный»), unlike «вы не указали квартиру,
    поэтому курьер не смог доставить» or «вы не отключили роуминг, поэтому счёт верный» (the charge upheld). «Вы
    всё-таки не …», «вы всё же не …» contradict the customer's own account: always a verdict."""
    if any(c in r.text[words[you].end:words[verb].start] for c in ",;:—"):
        return True
    if not_received(words[verb]):  # «уведомлений вы не получали»: nothing reached them, they failed at nothing
        return True
    if any(t.lower in _NOTHING for t in words[you + 1:verb]):
        return True
    between = [t.lower for t in words[you + 1:verb]]
    if "все-таки" in between or "всё-таки" in between or {"все", "же"} <= set(between) or {"всё", "же"} <= set(between):
        return False
    after = [t.lower for t in words[verb + 1:]]
    for k in range(len(after)):
        so = next((s for s in _SO if tuple(after[k:k + len(s)]) == s), None)
        if so is not None:
            rest = words[verb + 1 + k + len(so):]
            return not any(w in _DENYING for w in after[k + len(so):]) and not any(t.lemmas & _UPHELD for t in rest)
    return False

