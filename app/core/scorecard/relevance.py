"""Whether the reply speaks to what each of the customer's yes-or-no questions is about.

«Можно ли вернуть товар, купленный по акции?» is about returning: a reply on how long the offer runs shares the word
«акция» with the question and still answers another one. A question's *focus* is what it asks to be confirmed or
denied — the infinitive after «можно (ли)», the verb before «ли» («покрывает ли»), the main verb of a bare yes-or-no
question («Курьер уже выехал?»), else its nouns («Это ошибка?»). The reply addresses it when it takes up that word
(in any form, a five-letter stem, or a word close in meaning by navec: «перенести» ~ «перенос»), says yes or no
(«да», «нельзя», «возможен»), or — to a question about a thing («Это ошибка?») — gives a reason or a new figure.
Questions with a wh-word («когда», «сколько», «почему»…) want a kind of answer, which :mod:`questions` looks for;
rhetorical ones put to the company («Вы вообще проверяете, что отправляете?») want no answer of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.grammar.language.syntax import analyse
from app.core.scorecard.card import Span
from app.core.scorecard.questions import content, gives_reason, questions, said_words, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, is_number, normal_form, tokenize

_WH = frozenset({"когда", "сколько", "где", "куда", "откуда", "почему", "зачем", "отчего", "как", "какой", "что",
                 "кто", "чей", "который", "каков"})
_CAN = frozenset({"можно", "нельзя", "возможно", "реально", "получится", "получиться"})
_BE = frozenset({"быть", "есть", "являться"})
# What says yes or no to «можно ли…?»: «да», «нет», «можно», «нельзя», «возможен», «не получится».
_YES_NO = frozenset({"да", "нет", "конечно", "можно", "нельзя", "возможно", "невозможно", "возможный", "невозможный",
                     "получиться", "разрешить", "разрешаться", "запрещаться", "увы"})
_OPENERS = frozenset({"да", "нет", "конечно", "увы", "готово"})
# Words close in meaning by navec above this («перенести» ~ «перенос» 0.41, «вернуть» ~ «обменять» 0.38) speak of
# the same thing; another action stays below («вернуть» ~ «доставлять» 0.12, «перенести» ~ «действовать» 0.11).
_CLOSE = 0.33


@dataclass(frozen=True)
class Focus:
    question: str
    kind: str  # "verb": a verb to confirm or deny; "how": the doing asked about; "thing": nouns («Это ошибка?»)
    words: tuple[Token, ...]


def focuses(r: Reply) -> list[Focus]:
    """The focus of each yes-or-no question the customer asked."""
    found = []
    for chunk in questions(r):
        words = tokenize(chunk)
        if not words or _rhetorical(words):
            continue
        focus = _focus(chunk, words)
        if focus is not None:
            found.append(focus)
    return found


# What a customer asks the operator to do or tell: «пришлите», «подскажите», «помогите».
_ASKING = frozenset({"прислать", "подсказать", "помочь", "сказать", "объяснить", "проверить", "сообщить", "отправить",
                     "выслать", "уточнить", "посмотреть"})


_COURTESY = frozenset({"извинить", "простить", "благодарить"})


def asks_really(r: Reply) -> str:
    """The customer asked a question that wants an answer («Что делать?», «Можно сдать позже?») or asked for
    something («Разблокируйте!»): "question", "request" or "" — a reproach put as a question («Мы за такое платили?»)
    is neither."""
    if any(not _rhetorical(tokenize(chunk)) for chunk in questions(r)):
        return "question"
    asked = [t for t in tokenize("\n".join(r.customer_messages)) if "impr" in t.tag and not t.lemmas & _COURTESY]
    if any(t.lemmas & _ASKING for t in asked):  # «пришлите оценки», «подскажите лимит»: asks to be told
        return "question"
    return "request" if asked else ""


def _rhetorical(words: Sequence[Token]) -> bool:
    """«Вы вообще проверяете, что отправляете?», «вы понимаете, что я теряю деньги?»: a question about what the
    company does — a reproach, not a question to answer; so is one about what the customer did."""
    if any(t.lower == "вы" for t in words) and any("2per" in t.tag and "plur" in t.tag for t in words) \
            or any(t.lower in ("вообще", "неужели", "разве") for t in words):
        return True
    # «Мы за такое платили?», «Я зря ждала?»: what the customer did, asked of no one
    return any(t.lower in ("я", "мы") for t in words) and any("past" in t.tag for t in words) \
        and not any(t.lower in _CAN or t.lower == "ли" for t in words)


def _focus(chunk: str, words: Sequence[Token]) -> Focus | None:
    verbs: list[Token] = []
    for i, tok in enumerate(words):
        if tok.lower in _CAN and not (i and words[i - 1].lower == "сколько"):  # «можно ли вернуть…», «можно её вернуть?»
            verb = next((t for t in words[i + 1:i + 5] if t.tag.startswith("INFN")), None)
            if verb is not None:
                verbs = [verb]
                break
    how = next((i for i, t in enumerate(words) if t.lower == "как"), None)
    kind = "verb"
    if not verbs and how is not None:  # «как оформить возврат?»: about that doing
        verb = next((t for t in words[how + 1:how + 4] if t.tag.startswith("INFN")), None)
        if verb is not None and content([verb]):  # not «как это сделать?»: a verb that names no doing
            verbs, kind = [verb], "how"
    if not verbs and any(t.lemmas & _WH for t in words):
        return None
    at = next((i for i, t in enumerate(words) if t.lower == "ли"), None)
    if not verbs and at is not None and at > 0 and words[at - 1].tag.startswith(("VERB", "INFN")) \
            and not words[at - 1].lemmas & _BE:  # «покрывает ли она…»
        verbs = [words[at - 1]]
    if not verbs and at is None:  # «Курьер уже выехал?», «Деньги уже списали, их вернут?»
        verbs = [t for t in words if t.tag.startswith("VERB") and not t.lemmas & _BE and "2per" not in t.tag]
    if verbs:
        return Focus(chunk, kind, tuple(verbs) + _arguments(chunk, verbs))
    kept = content(words)
    things = tuple(t for t in words if t.lower in kept)
    return Focus(chunk, "thing", things) if things else None


_CORE = frozenset({"obj", "nsubj", "nsubj:pass", "iobj"})


def _arguments(chunk: str, verbs: Sequence[Token]) -> tuple[Token, ...]:
    """What the verb is done to or by («поменять дату», «страховка покроет»), read from the dependency tree — not
    the words of a clause hung on them («товар, купленный по акции»: not «акция»)."""
    at = {v.start for v in verbs}
    found = []
    for sentence in analyse(chunk).sentences:
        heads = [t.index for t in sentence.tokens if t.start in at]
        found += [t for t in sentence.tokens if t.head in heads and t.rel in _CORE and t.pos in ("NOUN", "PROPN")]
    mine = {t.start for t in found}
    return tuple(t for t in tokenize(chunk) if t.start in mine)


def unaddressed(r: Reply, aside: Sequence[Span], acted: bool = False, shown: bool = False) -> list[str]:
    """The yes-or-no questions the reply says nothing to, in the customer's words. ``acted``: the operator did or
    will do something for the customer («Готово: заказ привезут…», «я поменяю адрес») — a request put as a question
    («можно ли поменять адрес?») is answered by doing it. ``shown``: the reply tells the customer what to do
    («Откройте…», «открываете приложение, далее…») — a how-question is answered by the steps."""
    focus = focuses(r)
    if not focus:
        return []
    said = said_words(r, aside)
    kept = [t for t in r.tokens if not any(a[0] <= t.start < a[1] for a in aside)]
    said_lemmas = list(content(kept))
    opens, modal = _says_yes_or_no(r, aside)
    missing = []
    for f in focus:
        if any(touched(w.lemmas, said) or _close(w.lower, said_lemmas) for w in f.words) or acted \
                or (shown if f.kind == "how" else opens or modal and f.kind == "verb"):
            continue
        if f.kind == "thing" and (gives_reason(r, aside) or _new_figure(r, kept)):
            continue
        missing.append(f.question.rstrip("?!. ").strip())
    return missing


def _says_yes_or_no(r: Reply, aside: Sequence[Span]) -> tuple[bool, bool]:
    """Whether a sentence opens with a yes or a no («Да, …», «Нет, …», «Готово: …»), and whether the reply says
    something can or cannot be done («можно», «нельзя», «возможен»)."""
    opens = modal = False
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside):
            continue
        words = [t for t in r.tokens if start <= t.start < end]
        opens = opens or bool(words and words[0].lower in _OPENERS)
        modal = modal or any(t.lemmas & _YES_NO and t.lower not in _OPENERS for t in words)
    return opens, modal


def _new_figure(r: Reply, kept: Sequence[Token]) -> bool:
    theirs = {t.lower for t in tokenize("\n".join(r.customer_messages))}
    return any(is_number(t) and t.lower not in theirs for t in kept)


def _close(word: str, said: Sequence[str]) -> bool:
    from app.core.grammar.language.syntax import analyzer  # the language layer holds the navec vectors
    nav = analyzer()
    mine = normal_form(word)
    return any((nav.similarity(mine, normal_form(other)) or 0.0) >= _CLOSE for other in said)


_SAYS_CAN = frozenset({"можно", "нельзя", "невозможно", "возможно", "не"})


def said_yes_or_no(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«К сожалению, без ярлыка вернуть платье нельзя: это условие распродажи» to «можно ли вернуть платье без
    ярлыка?»: a sentence that takes up the question's verb, says can or cannot («можно», «нельзя», «не»), and adds
    at least two words the customer did not write — a yes or a no with its why or its how, not the question
    repeated («Конечно, платье можно вернуть»)."""
    theirs = set().union(*(t.lemmas for t in tokenize("\n".join(r.customer_messages))))
    verbs = [w for f in focuses(r) if f.kind == "verb" for w in f.words if w.tag.startswith(("VERB", "INFN"))]
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside):
            continue
        words = [t for t in r.tokens if start <= t.start < end]
        echo = next((t for t in words if any(t.lemmas & v.lemmas for v in verbs)), None)
        if echo is None or not any(t.lower in _SAYS_CAN for t in words):
            continue
        if len([lemmas for lemmas in content(words).values() if not lemmas & theirs]) >= 2:
            return [(echo.start, echo.end - echo.start)]
    return []
