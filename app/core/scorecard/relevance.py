"""Whether the reply speaks to what each of the customer's yes-or-no questions is about.

«Можно ли вернуть товар, купленный по акции?» is about returning: a reply on how long the offer runs shares the word
«акция» with the question and still answers another one. A question's *focus* is what it asks to be confirmed or
denied — the infinitive after «можно (ли)», the verb before «ли» («покрывает ли»), the main verb of a bare yes-or-no
question («Курьер уже выехал?»), else its nouns («Это ошибка?»). The reply addresses it when it takes up that word
(in any form, a five-letter stem, or a word close in meaning by navec: «перенести» ~ «перенос»), says yes or no
(«да», «нельзя», «возможен»), or — to a question about a thing («Это ошибка?») — gives a reason or a new figure.
Questions with a wh-word («когда», «сколько», «почему»…) want a kind of answer, which :mod:`questions` looks for;
rhetorical ones put to the company («Вы вообще проверяете, что отправляете?») want no answer of their own.

Also here: whether the customer really asks (a question, a request to be told, a request to act), whether a time or a
figure speaks of the customer's own trouble, where-questions and questions put as «скажите, кто…», and a refusal with
another way forward — what the solution judge weighs besides the kinds of answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.grammar.language.syntax import analyse
from app.core.scorecard.card import Span
from app.core.scorecard.dial_codes import dialled_way
from app.core.scorecard.questions import (
    CLOSE_IN_MEANING as _CLOSE, content, predicate_word, questions, said_words, sentence_before, touched,
)
from app.core.scorecard.reasons import gives_reason
from app.core.scorecard.other_doing import can_another, unknown_to_navec
from app.core.scorecard.other_request import answers_other_request, points_back
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import WHERE_RE
from app.core.scorecard.words import Token, first_person_future, is_number, normal_form, tokenize
from app.core.scorecard.words import analyse as word_forms
from app.core.scorecard.yes_no import after_smiley

_WH = frozenset({"когда", "сколько", "где", "куда", "откуда", "почему", "зачем", "отчего", "как", "какой", "что",
                 "кто", "чей", "который", "каков"})
_CAN = frozenset({"можно", "нельзя", "возможно", "реально", "получится", "получиться"})
_BE = frozenset({"быть", "есть", "являться"})
# Question words that ask for a value (a time, a place, an amount), not for a yes or a no, even before «можно».
_WH_NOT_YES = frozenset({"когда", "где", "куда", "откуда", "сколько", "почему", "зачем", "отчего", "какой", "кто",
                         "чей", "каков"})
# What says yes or no to «можно ли…?»: «да», «нет», «можно», «нельзя», «возможен», «не получится».
_YES_NO = frozenset({"да", "нет", "конечно", "можно", "нельзя", "возможно", "невозможно", "возможный", "невозможный",
                     "получиться", "разрешить", "разрешаться", "запрещаться", "увы"})
_OPENERS = frozenset({"да", "нет", "конечно", "увы", "готово"})


@dataclass(frozen=True)
class Focus:
    question: str
    kind: str  # "verb": a verb to confirm or deny; "how": the doing asked about; "thing": nouns («Это ошибка?»);
    # "exists": the noun asked to exist («Есть ли рассрочка?»)
    words: tuple[Token, ...]
    whole: Focus | None = None  # of the question with its «если…» clause: what a reply under a condition takes up
    named_before: bool = False  # «Хочу вернуть деньги. Как это сделать?»: the doing is in the sentence before


def focuses(r: Reply) -> list[Focus]:
    """The focus of each yes-or-no question the customer asked."""
    found = []
    for chunk in questions(r):
        words = tokenize(chunk)
        if not words or _rhetorical(words):
            continue
        # «если мы перейдём на «Бизнес» в середине месяца, деньги за остаток пропадут?»: the condition sets the
        # scene, the main clause is what is asked
        main = _CONDITION_RE.sub(" ", chunk)
        focus = _focus(chunk, words)
        if main != chunk and content(tokenize(main)):
            inner = _focus(main, tokenize(main))
            focus = replace(inner, question=chunk, whole=focus) if inner is not None else focus
        # «Я в Европе ношу 39, у вас русские размеры?»: a part in which the customer tells of themselves (a verb in
        # the first person, present or past) sets the scene; what is asked is the rest, when it has words of its own
        told = _without_own_story(chunk)
        if focus is not None and told != chunk and content(tokenize(told)):
            inner = _focus(told, tokenize(told))
            focus = replace(inner, question=chunk) if inner is not None else focus
        if focus is None:
            focus = _how_of_before(r, chunk, words)
        if focus is not None:
            found.append(focus)
    return found


_SCENE_KEPT = frozenset({"если", "когда", "пока", "хотя", "чтобы", "раз"})


def _without_own_story(chunk: str) -> str:
    """The question without its parts that tell of the customer in the first person present («я в Европе ношу 39»,
    «стою на кассе») — a condition («если лечу на 10 дней») is kept: it is part of what is asked."""
    parts = re.split(r"[,;:—–]", chunk)
    kept = [p for p in parts if not any(t.tag.startswith("VERB") and "1per" in t.tag and "pres" in t.tag
                                        for t in tokenize(p)) or p.split()[:1] and p.split()[0].lower() in _SCENE_KEPT]
    return ",".join(kept) if kept and len(kept) < len(parts) else chunk


# «Как это сделать?», «как это оформить?»: a how-question whose doing is named in the sentence before it.
_BARE_HOW = frozenset({"как", "это", "сделать", "оформить", "быть", "мне", "нам", "же", "теперь", "тогда", "лучше"})
_WANTING = frozenset({"хотеть", "захотеть", "нужно", "надо", "планировать", "решить", "собираться"})


def _how_of_before(r: Reply, chunk: str, words: Sequence[Token]) -> Focus | None:
    """«Хочу вернуть деньги за курс. Как это сделать?»: the doing asked about is the one the customer named just
    before («вернуть деньги за курс»), and the reply must take it up — steps for another doing («возьмите
    академический отпуск») leave the question open."""
    if not words or words[0].lower != "как" or not all(t.lower in _BARE_HOW for t in words):
        return None
    # the clause with the doing: «Хочу вернуть деньги за курс, не успеваю по времени» — not the time
    clause = next((c for c in re.split(r"[,;:—–]", sentence_before(r, chunk))
                   if any(t.tag.startswith("INFN") for t in tokenize(c))), "")
    before = tokenize(clause)
    kept = content(before)
    things = tuple(t for t in before if t.lower in kept and not t.lemmas & _WANTING and "1per" not in t.tag)
    return Focus(chunk, "how", things, named_before=True) if any(t.tag.startswith("INFN") for t in things) else None


# «а если товар не подошёл, …», «и если…»: a joining word before «если» leaves the clause a condition
_CONDITION_RE = re.compile(r"(?:^|(?<=[,:]))\s*(?:(?:а|и|но|ну)\s+)?(?:если|хотя)\b[^,?]*,", re.I)
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
    asked = [t for t in r.customer_tokens if "impr" in t.tag and not t.lemmas & _COURTESY]
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
        # «можно ли вернуть…», «можно её вернуть?» — not «сколько можно…»
        if tok.lower in _CAN and any(t.lemmas & _WH_NOT_YES for t in words[max(0, i - 3):i]):
            return None  # «Когда можно будет скачать сертификат?» asks a time, not whether
        if tok.lower in _CAN and not (i and words[i - 1].lower == "сколько"):
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
        verbs = [t for t in words if t.tag.startswith("VERB") and not t.lemmas & _BE and "2per" not in t.tag
                 and "impr" not in t.tag]  # «Скажите, …» asks to be told: not what is asked
    if verbs:
        return Focus(chunk, kind, tuple(verbs) + _arguments(chunk, verbs))
    # «Есть ли у вас рассрочка на ноутбуки?»: what is asked to exist is the noun after «есть ли», not the laptops
    at_is = next((i for i, t in enumerate(words) if t.lower == "есть"), None)
    if at_is is not None and at is not None:
        subject = next((t for t in words[max(at, at_is) + 1:] if t.tag.startswith("NOUN") and "nomn" in t.tag
                        and content([t])), None)
        if subject is not None:
            return Focus(chunk, "exists", (subject,) + tuple(t for t in words if t.lower in content(words)
                                                             and t is not subject))
    kept = content(words)
    things = tuple(t for t in words if t.lower in kept)
    return Focus(chunk, "thing", things) if things else None


_CORE = frozenset({"obj", "nsubj", "nsubj:pass", "iobj", "obl"})  # «смотреть в записи»: what is watched


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


def unaddressed(r: Reply, aside: Sequence[Span], acted: Sequence[Span] = (), shown: bool = False,
                promised: bool = False) -> list[str]:
    """The yes-or-no questions the reply says nothing to, in the customer's words. ``acted``: what the operator did
    («Готово: заказ привезут…», «адрес поменяла») — a request put as a question («можно ли поменять адрес?») is
    answered by doing it, when the deed is that very doing (its sentence takes up the question's words or the deed is
    close in meaning to its verb); «Ваш тур подтверждён» does not answer «трансфер входит в стоимость?». ``shown``:
    the reply tells the customer what to do («Откройте…», «открываете приложение, далее…») — a how-question is
    answered by the steps."""
    focus = focuses(r)
    if not focus:
        return []
    shown = shown or bool(dialled_way(r))  # «Как проверить баланс?» — «*100#»: the code is the way
    said0 = said_words(r, aside)
    kept = [t for t in r.tokens if not any(a[0] <= t.start < a[1] for a in aside)]
    said_lemmas0 = list(content(kept))
    missing = []
    for f in focus:
        verbs = [w for w in f.words if w.tag.startswith(("VERB", "INFN"))]
        things = [w for w in f.words if w.tag.startswith("NOUN")]
        opens, modal = _says_yes_or_no(r, aside, verbs, things)
        # what a sentence says can be done of another doing takes up nothing of this question
        other = [(s, e) for s, e in r.sentences
                 if can_another(r.tokens_in(s, e), verbs, things)]
        answered_else = answers_other_request(r, f.question)
        other += [se for se in answered_else if se not in other]
        deeds = [a for a in acted if not any(s <= a[0] < e for s, e in answered_else)]
        said, said_lemmas = (said_words(r, [*aside, *other]), list(content(
            [t for t in kept if not any(s <= t.start < e for s, e in other)]))) if other else (said0, said_lemmas0)
        # «Если опоздаете из-за задержки, билет обменяют в кассе»: an answer under the question's own condition
        if _takes_up(r, f, [*aside, *other], said, said_lemmas) or _did_it(r, f, deeds) or promised \
                or f.whole is not None and _conditional(r, aside) and _takes_up(r, f.whole, aside, said, said_lemmas) \
                or (shown if f.kind == "how" else opens or modal and f.kind == "verb"):
            continue
        if f.kind == "thing" and (gives_reason(r, aside) or _new_figure(r, f, [*aside, *other])):
            continue
        # «При досрочном закрытии проценты пересчитываются по ставке 0,01 %» to «я потеряю проценты?»: a figure told
        # of the very thing asked about
        # — to a question about what will happen to it, not to «можно ли сдать билет?» («продаются за 90 дней»)
        if f.kind == "verb" and any(w.tag.startswith("VERB") for w in verbs) and _new_figure(
                r, replace(f, words=tuple(w for w in f.words if w.tag.startswith("NOUN"))), [*aside, *other], about=True):
            continue
        missing.append(f.question.rstrip("?!. ").strip())
    return missing


def untouched_wh(r: Reply, aside: Sequence[Span], shown: bool = False) -> list[str]:
    """«Где поменять реквизиты для счетов?» — a reply about the tariff: a question where to do something with at least
    two content words, none of which the reply takes up (by a normal form, a five-letter stem, or for a noun a word
    close in meaning by navec — verbs as general as «поменять» and «перейти» come close by chance) — the reply
    answers another question. Steps or a path through the interface (``shown``) may answer «где» in words of their
    own."""
    if shown:
        return []
    said = said_words(r, aside)
    kept = [t for t in r.tokens if not any(a[0] <= t.start < a[1] for a in aside)]
    said_lemmas = list(content(kept))
    missing = []
    for chunk in questions(r):
        words = tokenize(chunk)
        at = next((i for i, t in enumerate(words) if t.lower in ("где", "куда")), None)
        if at is None or _rhetorical(words) or not any(t.tag.startswith("INFN") for t in words[at + 1:at + 4]):
            continue
        own = [t for t in words if t.lower in content(words)]
        if len(own) >= 2 and not any(touched(t.lemmas, said) or t.tag.startswith("NOUN") and _close(t.lower, said_lemmas)
                                     for t in own):
            missing.append(chunk.rstrip("?!. ").strip())
    return missing


def _did_it(r: Reply, f: Focus, acted: Sequence[Span]) -> bool:
    """A deed of the operator's answers the question when its sentence takes up a word of the question, or its verb
    is close in meaning to the question's («Адрес поменяла» to «можно ли изменить адрес?»)."""
    asked = {x for w in f.words for x in w.lemmas | {y[:5] for y in w.lemmas if len(y) >= 6}}
    verbs = [normal_form(w.lower) for w in f.words if w.tag.startswith(("VERB", "INFN"))]
    for span in acted:
        sentence = next(((s, e) for s, e in r.sentences if s <= span[0] < e), None)
        words = r.tokens_in(sentence[0], sentence[1]) if sentence else []
        deed = next((t for t in words if t.start == span[0]), None)
        if any(touched(t.lemmas, asked) for t in words) or deed is not None and verbs and _close(deed.lower, verbs):
            return True
    if f.kind == "thing" and points_back(f.question):  # «пришёл розовый. это шутка?» — «Чёрный чехол отправила»
        before = tokenize(sentence_before(r, f.question))
        told = tuple(t for t in before if t.lower in content(before))
        return bool(told) and _did_it(r, replace(f, question="", words=told), acted)
    return False


_THERE = frozenset({"есть", "нет", "имеется", "имеются", "доступен", "доступна", "доступно", "доступны"})
# Verbs that name no action of their own: «Билет — это документ», «возврат может занять…».
_NO_ACTION = _BE | frozenset({"мочь", "смочь", "стать", "становиться", "иметь", "хотеть", "нужно", "надо", "следовать"})


def _takes_up(r: Reply, f: Focus, aside: Sequence[Span], said: set[str], said_lemmas: Sequence[str]) -> bool:
    """The reply takes up what the question turns on. To «можно ли сдать билет?» the action counts: the verb itself
    (or a word close in meaning), or its object in a sentence with no other action — «Билеты продаются за 90 дней»
    speaks of the ticket and answers another question."""
    def speaks(w: Token) -> bool:
        return touched(w.lemmas, said) or _close(w.lower, said_lemmas)
    if f.kind == "exists":  # the thing itself, or «есть / нет» said of a word of the question: «Размер M есть»
        return speaks(f.words[0]) or any(
            any(t.lower in _THERE for t in words) and any(touched(w.lemmas, {x for t in words for x in t.lemmas})
                                                          for w in f.words)
            for words in (r.tokens_in(s, e) for s, e in r.sentences
                          if not any(a[0] <= s < a[1] for a in aside)))
    verbs = [w for w in f.words if w.tag.startswith(("VERB", "INFN"))]
    if f.named_before:  # the doing named before «Как это сделать?»
        nouns = [t.lower for t in r.tokens if t.tag.startswith("NOUN") and not any(a[0] <= t.start < a[1] for a in aside)]
        # another verb is another doing («взять отпуск» is no «вернуть деньги»), a noun may name the same («возврат»),
        # and so may a word pointing back to it («Это делается в отделении», «данная операция»)
        return any(touched(w.lemmas, said) or w in verbs and _close(w.lower, nouns) for w in f.words) or any(
            t.lemmas & {"это", "этот", "данный"} for t in r.tokens if not any(a[0] <= t.start < a[1] for a in aside))
    if f.kind == "how" and verbs and not any(speaks(w) for w in verbs):
        # «Как подключить роуминг?» — «Роуминг в Турции стоит 390 ₽»: the thing named without a way to do it (a
        # place, «можно / нужно …») answers another question
        return any(speaks(w) for w in f.words) and (bool(WHERE_RE.search(r.text)) or any(
            t.lower in _WAY_WORDS for t in r.tokens if not any(a[0] <= t.start < a[1] for a in aside)))
    if f.kind != "verb" or not verbs:  # «как отключить автопродление?» wants steps: judged by the caller
        return any(speaks(w) for w in f.words)
    # «увеличить» ~ «лимит» (navec 0.38): a word of the question itself, close to its verb, tells nothing of the doing
    asked = {x for t in tokenize(f.question) for x in t.lemmas}
    others = [w for w in said_lemmas if not word_forms(w)[0] & asked]
    if any(touched(w.lemmas, said) or _close(w.lower, others) for w in verbs):
        return True
    things = [w for w in f.words if w not in verbs]
    unknown = unknown_to_navec(verbs)
    if unknown:  # «Кроссовки Nike Air Max 90 маломерят?»: what it is about is all its nouns and names
        asked = tokenize(f.question)
        things += [t for t in asked if t.lower in content(asked) and t.tag.startswith(("NOUN", "LATN"))]
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside):
            continue
        words = r.tokens_in(start, end)
        here = {x for t in words for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}
        # — and «Nike Air Max 90 идут в размер», a statement about them, says yes or no where navec cannot tell the
        # two predicates apart
        if any(touched(w.lemmas, here) for w in things) and (
                _predicated(r, words, start, end) if unknown else not _another_action(words, verbs)
                and not _value_only(r, words)):
            return True
    return False


def _value_only(r: Reply, words: Sequence[Token]) -> bool:
    """«Кредитный лимит по вашей карте — 80 000 ₽» to «можно ли увеличить кредитный лимит?»: a sentence with no
    predicate (no verb, participle, short adjective or «можно / нет») that gives a figure the customer did not write
    tells what the thing is now, not whether the asked doing can be done."""
    theirs = {t.lower for t in r.customer_tokens}
    return any(is_number(t) and t.lower not in theirs for t in words) and not any(
        t.tag.startswith(("VERB", "INFN", "PRTS", "ADJS", "PRED")) or predicate_word(words, i)
        for i, t in enumerate(words))


def _predicated(r: Reply, words: Sequence[Token], start: int, end: int) -> bool:
    """A statement with a predicate of its own — a verb in the indicative, a short participle or adjective — not a
    question back and not only a bidding («Сверьте по таблице»)."""
    return not r.text[start:end].rstrip().endswith("?") and any(
        t.tag.startswith(("VERB", "PRTS", "ADJS")) and "impr" not in t.tag and "2per" not in t.tag for t in words)


# Below this navec similarity a verb names another kind of action («сдать» ~ «продаваться» 0.13); a related one stays
# above it («покрыть» ~ «заплатить» 0.30, «смотреть» ~ «появляться» 0.28).
_RELATED = 0.25


def _another_action(words: Sequence[Token], verbs: Sequence[Token]) -> bool:
    """The sentence's verbs and participles all name actions of another kind than the question's («продаются» to
    «сдать»)."""
    from app.core.grammar.language.syntax import close_in_meaning  # the language layer holds the navec vectors
    asked = [normal_form(v.lower) for v in verbs]
    # what the customer does («успеете», «не волнуйтесь», «если задержитесь») is no action the reply speaks of
    acts = [t for t in words if t.tag.startswith(("VERB", "INFN", "PRTS")) and not t.lemmas & _NO_ACTION
            and "2per" not in t.tag and "impr" not in t.tag]
    # «Не волнуйтесь, страховая заплатит за всё» to «страховка покроет?»: one related action is enough
    return bool(acts) and not any(close_in_meaning(normal_form(t.lower), a, _RELATED) for t in acts for a in asked)


def _conditional(r: Reply, aside: Sequence[Span]) -> bool:
    """A sentence of the reply, not set aside, opens with «если» or «при»."""
    for start, end in r.sentences:
        first = next((t for t in r.tokens_in(start, end)), None)
        if first is not None and first.lower in ("если", "при") and not any(a[0] <= start < a[1] for a in aside):
            return True
    return False


def _says_yes_or_no(r: Reply, aside: Sequence[Span], verbs: Sequence[Token] = (),
                    things: Sequence[Token] = ()) -> tuple[bool, bool]:
    """Whether a sentence opens with a yes or a no («Да, …», «Нет, …», «Готово: …»), and whether the reply says
    something can or cannot be done («можно», «нельзя», «возможен») — not a sentence that says another doing can
    be done than the one asked about (``verbs``): «Да, можно докупить гигабайты» to «гигабайты перенесутся?»."""
    opens = modal = False
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside):
            continue
        words = r.tokens_in(start, end)
        if can_another(words, verbs, things):
            continue
        # «Хороший вопрос :) Да, …»: a yes after a smiley opens its sentence as after a stop
        opens = opens or bool(words and after_smiley(r, words)[0].lower in _OPENERS)
        modal = modal or any(t.lemmas & _YES_NO and t.lower not in _OPENERS for t in words)
    return opens, modal


_WAY_WORDS = frozenset({"можно", "нужно", "надо", "необходимо", "следует"})


def _new_figure(r: Reply, f: Focus, aside: Sequence[Span], about: bool = False) -> bool:
    """A figure the customer did not write, in a sentence that takes up a word of this question: «Занятие длится 90
    минут» answers «сколько длится занятие?», not «нужно ли покупать конструктор?» asked beside it."""
    theirs = {t.lower for t in r.customer_tokens}
    asked = {x for w in f.words for x in w.lemmas | {y[:5] for y in w.lemmas if len(y) >= 6}}
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if any(a[0] <= start < a[1] for a in aside) or not any(is_number(t) and t.lower not in theirs for t in words):
            continue
        if len(questions(r)) < 2 and not about or any(touched(t.lemmas, asked) for t in words):
            return True
    return False


def _close(word: str, said: Sequence[str]) -> bool:
    from app.core.grammar.language.syntax import close_in_meaning  # the language layer holds the navec vectors
    mine = normal_form(word)
    return any(close_in_meaning(mine, normal_form(other), _CLOSE) for other in said)


_SAYS_CAN = frozenset({"можно", "нельзя", "невозможно", "возможно", "не"})


def said_yes_or_no(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«К сожалению, без ярлыка вернуть платье нельзя: это условие распродажи» to «можно ли вернуть платье без
    ярлыка?»: a sentence that takes up the question's verb, says can or cannot («можно», «нельзя», «не»), and adds
    at least two words the customer did not write — a yes or a no with its why or its how, not the question
    repeated («Конечно, платье можно вернуть»)."""
    theirs = r.customer_lemmas
    verbs = [w for f in focuses(r) if f.kind == "verb" for w in f.words if w.tag.startswith(("VERB", "INFN"))]
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside):
            continue
        words = r.tokens_in(start, end)
        # «Можно гарантировать?» — «Не переживайте, гарантирую, что…»: the verb said back in a promise set aside is
        # the promise itself, no yes
        echo = next((t for t in words if any(t.lemmas & v.lemmas for v in verbs)
                     and not any(a[0] <= t.start < a[1] for a in aside)), None)
        if echo is None or not any(t.lower in _SAYS_CAN for t in words):
            continue
        if len([lemmas for lemmas in content(words).values() if not lemmas & theirs]) >= 2:
            return [(echo.start, echo.end - echo.start)]
    return []


# Verbs that send the customer to ask or look elsewhere: no way forward by themselves.
ELSEWHERE = frozenset({"обратиться", "позвонить", "написать", "уточнить", "узнать", "спросить", "посмотреть",
                        "прочитать", "ознакомиться", "поискать", "найти", "отслеживать", "отследить", "следить"})


def on_topic(r: Reply, spans: Sequence[Span]) -> bool:
    """«Вы записаны на 12:00, аудитория 3» to «пропала запись, что делать?»: the sentence that gives the time or the
    figure takes up a word of the customer's (by normal form or stem) — an answer to an upset customer's own trouble,
    not a figure about something else."""
    asked = content(r.customer_tokens)
    for start, end in r.sentences:
        if not any(start <= s[0] < end for s in spans):
            continue
        said = set()
        for tok in r.tokens_in(start, end):  # any word of it: «Вы записаны на 12:00» takes up «пропала запись»
            if len(tok.lower) > 3:
                said |= tok.lemmas | {x[:5] for x in tok.lemmas if len(x) >= 6}
        if any(touched(lemmas, said) for lemmas in asked.values()):
            return True
    return False


def where_asked(r: Reply) -> str:
    """«Где посмотреть реквизиты?», «куда нажать?» ("to"): where to do something — a path through the interface
    answers it; «Где кнопка экспорта?» ("is"): where a thing is — a path answers it too, but not one the customer is
    sent to look along («Где мой заказ?» — «посмотрите в разделе «Мои заказы»»)."""
    kind = ""
    for chunk in questions(r):
        words = tokenize(chunk)
        for i, t in enumerate(words):
            if t.lower in ("где", "куда"):
                if any(x.tag.startswith("INFN") for x in words[i + 1:i + 4]):
                    return "to"
                kind = "is"
    # «не могу найти, где смотреть урок»: where to do it, asked without «?»
    words = r.customer_tokens
    if any(t.lower in ("где", "куда") and any(x.tag.startswith("INFN") for x in words[i + 1:i + 3])
           for i, t in enumerate(words)):
        return "to"
    return kind


_TELL = frozenset({"сказать", "подсказать", "сообщить", "назвать", "уточнить", "объяснить"})


def indirect_questions(r: Reply) -> list[str]:
    """«Скажите, на кого оформлен номер!», «Скажите хотя бы, как его зовут и где он живёт.»: a question put as a
    request to tell, without «?»."""
    found = []
    for message in r.customer_messages:
        for m in re.finditer(r"[^.!?…\n]+[.!…]?", message):
            words = tokenize(m.group())
            if any("impr" in t.tag and t.lemmas & _TELL for t in words) and any(t.lemmas & _INDIRECT_WH for t in words):
                found.append(m.group().strip())
    return found


_INDIRECT_WH = frozenset({"кто", "чей", "где", "куда", "как", "когда", "сколько", "какой"})


def other_way(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«…я сообщить не могу. Для суда их можно получить законным путём: …»: after a refusal, what can be done
    instead («можно» with an infinitive, or «он может» and what he can do, in a sentence of its own)."""
    refused = {s for s, e in r.sentences for d in declined(r) if s <= d[0] < e}
    found = []
    for i, tok in enumerate(r.tokens):
        # «Сын может сам открыть вам доступ»: the person whose data it is can do it — even look it up himself
        by_them = "мочь" in tok.lemmas and "3per" in tok.tag and not (i and r.tokens[i - 1].lower == "не")
        if (tok.lower not in ("можно", "возможно") and not by_them) or any(a[0] <= tok.start < a[1] for a in aside) \
                or any(s <= tok.start < e and s in refused for s, e in r.sentences):
            continue
        around = r.tokens[i + 1:i + 4] if by_them else r.tokens[max(0, i - 3):i + 4]
        verb = next((t for t in around if t.tag.startswith("INFN")), None)
        if verb is not None and (by_them or not verb.lemmas & ELSEWHERE):
            found.append((verb.start, verb.end - verb.start))
    return found


def declined(r: Reply) -> list[Span]:
    """«Данные получателя я сообщить не могу», «не можем выдать»: the operator declines a part of the request — with
    another way forward (checked by the caller) that part is answered by the refusal."""
    toks = r.tokens
    return [(t.start, t.end - t.start) for i, t in enumerate(toks)
            if "мочь" in t.lemmas and "1per" in t.tag and i and toks[i - 1].lower == "не"
            and (any(x.tag.startswith("INFN") for x in toks[max(0, i - 3):i + 3]) or _opens_with_infinitive(r, t))]


def _opens_with_infinitive(r: Reply, tok) -> bool:
    """«Сообщить, кому принадлежит номер, я не могу»: the declined doing opens the sentence, its object between."""
    start = next((s for s, e in r.sentences if s <= tok.start < e), None)
    first = next((t for t in r.tokens if start is not None and t.start >= start), None)
    return first is not None and first.tag.startswith("INFN")


def mine_to_do(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«я поменяю адрес», «исправим»: the operator's own next actions (first-person future verbs) — not a noun that
    reads as one after a preposition («придёт на почту»: «почту» is no «я почту»)."""
    return [(t.start, t.end - t.start) for i, t in enumerate(r.tokens)
            if first_person_future(t.lower) and not any(a[0] <= t.start < a[1] for a in aside)
            and not (i and r.tokens[i - 1].tag.startswith("PREP"))]
