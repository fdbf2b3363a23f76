"""What the customer says came, and how: not what was ordered, late, without a part, in part, useless, or found
wrong on arrival. Each reader takes one parsed sentence and returns the span that shows it, or None; the customer's
state (customer_syntax.py) counts such a sentence as a complaint."""

from __future__ import annotations

from app.core.grammar.language.syntax import Sentence, Token
from app.core.scorecard.words import analyse as lemmas_of
from app.core.scorecard.words import CALENDAR, morph

_SELF = frozenset({"я", "мы"})
# Days and months after which a delivery «только в …» came late («только завтра» is still soon).
DAYS_LATER = CALENDAR | {"выходные", "выходной"}


def lemmas(tok: Token) -> frozenset[str]:
    """Every lemma the dictionary gives the parsed word (the tagger's one may be wrong for a capitalised verb)."""
    return lemmas_of(tok.low)[0]


_ORDER = frozenset({"заказать", "купить", "оплатить", "заказывать", "покупать", "оформить", "брать", "взять"})
_CAME = frozenset({"прийти", "привезти", "доставить", "прислать", "положить", "выдать", "приехать", "отдать"})
# What the customer got charged: «пришёл чек на 5 990, а на сайте было 4 990».
CHARGED = frozenset({"списать", "снять", "выставить", "начислить"})
# Prepositions of time: «в 10 вечера», «к 9» is a time, not a count or an amount («на 5 990» is an amount).
_AT_TIME = frozenset({"в", "во", "к", "ко", "до", "с", "со", "после", "через", "около"})


def may_be_past(tok: Token) -> bool:
    """A past verb by any of the dictionary's readings («пришли» is also an imperative)."""
    return any(p.tag.POS == "VERB" and p.tag.tense == "past" for p in morph().parse(tok.low))


def _is_figure(tok: Token, before: Token | None) -> bool:
    """A count or a size — not a time or a date («в 10 вечера», «к 9»), which follows a preposition."""
    return (tok.pos == "NUM" or any(c.isdigit() for c in tok.text)) and (before is None or before.low not in _AT_TIME)


def not_as_ordered(sentence: Sentence) -> tuple[int, int] | None:
    """«Заказала три упаковки, а в коробке две», «заказал 42 размер, пришли 41», «пришёл чек на 5 990, а на сайте
    цена 4 990»: an order, a delivery or a charge with a count, a size or an amount, then «а» or a verb of arrival
    with another figure — what came is not what was ordered or shown."""
    tokens = sentence.tokens
    # by the dictionary: the tagger takes a capitalised first «Заказал» for a name
    charged = next((t for t in tokens if lemmas(t) & CHARGED), None)
    though = next((t for t in tokens if t.low == "хотя"), None)
    if charged is not None and though is not None and though.index > charged.index:
        return charged.start, though.end  # «начислено 3 400 за отопление, хотя отопления не было»
    order = next((t for t in tokens if lemmas(t) & (_ORDER | _CAME | CHARGED) and may_be_past(t)), None)
    if order is None:
        return None
    turn = next((t for t in tokens[order.index + 1:] if t.low == "а" or (lemmas(t) & _CAME and may_be_past(t))), None)
    if turn is None or not any(_is_figure(t, tokens[t.index - 1]) for t in tokens[order.index + 1:turn.index]):
        return None
    figure = next((t for t in tokens[turn.index + 1:] if _is_figure(t, tokens[t.index - 1])), None)
    if figure is None:
        return None
    while figure.index + 1 < len(tokens) and tokens[figure.index + 1].text.isdigit():
        figure = tokens[figure.index + 1]  # «4 990»: the groups of one number
    return order.start, figure.end


# Times that tell a delivery came later than wanted after «только», «лишь»: «пришла только в понедельник».
_LATE_TIMES = frozenset({"вечер", "ночь", "неделя", "месяц", "через", "после", "конец"})
_ARRIVED = _CAME | {"прибыть", "доехать", "дойти", "поступить", "появиться"}


def came_late(sentence: Sentence) -> tuple[int, int] | None:
    """«Посылка пришла только в понедельник», «доставили лишь через неделю»: what came, «только» and a later
    time — it came too late for what it was meant for («пришла только одна коробка» counts, it is not late)."""
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if not (lemmas(tok) & _ARRIVED and may_be_past(tok)):
            continue
        cue = next((t for t in tokens[i + 1:i + 3] if t.low in ("только", "лишь")), None)
        if cue is None:
            continue
        when = [t for t in tokens[cue.index + 1:cue.index + 4] if lemmas(t) & (_LATE_TIMES | DAYS_LATER)]
        if when:
            return tok.start, when[-1].end
    return None


# What a thing may come without and no one mind: «доставили без проблем».
_NO_TROUBLE = frozenset({"проблема", "задержка", "замечание", "повреждение", "ошибка", "опоздание", "происшествие",
                         "приключение", "сбой", "труд", "очередь", "вопрос"})


def came_without(sentence: Sentence) -> tuple[int, int] | None:
    """«Заказ пришёл без зарядки», «привезли без инструкции»: what came lacks a part («без проблем» is praise)."""
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if not (lemmas(tok) & _ARRIVED and may_be_past(tok)):
            continue
        for j in range(i + 1, min(i + 3, len(tokens) - 1)):
            part = tokens[j + 1]
            if tokens[j].low == "без" and part.pos in ("NOUN", "PROPN") and not lemmas(part) & _NO_TROUBLE:
                return tok.start, part.end
    return None


_SHARES = frozenset({"половина", "часть", "треть", "четверть", "половинка"})  # of what was ordered
_WHOLE = frozenset({"полностью", "целиком", "весь", "всё", "все"})  # what «не» denies came


def came_in_part(sentence: Sentence) -> tuple[int, int] | None:
    """«Пришла только половина заказа», «доставили только часть», «заказ пришёл не полностью»: what came is a share of
    the order."""
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if not (lemmas(tok) & _ARRIVED and may_be_past(tok)):
            continue
        for j in range(i + 1, min(i + 3, len(tokens) - 1)):
            if tokens[j].low == "только" and lemmas(tokens[j + 1]) & _SHARES:
                return tok.start, tokens[j + 1].end
            if tokens[j].low == "не" and lemmas(tokens[j + 1]) & _WHOLE:  # «пришёл не полностью», «привезли не всё»
                return tok.start, tokens[j + 1].end
    return None


# What a thing came as that makes it useless: «файл скачался пустой», «коробка оказалась пустой».
_USELESS = frozenset({"пустой", "неполный", "битый", "чужой", "обрезанный", "недоделанный"})


def came_short(sentence: Sentence) -> tuple[int, int] | None:
    """«Файл скачался пустой», «коробка пришла пустая», «архив оказался битым»: a past verb and, right after it,
    the state the thing came in (the dictionary's past: the tagger takes «скачался» for a participle)."""
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if lemmas(tok) & _USELESS and any(may_be_past(t) for t in tokens[max(0, i - 2):i]):
            verb = next(t for t in tokens[max(0, i - 2):i] if may_be_past(t))
            return verb.start, tok.end
    return None


# The customer's own coming or looking, after which «а» tells what they found: «Пришла за заказом, а пункт
# закрыт», «Вернулась из отпуска, а там счёт на 4 800 ₽», «Открыла приложение, а баланс в минусе».
_ARRIVING = frozenset({"прийти", "приехать", "вернуться", "зайти", "заглянуть", "прилететь", "проснуться", "открыть",
                       "войти", "получить", "распаковать", "вскрыть", "проверить", "приходить", "приезжать"})


def found_on_arrival(sentence: Sentence) -> tuple[int, int] | None:
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if not (lemmas(tok) & _ARRIVING and may_be_past(tok)) or tok.feat("Person") in ("2", "3"):
            continue
        subject = next((k for k in sentence.children(tok.index) if k.rel.startswith("nsubj")), None)
        if subject is not None and subject.low not in _SELF:
            continue  # «курьер приехал, а меня нет дома»: another's coming
        turn = next((t for t in tokens[i + 1:] if t.low == "а" and t.index and tokens[t.index - 1].text in (",", "—")),
                    None)
        if turn is not None and turn.index + 1 < len(tokens) and tokens[turn.index + 1].pos != "PUNCT":
            return tok.start, tokens[turn.index + 1].end
    return None


def planned(before: list[Token]) -> bool:
    """The verb nearest before a word (after the last «а» or comma) is in the future or the present: «а он полетит
    вместо меня», «поеду вместо мужа» tell a plan, not a thing someone did wrong."""
    for tok in reversed(before):
        if tok.low in {"а", ","}:
            return False
        if tok.pos in {"VERB", "AUX"} and tok.feat("VerbForm") == "Fin":
            return tok.feat("Tense") in {"Fut", "Pres"}
    return False
