"""Whether a reply says one thing and its opposite about the same thing.

«Доставка бесплатная… стоимость доставки 290 ₽», «Баллы сохраняются… Баллы сгорают»: the customer cannot act on
either. A contradiction needs the same object (a shared normal form or a six-letter stem: «доставка» ~ «доставить»,
not «подъём» ~ «подъезд»), opposite predicates (free and a price, kept and lost, a verb and the same verb with «не»)
and the same conditions — «бесплатно при заказе от 3 000 ₽, иначе 290 ₽» tells two cases apart and is no
contradiction, nor is «доставим бесплатно, подъём на этаж стоит 290 ₽» (another object). So are «можно…» and
«нельзя…» or «не предоставляется» about the same thing, and two times for one event («деньги вернутся в течение 3
рабочих дней… возврат занимает до 30 дней»), or a day and a span that cannot both hold («придут завтра… обычно
возврат занимает 3–5 рабочих дней»), or two sums for one refund or one fee (:mod:`two_sums`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.grammar.language.syntax import analyse, close_in_meaning
from app.core.scorecard.card import Span
from app.core.scorecard.numbers import numbers
from app.core.scorecard.prices_said import (FREE, GENERIC, PAY, PRICED, bare_price, free, negated, priced,
                                             priced_things, two_prices)
from app.core.scorecard.reply import Reply
from app.core.scorecard.reckoning import wrong_sums
from app.core.scorecard.tallies import wrong_tallies
from app.core.scorecard.two_sums import two_sums
from app.core.scorecard.words import Token, normal_form, tokenize

KEPT = frozenset({"сохраняться", "сохраниться", "остаться", "оставаться", "действовать", "переноситься",
                   "перенестись", "сохранить"})
LOST = frozenset({"сгорать", "сгореть", "аннулироваться", "обнулиться", "обнуляться", "пропасть", "пропадать",
                   "теряться", "потеряться", "исчезнуть", "исчезать", "списаться", "списываться", "удалиться",
                   "удаляться"})
_CAN = frozenset({"можно", "возможно"})
_CANNOT = frozenset({"нельзя", "невозможно"})
# Words that set a clause's case apart: «если…», «при заказе от…», «иначе», «кроме», «для юрлиц».
# So do words that put it at another time: «бесплатно на регистрации, а раньше выбор стоит 600 ₽».
_CONDITION = frozenset({"если", "при", "иначе", "кроме", "для", "после", "только", "лишь", "когда", "пока", "случае",
                        "помимо", "сверх", "раньше", "позже", "позднее", "потом", "сначала"})
_BEFORE_FIGURE = frozenset({"от", "до", "свыше", "более", "больше", "менее"})  # «от 3 000 ₽», not «до двери»
_NO_ACTION = frozenset({"быть", "мочь", "смочь", "являться", "хотеть", "знать"})
_PICKS_OUT = frozenset({"который", "что", "чтобы", "где", "куда", "чей"})
_SPLIT = frozenset({",", ";", ":", "—", "–", "а", "но", "однако", "зато"})


@dataclass(frozen=True)
class _Clause:
    words: tuple[Token, ...]
    cases: frozenset[str]  # what the clause holds under a condition word, in normal forms
    refs: frozenset[str] = frozenset()  # the stems of what its «он», «её», «их» stand for
    options: frozenset[int] = frozenset()  # which of the customer's two options to choose from it names


def contradiction(r: Reply, aside: Sequence[Span] = ()) -> list[Span]:
    """Two spans of the reply that say opposite things about the same thing, or nothing."""
    reckoned = _wrong_reckoning(r.text) or wrong_sums(r.text) or wrong_tallies(r)  # a clock time or a sum worked out that does not come out
    if reckoned:
        return reckoned
    every = set().union(*(t.lemmas for t in r.tokens)) if r.tokens else set()
    day = _day_against_span(r, aside) or _two_days(r, aside)
    if day:
        return day
    spans = _durations(r.tokens, r.text, r.lex.units)
    if len({value for value, *_ in spans}) > 1 and len({unit for _, unit, *_ in spans}) < len(spans):
        found = _time_clash(r, aside)
        if found:
            return found
    come = _come_and_not(r, aside)
    if come:
        return come
    if not ((every & FREE or every & PAY or free(r.tokens)) and (every & PRICED or "₽" in r.text) or every & KEPT and every & LOST or _said_both_ways(r.tokens)
            or every & _CAN and (every & _CANNOT or "не" in every) or len(_MONEY_RE.findall(r.text)) > 1):
        return []  # the dependency parse is run only when a pair may be there
    clauses = _clauses(r, aside)
    units = r.lex.units | {"раз"}
    for n, a in enumerate(clauses):
        for b in clauses[n + 1:]:
            found = _opposed(a, b, r.text, units) or _opposed(b, a, r.text, units)
            if found:
                return sorted(found)
    return two_sums(r, aside)  # «Вернём 1 200 ₽… Возврат составит 950 ₽»


# Figures of money, counted. Not the _SUM_RE of money_instead / reasons: those ignore case and also match a bare «₽»
# (money_instead) or «р», «р.» (reasons), so a shared one would count other pairs here.
_MONEY_RE = re.compile(r"\d\s*(?:₽|руб)")
_CLOCK_RE = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b")
# «за 40 минут до вылета, то есть в 07:55», «через 2 часа после начала, то есть к 21:00»: a time worked out aloud
_RECKONED_RE = re.compile(r"(?i)\b(за|через)\s+(\d{1,3})\s+(минут\w*|час\w*)\s+(до|после)\b[^.!?;]{0,60}?"
                          r"то\s+есть\s+(?:в|к|до|около)\s+([01]?\d|2[0-3])[:.]([0-5]\d)\b")


def _wrong_reckoning(text: str) -> list[Span]:
    """«Рейс вылетает в 07:15, регистрация закрывается за 40 минут до вылета, то есть в 07:55»: the one clock time
    told before works out to another than the one the reply names — the reply contradicts itself."""
    for m in _RECKONED_RE.finditer(text):
        told = [c for c in _CLOCK_RE.finditer(text, 0, m.start())]
        if len(told) != 1:
            continue  # none, or several to choose from: the reckoning cannot be checked
        base = int(told[0].group(1)) * 60 + int(told[0].group(2))
        shift = int(m.group(2)) * (60 if m.group(3).lower().startswith("час") else 1)
        sign = -1 if m.group(1).lower() == "за" and m.group(4).lower() == "до" else 1
        if m.group(1).lower() == "за" and m.group(4).lower() == "после":
            continue  # «за 10 минут после…» is not said
        got = int(m.group(5)) * 60 + int(m.group(6))
        if (base + sign * shift) % (24 * 60) != got:
            return [(told[0].start(), told[0].end() - told[0].start()), (m.start(5), m.end(6) - m.start(5))]
    return []


# Where a time's clause ends: a stop, a comma, a semicolon, «а» or «но» — not a dash or a colon («Срок возврата —
# до 30 дней»: the time belongs to what stands before it).
_TIME_CLAUSE_RE = re.compile(r"[^.!?…\n,;]+?(?=[.!?…\n,;]|\s(?:а|но|однако|зато)\s|$)", re.I)


def _time_clash(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """Two clauses that give one event two different times (found by words, without the dependency parse)."""
    units = r.lex.units | {"раз"}
    clauses, opened = [], (-1, frozenset())
    for m in _TIME_CLAUSE_RE.finditer(r.text):
        words = r.tokens_in(m.start(), m.end())
        if words and not any(a[0] <= words[0].start < a[1] for a in aside):
            clause = _clause(words)
            # «Когда постановление придёт, арест снимем в течение 1 дня»: a sentence that opens with a condition
            # holds its case in each of its clauses
            sentence = r.sentence_at(words[0].start)
            if opened[0] == sentence[0]:
                clause = _Clause(clause.words, clause.cases | opened[1], clause.refs)
            elif words[0].lower in _CONDITION and r.tokens_in(*sentence)[:1] == words[:1]:
                opened = (sentence[0], clause.cases)
            clauses.append(clause)
    for n, a in enumerate(clauses):
        for b in clauses[n + 1:]:
            found = _two_times(a, b, r.text, units)
            if found:
                return sorted(found)
    return []


def _clauses(r: Reply, aside: Sequence[Span]) -> list[_Clause]:
    by_start = {t.start: t for t in r.tokens}
    found = []
    for sentence in analyse(r.text).sentences:
        if any(a[0] <= sentence.tokens[0].start < a[1] for a in aside):
            continue
        part: list[Token] = []
        for tok in list(sentence.tokens) + [None]:
            # «Стоимость перехода — 100 ₽»: a dash after words with no verb stands for «is», it ends no clause
            if tok is not None and tok.text in ("—", "–") and part and not any(
                    t.tag.startswith(("VERB", "INFN", "PRTS", "ADJS")) for t in part):
                continue
            # «до 20:00»: a colon inside a clock time ends nothing
            clock = tok is not None and tok.text == ":" and r.text[tok.start - 1:tok.start].isdigit() \
                and r.text[tok.end:tok.end + 1].isdigit()
            if tok is None or tok.text.lower() in _SPLIT and not clock:
                # «Оплатить её можно на сайте, 1 500 ₽»: a price alone after a comma is the price of what stands
                # before it
                if found and part and bare_price(part, r.text):
                    found[-1] = _clause([*found[-1].words, *part], _refs(r.tokens, [*found[-1].words, *part]))
                # «занятий, которые вы ещё не прошли: вы прошли 4 из 24»: a clause that picks out a part says
                # nothing of the whole
                elif part and not part[0].lemmas & _PICKS_OUT:
                    refs = _refs(r.tokens, part)
                    # «Нет, доплачивать не нужно»: a yes or a no with no noun of its own speaks of what was asked
                    if sentence.tokens[0].text.lower() in ("да", "нет") and not any(
                            t.tag.startswith("NOUN") and not t.lemmas & GENERIC for t in part):
                        refs |= _asked_nouns(r)
                    found.append(_clause(part, refs))
                part = []
            elif tok.start in by_start:
                part.append(by_start[tok.start])
    from app.core.scorecard.choice import options_named  # choice reads the customer's question; no cycle
    return [_Clause(c.words, c.cases, c.refs, options_named(r, c.words, c.refs)) for c in found]


def _asked_nouns(r: Reply) -> frozenset[str]:
    """The stems of the nouns of the customer's questions."""
    asked = " ".join(re.findall(r"[^.!?…\n]*\?", "\n".join(r.customer_messages)))
    return frozenset(x[:6] if len(x) >= 7 else x for t in tokenize(asked)
                     if t.tag.startswith("NOUN") and not t.lemmas & GENERIC for x in t.lemmas)


_GENDERS = ("masc", "femn", "neut")


@dataclass(frozen=True)
class _Pronoun:
    tag: str


_OBJECTS = {"его": _Pronoun("masc neut sing"), "её": _Pronoun("femn sing"), "ее": _Pronoun("femn sing"),
            "их": _Pronoun("plur")}


def _refs(tokens: Sequence[Token], words: Sequence[Token]) -> frozenset[str]:
    """«Опция бесплатная. Подключить её можно…, плата за неё — 150 ₽»: each «он / она / оно / они» of the clause
    stands for the nearest noun before it of the same number (and gender, in the singular)."""
    found: set[str] = set()
    for tok in words:
        at = next(i for i, t in enumerate(tokens) if t is tok)
        # «оплатить его»: «его», «её», «их» with no noun after them are the pronoun, not «his»
        if tok.lower in _OBJECTS and not (at + 1 < len(tokens) and tokens[at + 1].tag.startswith(("NOUN", "ADJF"))):
            tok = _OBJECTS[tok.lower]
        elif not tok.tag.startswith("NPRO") or "3per" not in tok.tag:
            continue
        agreeing = [t for t in reversed(tokens[:at]) if t.tag.startswith("NOUN") and t.lemmas.isdisjoint(GENERIC) and (
            "plur" in tok.tag and "plur" in t.tag
            or "sing" in tok.tag and "sing" in t.tag and any(g in tok.tag and g in t.tag for g in _GENDERS))]
        # «Выбор места бесплатный. Оплатить его…»: the subject before it, not the noun that hangs on the subject
        noun = agreeing[0] if agreeing else None
        if noun is not None:
            found |= {x[:6] if len(x) >= 7 else x for x in noun.lemmas}
    return frozenset(found)


def _clause(words: list[Token], refs: frozenset[str] = frozenset()) -> _Clause:
    at = next((i for i, t in enumerate(words) if t.lower in _CONDITION or t.lower in _BEFORE_FIGURE
               and i + 1 < len(words) and words[i + 1].tag.startswith("NUMB")), None)
    # the condition's own words — «при смене тарифа» — not the predicate said under it
    cases = frozenset() if at is None else frozenset(
        x for t in words[at:] if t is words[at] or t.tag.startswith(("NOUN", "NUMB", "ADJF")) for x in t.lemmas)
    return _Clause(tuple(words), cases, refs)


def _stems(words: Sequence[Token], units: frozenset[str]) -> set[str]:
    """What the clause speaks of — not a unit of time («290 ₽ в месяц», «бесплатно раз в месяц»)."""
    return {x[:6] if len(x) >= 7 else x for t in words if t.tag.startswith(("NOUN", "VERB", "INFN", "PRTS", "PRTF"))
            and not t.lemmas & GENERIC and not t.lemmas & units and not t.lemmas & FREE and not t.lemmas & PRICED
            and not t.lemmas & KEPT and not t.lemmas & LOST for x in t.lemmas}


def _opposed(a: _Clause, b: _Clause, text: str, units: frozenset[str]) -> list[Span]:
    if a.options and b.options and not a.options & b.options:
        return []  # «Стандарт: в нём обмен бесплатный… в «Лайте» обмен стоит 3 000 ₽»: two options compared
    shared = {x for x in (_stems(a.words, units) | a.refs) & (_stems(b.words, units) | b.refs)
              if not _told_apart(a.words, b.words, x)}
    if a.cases != b.cases or not shared:
        return []
    for one, other in ((FREE, None), (KEPT, LOST), (_CAN, _CANNOT)):
        if other is _CANNOT and (len(shared) < 2 or _other_doings(a.words, b.words)):
            continue  # «скидку на тариф сделать нельзя… перейти на тариф можно»: two things to do
        if other is None and not shared & (priced_things(b.words) | b.refs):
            continue  # «переход бесплатный, абонентская плата 590 ₽ спишется в день перехода»: the price of another
        x = free(a.words) if other is None else next(
            (t for t in a.words if t.lemmas & one and not negated(a.words, t)), None)
        y = priced(b.words, text) if other is None else next(
            (t for t in b.words if t.lemmas & other and not negated(b.words, t)), None)
        if y is None and other is _CANNOT:  # «можно оплатить в рассрочку… рассрочка не предоставляется»
            y = next((t for t in b.words if t.tag.startswith("VERB") and not t.lemmas & _NO_ACTION
                      and negated(b.words, t)), None)
        # «бонусы сгорели 1 декабря… они действуют до января»: what happened then and what holds now is a story
        if x is not None and y is not None and ("past" in x.tag) == ("past" in y.tag):
            return [_whole_figure(a.words, x, text), _whole_figure(b.words, y, text)]
    two = two_prices(a, b, text, shared, units)
    if two:
        return two
    for x in a.words:  # «Баллы сохраняются» — «Баллы не сохраняются»
        if x.tag.startswith("VERB") and not x.lemmas & _NO_ACTION and not negated(a.words, x):
            # the same form: «не отключили… я отключила» tells who did what, «перешли — перешлите» two moods
            y = next((t for t in b.words if t.lower == x.lower and negated(b.words, t)), None)
            if y is not None and not _other_subjects(a.words, b.words):  # the «не» is quoted with its verb: «не сохраняются»
                no = next(w for w in reversed(b.words[:b.words.index(y)]) if w.lower in ("не", "нет", "ни"))
                return [(x.start, x.end - x.start), (no.start, y.end - no.start)]
    return []


def _whole_figure(words: Sequence[Token], tok: Token, text: str) -> Span:
    """A figure's token is its last group of digits: the reason quotes «15 000», not «000»."""
    for _, i, j in numbers(words, text):
        if words[i].start <= tok.start <= words[j - 1].start:
            return words[i].start, words[j - 1].end - words[i].start
    return tok.start, tok.end - tok.start


def _told_apart(a: Sequence[Token], b: Sequence[Token], stem: str) -> bool:
    """«гостевой визит стоит 700 ₽, а первый визит друга бесплатный»: the same noun with another adjective before it
    is another thing."""
    def modifier(words: Sequence[Token]) -> frozenset[str] | None:
        for i, t in enumerate(words):
            if t.tag.startswith("NOUN") and any(x == stem or x[:6] == stem for x in t.lemmas):
                return words[i - 1].lemmas if i and words[i - 1].tag.startswith("ADJF") else None
        return None
    one, two = modifier(a), modifier(b)
    return one is not None and two is not None and not one & two


def _other_subjects(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """«К пятнице она не успеет. Успеет экспресс-доставка»: each clause names who does it, and not the same one — a
    choice between two things, not one thing said both ways."""
    def subjects(words: Sequence[Token]) -> set[str]:
        return {x for t in words if t.tag.startswith(("NOUN", "NPRO")) and "nomn" in t.tag for x in t.lemmas}
    one, two = subjects(a), subjects(b)
    return bool(one and two) and not one & two


def _other_doings(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """«Поменять место нельзя, но можно вернуть билет»: each clause names what can be done, and not the same."""
    one = [t.lemmas for t in a if t.tag.startswith("INFN")]
    two = [t.lemmas for t in b if t.tag.startswith("INFN")]
    return bool(one and two) and not any(x & y for x in one for y in two)


def _said_both_ways(words: Sequence[Token]) -> bool:
    """A verb the reply says both with and without «не»."""
    said = [(t.lemmas, negated(words, t)) for t in words if t.tag.startswith("VERB") and not t.lemmas & _NO_ACTION]
    return any(a & b and x != y for a, x in said for b, y in said)


# A verb and a noun this close in navec's space name one event («вернуться» ~ «возврат» 0.28); another event stays
# below («деньги» ~ «вернуться» 0.21, «возврат» ~ «поступить» 0.11).
_ONE_EVENT = 0.25
_WHEN_SAID = frozenset({"через", "течение", "до", "за", "занимать", "занять", "составить", "составлять"})


def _durations(words: Sequence[Token], text: str, units: frozenset[str]) -> list[tuple[int, str, Token, Token]]:
    """Each «N units» of the words — «3 рабочих дней», «30 дней» — as (value, unit, first token, unit token)."""
    found = []
    for value, i, j in numbers(words, text):
        unit = next((t for t in words[j:j + 2] if t.lemmas & units), None)
        if unit is not None:
            found.append((value, sorted(unit.lemmas & units)[0], words[i], unit))
    return found


def _two_times(a: _Clause, b: _Clause, text: str, units: frozenset[str]) -> list[Span]:
    """«Деньги вернутся в течение 3 рабочих дней… Возврат на карту занимает до 30 дней»: one event (a shared word,
    or a verb and a noun close in meaning) given two different times in the same unit, under the same conditions —
    not «курьер приедет через 2 дня, деньги вернутся через 5 дней» (two events)."""
    one, two = _durations(a.words, text, units), _durations(b.words, text, units)
    # «до 30 рабочих дней» is the time itself, not a condition that sets the clause's case apart
    timed = set(_BEFORE_FIGURE).union(*(t.lemmas for c in (a, b) for t in c.words
                                         for x in one + two if x[2].start <= t.start <= x[3].start))
    if a.cases - timed != b.cases - timed:
        return []
    pair = next(((x, y) for x in one for y in two if x[1] == y[1] and x[0] != y[0]), None)
    # «вернуть куртку можно в течение 14 дней» is the customer's window, not the time of an event
    if pair is None or not all(any(t.lemmas & _WHEN_SAID for t in c.words) for c in (a, b)) \
            or any(t.lower in _WINDOW for c in (a, b) for t in c.words) \
            or not (_one_event(a.words, b.words, units) or _whole(a.words) or _whole(b.words)):
        return []
    return [(x[2].start, x[3].end - x[2].start) for x in pair]


_WINDOW = frozenset({"можно", "нужно", "надо", "необходимо", "следует", "успеть"})
# Words that name the whole of what is being done, whatever its steps: «процедура занимает 8 дней», «всё займёт день».
_WHOLE = frozenset({"процедура", "процесс", "всё", "это"})


def _whole(words: Sequence[Token]) -> bool:
    """The clause times the whole matter — its subject is «процедура», «процесс», «всё» or «это» — so any other time
    the reply gives for a part of it must agree with it."""
    return any(t.tag.startswith(("NOUN", "NPRO", "PRCL", "ADJF")) and "nomn" in t.tag and t.lemmas & _WHOLE
               or t.lower in ("всё", "это") for t in words[:3])


def _one_event(a: Sequence[Token], b: Sequence[Token], units: frozenset[str]) -> bool:
    """The same happening: the same verb («вернутся» — «вернём»), or a verb and a noun that names it («вернутся» ~
    «возврат»). The same subject doing two things («водитель будет через 15 минут… позвонит через 5») is not."""
    def named(words: Sequence[Token], pos: tuple[str, ...]) -> list[Token]:
        return [t for t in words
                if t.tag.startswith(pos) and not t.lemmas & (GENERIC | units | _NO_ACTION | _WHEN_SAID)]
    verbs_a, verbs_b = named(a, ("VERB", "INFN")), named(b, ("VERB", "INFN"))
    if _stems(verbs_a, units) & _stems(verbs_b, units):
        return True
    for nouns, verbs in ((named(a, ("NOUN",)), verbs_b), (named(b, ("NOUN",)), verbs_a)):
        if any(close_in_meaning(normal_form(n.lower), normal_form(v.lower), _ONE_EVENT)
               for n in nouns for v in verbs):
            return True
    return False


# A day named for what is to happen, as days from now.
_DAYS_FROM_NOW = {"сегодня": 0, "завтра": 1, "послезавтра": 2}
_DAYS_IN = {"день": 1, "сутки": 1, "неделя": 7}
# «обычно занимает 3–5 дней» beside «придёт завтра»: the usual term said of the same thing
_USUALLY = frozenset({"обычно", "обыкновенно", "правило", "среднем", "стандартно"})
# «придёт завтра, хотя обычно это занимает 3–5 дней»: the reply itself sets the two apart
_SET_APART = frozenset({"хотя", "но", "зато", "однако", "раньше", "быстрее", "позже", "дольше", "исключение",
                        "если", "при", "иначе"})
_AT_MOST = frozenset({"до", "течение", "за", "более", "больше", "позднее", "дольше"})  # «до 10 дней»: no least


def _day_against_span(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Деньги придут на карту завтра… обычно возврат занимает от 5 до 10 рабочих дней»: a day from now for what is to
    happen, and a span for the same thing whose least is later than that day — the customer cannot tell which to
    wait for. The same thing: the same event by its words, the usual term said beside it («обычно», «как правило»),
    or the one «когда?» the customer asked; «хотя», «но», a condition set the two apart."""
    parts = []
    for m in _TIME_CLAUSE_RE.finditer(r.text):
        words = r.tokens_in(m.start(), m.end())
        if words and not any(a[0] <= words[0].start < a[1] for a in aside):
            parts.append(words)
    days = [(words, tok) for words in parts for tok in words if tok.lower in _DAYS_FROM_NOW
            and any(t.tag.startswith("VERB") and "futr" in t.tag and "2per" not in t.tag for t in words)]
    if not days:
        return []
    from app.core.scorecard.questions import asked_kinds  # questions reads the customer; it needs no contradiction
    asked_when = "когда" in asked_kinds(r)
    for words, least, first, last in _least_spans(r, parts):
        for day_words, day in days:
            if day_words is words or least < _DAYS_FROM_NOW[day.lower] + 2:
                continue
            lo, hi = sorted((day_words[0].start, words[0].start))
            between = r.tokens_in(lo, max(day_words[-1].end, words[-1].end))
            if any(t.lower in _SET_APART for t in between):
                continue
            if asked_when or any(t.lemmas & _USUALLY for t in words) or _one_event(day_words, words, r.lex.units):
                return sorted([(day.start, day.end - day.start), (first.start, last.end - first.start)])
    return []


def _two_days(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Курьер приедет сегодня до 18:00… Курьер будет у вас завтра утром»: two days from now for one thing to happen
    — the same subject, or the same event by its words — with nothing that sets them apart («а», «но», «если»)."""
    said = []
    for m in _TIME_CLAUSE_RE.finditer(r.text):
        words = r.tokens_in(m.start(), m.end())
        day = next((t for t in words if t.lower in _DAYS_FROM_NOW), None)
        if day is not None and not any(a[0] <= words[0].start < a[1] for a in aside) and any(
                t.tag.startswith("VERB") and "futr" in t.tag and "2per" not in t.tag for t in words):
            said.append((words, day))
    for n, (a, x) in enumerate(said):
        for b, y in said[n + 1:]:
            # «сегодня до 18:00» is the time itself; «если», «после оплаты» set a case apart
            if _DAYS_FROM_NOW[x.lower] == _DAYS_FROM_NOW[y.lower] or any(t.lower in _CONDITION for t in a + b):
                continue
            between = [t for t in r.tokens if x.start < t.start < y.start]
            if any(t.lower in _SET_APART or t.lower in ("а", "потом", "затем", "после") for t in between):
                continue
            subjects = [{x for t in w if t.tag.startswith("NOUN") and "nomn" in t.tag for x in t.lemmas} for w in (a, b)]
            if subjects[0] & subjects[1] or _one_event(a, b, r.lex.units):
                return [(x.start, x.end - x.start), (y.start, y.end - y.start)]
    return []


def _least_spans(r: Reply, parts: Sequence[Sequence[Token]]) -> list[tuple[Sequence[Token], int, Token, Token]]:
    """Each span of days a clause gives with its least, in days: «3–5 рабочих дней» 3, «от 5 до 10 дней» 5, «через
    неделю» 7 — not «до 10 дней» or «в течение 3 дней», which may end at once."""
    found = []
    for words in parts:
        nums = numbers(words, r.text)
        for n, (value, i, j) in enumerate(nums):
            unit = next((t for t in words[j:j + 2] if t.lemmas & set(_DAYS_IN)), None)
            if unit is None:
                continue
            start, least = i, value
            if n and nums[n - 1][2] <= i and (words[i - 1].lower == "до" or re.fullmatch(
                    r"\s*[-–—]\s*", r.text[words[nums[n - 1][2] - 1].end:words[i].start])):
                start, least = nums[n - 1][1], nums[n - 1][0]  # «от 5 до 10», «3–5»
            before = words[start - 1].lower if start else ""
            if before in _AT_MOST or before == "от" and start == i:
                continue
            if before == "от" or start != i or before in ("через", "") or words[start - 1].lemmas & {"занимать",
                                                                                                     "занять", "составить", "составлять"}:
                first = words[start - 1] if before == "от" else words[start]  # quoted as said: «от 5 до 10 дней»
                found.append((words, least * _DAYS_IN[sorted(unit.lemmas & set(_DAYS_IN))[0]], first, unit))
    return found


# Coming in person, said with «не нужно» and with a need to be there: «Приезжать в салон не нужно, но паспорт нужно
# показать в салоне» — the customer cannot tell whether to go.
_COME = frozenset({"приезжать", "приехать", "приходить", "прийти", "ехать", "поехать", "ездить", "идти", "пойти",
                   "посещать", "посетить", "являться", "явиться"})
_NEED = frozenset({"нужно", "надо", "необходимо", "обязательно", "придётся", "потребоваться", "требоваться"})
_PLACE_RE = re.compile(r"[^.!?…\n;]+")


def _come_and_not(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """A place the customer need not come to («в салон не нужно приезжать») and, in another clause, must do a thing
    at («подписать договор нужно в салоне») — the same noun after «в» or «на», both said as a need."""
    parts = []
    for m in re.finditer(r"[^.!?…\n;,:]+", r.text):
        words = r.tokens_in(m.start(), m.end())
        if words and not any(a[0] <= words[0].start < a[1] for a in aside):
            parts.append(words)

    def places(words: Sequence[Token]) -> set[str]:
        return {x for i, t in enumerate(words) if t.tag.startswith("NOUN") and i
                and words[i - 1].lower in ("в", "во", "на") for x in t.lemmas}

    def need(words: Sequence[Token]) -> Token | None:
        return next((t for t in words if t.lower in _NEED or t.lemmas & _NEED), None)

    for n, a in enumerate(parts):
        no = need(a)
        if no is None or not negated(a, no) or not any(t.lemmas & _COME for t in a) or not places(a):
            continue
        for b in parts[:n] + parts[n + 1:]:
            yes = need(b)
            if yes is not None and not negated(b, yes) and not any(t.lemmas & _COME for t in b) \
                    and places(a) & places(b):
                found = [(no.start, no.end - no.start), (yes.start, yes.end - yes.start)]
                return sorted(found)
    return []
