"""What the customer asked, and whether the reply is about it.

A question wants its kind of answer: «когда?» a time, «сколько стоит?» a price, «какой лимит?» a figure, «как это
сделать?» the way (a bare «да, можно» is none), «почему?» a reason (read in :mod:`reasons`). Of two questions joined
in one sentence, each must be touched. Words are compared by their normal forms (pymorphy3), and by a five-letter stem
for long words («доставка» ~ «доставить»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.core.grammar.language.syntax import close_in_meaning
from app.core.phrase import phrase
from app.core.scorecard.card import Span
from app.core.scorecard.counts import count_not_told
from app.core.scorecard.money_sense import money_touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.unmarked_questions import mark_unmarked
from app.core.scorecard.words import CALENDAR, Token, is_number, morph, normal_form, tokenize

# Words close in meaning by navec at or above this («перенести» ~ «перенос» 0.41, «вернуть» ~ «обменять» 0.38) speak of
# the same thing; another action stays below («вернуть» ~ «доставлять» 0.12, «перенести» ~ «действовать» 0.11).
CLOSE_IN_MEANING = 0.33

_CONTENT_POS = ("NOUN", "INFN", "VERB", "ADJF", "PRTF")
# Words every support chat shares: they say nothing about what this customer asked.
COMMON = frozenset({
    "здравствуйте", "добрый", "день", "вечер", "утро", "спасибо", "пожалуйста", "подсказать", "мочь", "хотеть",
    "быть", "являться", "сделать", "делать", "нужно", "нужный", "вопрос", "ваш", "наш", "мой", "это", "весь",
    "сказать", "писать", "написать", "знать", "год", "раз", "сейчас", "сегодня", "уже", "ещё", "очень",
    "проблема", "конечно",
})


def content(tokens: Sequence[Token], predicates: bool = True) -> dict[str, frozenset[str]]:
    """Content words (nouns, verbs, adjectives) by their lower form, with all their normal forms; with
    ``predicates``, short adjectives and participles too («видны», «продлён»)."""
    out = {}
    for i, tok in enumerate(tokens):
        if len(tok.lower) < 3 or tok.lower in COMMON or tok.lemmas & COMMON:
            continue
        if tok.tag.split(",")[0].split()[0] in _CONTENT_POS or tok.tag in ("LATN", "UNKN") \
                or predicates and predicate_word(tokens, i):  # «ЭДО», «API»
            out[tok.lower] = tok.lemmas
    return out


@lru_cache(maxsize=5_000)
def _short_adjective(lower: str) -> tuple[bool, bool]:
    """Whether a word's likeliest parse is a short adjective or participle («видны», «доступна», «продлён»), and
    whether any parse is a short adjective («видно», «платно» are read first as a parenthetical word or an adverb)."""
    parses = morph().parse(lower)
    return parses[0].tag.POS in ("ADJS", "PRTS"), any(p.tag.POS == "ADJS" for p in parses)


def predicate_word(tokens: Sequence[Token], i: int) -> bool:
    """A short adjective or participle says what its subject is, so it is what a question turns on or an answer says
    back: «Все покупки будут видны», «Это платно?», «будет ли мне видно, на что он тратит?», «Доступ продлён». An adverb that is a short adjective in another parse is a
    predicate only after «это» or a form of «быть», with no other verb between: in «можно взять коляску бесплатно» it
    tells the manner of «взять»."""
    first, any_parse = _short_adjective(tokens[i].lower)
    if first or not any_parse:
        return first
    for tok in reversed(tokens[max(0, i - 3):i]):
        if tok.lemmas & {"это", "быть"}:
            return True
        if tok.tag.startswith(("VERB", "INFN", "PRED")):
            return False
    return False


# What a question asks for decides what answers it: «сколько стоит?» a price, «какой лимит?» a figure, «какого
# числа?» a time.
_PRICE_WORDS = frozenset({"стоить", "стоимость", "цена", "платить", "заплатить", "плата", "обойтись", "тариф",
                          # «сколько денег получу», «сколько удержат», «сколько спишут»: an amount of money
                          "деньги", "деньга", "удержать", "удерживать", "списать", "списывать", "доплатить", "доплата",
                          "штраф", "комиссия"})
_FIGURE_NOUNS = frozenset({"лимит", "сумма", "ставка", "цена", "стоимость", "комиссия", "процент", "размер"})
_DATE_NOUNS = frozenset({"число", "дата", "срок", "день", "время"})
WAIT = frozenset({"ждать", "ожидать", "идти", "длиться", "занять", "занимать", "делаться", "рассматриваться"})
# The verbs of motion: «сколько ехать до Казани?», «сколько лететь?» ask how long the way takes, not any figure
MOVING = frozenset({"идти", "ходить", "ехать", "ездить", "лететь", "летать", "плыть", "плавать", "везти", "возить",
                    "нести", "носить", "добираться", "добраться", "доехать", "долететь", "дойти", "доплыть"})
# «как долго / как быстро / как скоро?» asks how long; «моментально», «мгновенно» answer it without a figure
# Prepositions that make «сколько» an hour: «во / до / со / к скольки», not «за сколько» (a span) or «на сколько».
_CODE_RE = re.compile(r"[A-Z]{1,3}\d?")
_HOUR_OF = frozenset({"во", "до", "со", "с", "к"})
HOW_SOON = frozenset({"долго", "быстро", "скоро"})
AT_ONCE = frozenset({"моментально", "мгновенно", "сразу", "немедленно", "тотчас", "моментом"})
SPANS = frozenset({"минута", "час", "день", "неделя", "месяц", "сутки", "год", "полгода", "полчаса", "полдня"})
# Places one goes to: «где ближайший пункт выдачи?» wants an address, not the opening hours.
_VENUES = frozenset({"пункт", "офис", "отделение", "магазин", "банкомат", "терминал", "салон", "касса", "филиал",
                     "постамат", "склад", "стойка", "вход", "парковка", "остановка"})
_ADDRESS_RE = re.compile(r"\b(?:ул|улиц\w*|пр|просп\w*|проспект\w*|пер|переул\w*|ш|шоссе|пл|площад\w*|бульвар\w*|"
                         r"наб|набережн\w*|д|дом\w*|ТЦ|ТРЦ|БЦ|корп\w*|стр|этаж\w*|метро|м)\b\.?\s*[«\"]?[А-ЯЁ0-9]"
                         r"|https?://|www\.|[→]|\b(?:рядом с|напротив|возле|у входа|в здании)\b", re.I)
PRICE_RE = re.compile(r"₽|\bруб|\bр\.|€|\$|\bевро|\bдоллар|\bкоп|бесплатн|ничего не стоит|без доплат|без оплат"
                      r"|входит в (?:стоимость|цену|тариф)|платить(?:\s+за\s+\S+)?\s+не\s+(?:нужно|надо)"
                      r"|не\s+(?:нужно|надо)\s+(?:ничего\s+)?(?:до)?платить", re.I)


def asked_kinds(r: Reply) -> list[str]:
    """The kinds of answer the customer's questions want: «когда», «сколько», «цена» (a price), «число» (a figure).
    «Когда» counts only as a question about what is to come («когда привезут?»), not as «когда я нажимаю…»;
    «сколько можно» is no question."""
    asked = []
    for message in r.customer_messages:
        for chunk in re.findall(r"[^.!?…]*\?", marked(message)):
            words = tokenize(chunk)
            for i, tok in enumerate(words):
                nxt = [t for t in words[i + 1:i + 4] if t.tag.startswith(("VERB", "INFN"))][:1]
                after = words[i + 1:i + 3]
                if tok.lower == "когда" and nxt and ("futr" in nxt[0].tag or nxt[0].tag.startswith("INFN")):
                    asked.append("когда")
                elif tok.lower == "когда" and nxt and nxt[0].lemmas & {"мочь", "смочь"} \
                        and any(t.tag.startswith("INFN") for t in words[i + 2:i + 5]):
                    asked.append("когда")  # «когда мастер может прийти?»: what is to come, said with «может»
                elif tok.lower == "когда" and i == len(words) - 1 and i and words[i - 1].lower in ("и", "а"):
                    asked.append("когда")  # «Сколько вернёте и когда?»: the verb said once, before it
                elif "сколько" in tok.lemmas and i and words[i - 1].lower in _HOUR_OF:
                    asked.append("когда")  # «во сколько?», «до скольки завтрак?», «со скольки можно заселиться?»
                elif tok.lower == "сколько" and i and words[i - 1].lower == "через":  # «через сколько вернутся?»
                    asked.append("срок")
                elif tok.lower == "сколько" and any(t.lemmas & SPANS for t in after):  # «сколько дней делают?»
                    asked.append("срок")
                elif tok.lower == "сколько" and any(t.lemmas & WAIT for t in after):  # «сколько ждать / он займёт?»
                    asked.append("срок")
                elif tok.lower == "сколько" and after and after[0].lemmas & MOVING:  # not «сколько стоит доехать»
                    asked.append("срок")
                elif tok.lower == "когда" and not any(t.tag.startswith(("VERB", "INFN", "PRTS")) for t in words):
                    asked.append("когда")  # «И когда первый платёж?»
                elif tok.lower == "как" and after and after[0].lower in HOW_SOON:  # «как быстро дойдут?»
                    asked.append("срок")
                elif "какой" in tok.lemmas and after and "срок" in after[0].lemmas:  # «какой срок гарантии?»
                    asked.append("срок")
                elif tok.lower == "сколько" and not any(t.lower == "можно" for t in after):
                    asked.append("цена" if any(t.lemmas & _PRICE_WORDS for t in words[i + 1:i + 4]) else "сколько")
                elif "какой" in tok.lemmas and after and after[0].lemmas & _DATE_NOUNS:
                    asked.append("когда")
                elif "какой" in tok.lemmas and any(t.lemmas & _FIGURE_NOUNS for t in words[i + 1:i + 4]):
                    asked.append("число")
                elif tok.lower in ("где", "куда") and any(t.lemmas & _VENUES for t in words[i + 1:i + 4]) \
                        and not any(t.tag.startswith("INFN") for t in words[i + 1:i + 4]):
                    asked.append("место")  # «где ближайший пункт выдачи?»
    return asked


def unanswered(r: Reply, frames: Sequence[Span], figures: Sequence[Span]) -> str:
    """«Сколько стоит доставка и когда её привезут?»: each question wants its kind of answer (a time, a figure, a
    price); a reply that gives one and not the other answers half the question."""
    asked = asked_kinds(r)
    missing = []
    # «рассрочка на 12 месяцев» says how long, not when: a span after «на» is no answer to «когда?»; nor is a rate
    # («550 ₽ в месяц»)
    whens = [f for f in frames if not any(t.end <= f[0] and t.lower == "на" and not r.text[t.end:f[0]].strip()
                                          for t in r.tokens) and not _bare_span(r, f) and not _your_deadline(r, f)
             and not PRICE_RE.search(r.text[f[0]:f[0] + f[1]]) and not _time_of_other(r, f)]
    if "когда" in asked and not whens:
        missing.append(phrase('«когда»'))
    # a time the reply gives: a frame, «мгновенно», a day of the month («привезём 12-го»), a span («за пару минут»)
    timed = bool(frames) or any(t.lower in AT_ONCE for t in r.tokens) or bool(re.search(r"\b\d{1,2}-го\b", r.text)) \
        or bool(spans_named(r))
    if "срок" in asked and not timed:
        missing.append(phrase('«как долго»'))
    theirs = {t.lower for t in r.customer_tokens}
    new_number = bool(figures) or any(is_number(t) and t.lower not in theirs for t in r.tokens)
    if "сколько" in asked and (not new_number and not PRICE_RE.search(r.text) and not frames
                               or count_not_told(r, questions(r))):
        missing.append(phrase('«сколько»'))
    if "цена" in asked and (not PRICE_RE.search(r.text) or only_their_figures(r)):
        missing.append(phrase('«сколько стоит»'))
    # «какая комиссия?» wants a figure of its own, not the «один-два рабочих дня» of a time frame
    framed = [t for t in r.tokens if any(f[0] <= t.start < f[0] + f[1] for f in frames)]
    framed += [t for t, nxt in zip(r.tokens, r.tokens[1:])  # «40–60 минут»: the range's first figure too
               if nxt in framed and is_number(t) and r.text[t.end:nxt.start].strip() in ("-", "–", "—")]
    figure = any(f for f in figures if not any(t.start == f[0] for t in framed)) or any(
        is_number(t) and t.lower not in theirs and t not in framed for t in r.tokens) or "%" in r.text
    # «Какой размер брать?» — «берите XL»: a size or a level is named by its letters (XL, B2) the customer did not write
    figure = figure or any(_CODE_RE.fullmatch(t.text) and t.lower not in theirs for t in r.tokens)
    if "число" in asked and not figure and not PRICE_RE.search(r.text):
        missing.append(phrase('«какой» (нужна цифра)'))
    if "место" in asked and not _ADDRESS_RE.search(r.text) and not named_answer(r, "где"):
        missing.append(phrase('«где» (нужен адрес)'))
    from app.core.scorecard.several_questions import untouched_questions  # it reads the reply with this module's words
    missing += [f"«{part}»" for part in untouched_questions(r, timed)]
    from app.core.scorecard.choice import choice_left_open  # «какой взять — A или B?» wants one of them picked
    missing += [f"«{part}»" for part in [choice_left_open(r)] if part]
    # «Если закрыть вклад досрочно, что будет с процентами?»: what becomes of a thing wants that thing spoken of
    said = said_words(r)
    for q in questions(r):
        m = _BECOMES_RE.search(q)
        if m and not any(touched(t.lemmas, said) or money_touched(t.lemmas, said) for t in tokenize(m.group(1))):
            missing.append(f"«{m.group().rstrip('?').strip()}»")
    return " и ".join(missing)


_BECOMES_RE = re.compile(r"что\s+(?:будет|станет|случится|произойд[её]т)\s+(?:с|со)\s+(\w+(?:\s+\w+)?)", re.I)


_MODAL = frozenset({"можно", "нужно", "надо", "необходимо", "следует", "успеть"})


def _your_deadline(r: Reply, frame: Span) -> bool:
    """«Когда начислят кешбэк за октябрь?» — «Категории на ноябрь можно выбрать до 1 ноября»: the time is a deadline
    for something the customer may or must do («можно / нужно» with an infinitive, an imperative), not the when of
    what was asked — unless that is the very doing asked about («Когда можно забрать?» — «забрать можно с 12:00»)."""
    asked = set()
    for chunk in questions(r):
        words = tokenize(chunk)
        for i, tok in enumerate(words):
            if tok.lower == "когда":
                asked |= {x for t in words[i + 1:i + 4] if t.tag.startswith(("VERB", "INFN"))
                          for x in t.lemmas | {y[:5] for y in t.lemmas if len(y) >= 6}}
    clause = r.part_at(frame[0])
    if not asked or clause is None:
        return False
    words = r.tokens_in(clause[0], clause[1])
    yours = [t for i, t in enumerate(words) if "impr" in t.tag or t.tag.startswith("INFN")
             and any(w.lower in _MODAL for w in words[max(0, i - 3):i + 4])]
    return bool(yours) and not any(touched(t.lemmas, asked) for t in yours)


def _time_of_other(r: Reply, frame: Span) -> bool:
    """«Когда деньги появятся на счёте?» — «Если продавец не возвращает деньги, можно открыть спор: … Рассмотрение
    занимает до 30 дней»: after a way the reply offers for some case («Если …, можно / откройте …»), a time told in the
    general present of a thing the customer never named is that way's time, no when of theirs. A clause with a future
    or past verb (a dated step: «бригада приедет к 15:00»), with a word pointing back («это», «он»), or with a word of
    the customer's (its form, a five-letter stem, or close in meaning by navec) keeps its time; so does any such
    clause with no «если» way before it («Средства зачисляются в течение 2 рабочих дней» may name the money in other
    words)."""
    clause = r.part_at(frame[0])
    if clause is None or not any(_way_for_a_case(r, s, e) for s, e in r.sentences if e <= clause[0]):
        return False
    words = [t for t in r.tokens_in(clause[0], clause[1]) if not frame[0] <= t.start < sum(frame)]
    if any(t.tag.startswith(("VERB", "PRTS")) and dated(t.lower) or t.tag.startswith("NPRO")
           or t.lemmas & {"это", "этот"} for t in words):
        return False
    own = [t for t in words if t.lower in content(words) and not t.lemmas & (WAIT | SPANS | CALENDAR)]
    if not any(t.tag.startswith("NOUN") for t in own):
        return False
    theirs = content(r.customer_tokens)
    said = {x for lemmas in theirs.values() for x in lemmas | {y[:5] for y in lemmas if len(y) >= 6}}
    if any(touched(t.lemmas, said) for t in own):
        return False
    return not any(close_in_meaning(normal_form(t.lower), normal_form(w), CLOSE_IN_MEANING) for t in own for w in theirs)


@lru_cache(maxsize=5_000)
def dated(lower: str) -> bool:
    """A verb or short participle that may tell a future or past event: «скачается» (its likeliest parse is the
    present), «приедет», «отправлен»."""
    return any(p.tag.POS in ("VERB", "PRTS") and p.tag.tense in ("futr", "past") for p in morph().parse(lower))


def _way_for_a_case(r: Reply, start: int, end: int) -> bool:
    """«Если продавец не возвращает деньги, можно открыть спор»: a sentence that opens with «если» and tells the
    customer what to do."""
    words = r.tokens_in(start, end)
    return bool(words) and words[0].lower == "если" and (any(t.lower == "можно" for t in words) or any(
        start <= span[0] < end for span in r.imperatives[0] + r.imperatives[1]))

# «через 3 дня», «в течение недели», «за 2 часа» say when; «курс — это 6 месяцев» only how long
_WHEN_BEFORE = frozenset({"через", "течение", "за", "до", "к", "после", "не", "позднее", "позже", "ближайший",
                          "каждый", "раз", "спустя", "уже"})


def _bare_span(r: Reply, frame: Span) -> bool:
    """A count of units with no word before it that makes it a moment: a length, no answer to «когда?»."""
    words = r.tokens_in(frame[0], frame[0] + frame[1])
    if len(words) != 2 or not is_number(words[0]) or not words[1].lemmas & SPANS:
        return False
    before = [t for t in r.tokens if t.end <= frame[0]][-1:]
    return not before or not (before[0].lemmas & _WHEN_BEFORE)


# «Кто», «чей», «как зовут» want a person named; «где», «куда» a place: a name the reply gives (natasha's NER)
# answers them, whatever words it uses («Номер оформлен на Петрова Олега Ивановича», «он живёт в Твери»).
_WHO = frozenset({"кто", "чей", "зовут", "звать", "кому", "кого"})
_WHERE = frozenset({"где", "куда"})


def named_answer(r: Reply, question: str) -> list[Span]:
    """The names in the reply that answer a «кто?» (a person or a firm) or a «где?» (a place) question."""
    words = {t.lower for t in tokenize(question)}
    kinds = ({"PER", "ORG"} if words & _WHO else set()) | ({"LOC"} if words & _WHERE else set())
    if not kinds:
        return []
    from app.core.grammar.language.syntax import analyse  # the language layer runs natasha's NER
    # a place is where something is: «в Твери», «на Ленина» — not «в 18:00 по Москве», a time zone
    spans: list[Span] = []
    for e in analyse(r.text).entities:
        if e.kind not in kinds or e.kind == "LOC" and not re.search(r"(?:^|\s)(?:в|во|на)\s+$",
                                                                     r.text[max(0, e.start - 4):e.start], re.I):
            continue
        if spans and not r.text[sum(spans[-1]):e.start].strip():  # «Смирновой» + «Анне Петровне»: one name
            spans[-1] = (spans[-1][0], e.end - spans[-1][0])
        else:
            spans.append((e.start, e.end - e.start))
    return spans


def questions(r: Reply) -> list[str]:
    """The customer's questions: each stretch of a message that ends with «?», or asks without it (:func:`marked`).
    A message that is only a clause of condition or purpose («если мы решим уйти от вас?») asks the question its
    message before began with no stop of its own («Можно ли выгрузить все данные в Excel»)."""
    found = []
    for n, message in enumerate(r.customer_messages):
        for chunk in re.findall(r"[^.!?…\n]*\?", marked(message)):
            # «2) добавьте чехол 3) можно оплатить бонусами?»: a numbered item inside the stretch starts the question
            items = _ITEM_START_RE.split(chunk)
            chunk = (items[-1] if len(_ITEM_RE.findall(chunk)) > 1 else chunk).strip()
            before = r.customer_messages[n - 1].rstrip() if n else ""
            if before and before[-1] not in ".!?…)" and message.lstrip().startswith(chunk) and "," not in chunk \
                    and _CLAUSE_RE.match(chunk):
                chunk = re.split(r"[.!?…\n]", before)[-1].strip() + " " + chunk
            found.append(chunk)
    return found


_CLAUSE_RE = re.compile(r"(?i)(?:(?:а|и|но)\s+)?(?:если|чтобы|хотя|пока|раз)\b")
_ITEM_START_RE = re.compile(r"(?<=[^\d\s])\s+(?=\d{1,2}\)\s)")
_ITEM_RE = re.compile(r"(?<![\d\w])\d{1,2}\)\s")


# Words that ask by themselves, wherever they stand: «до какого времени», «во сколько», «где взять».
_ASKING_WORDS = frozenset({"какой", "когда", "сколько", "где", "куда", "откуда", "почему", "зачем"})


# «Вопросов несколько: 1) входит ли в тур кресло; 2) можно ли взять коляску…»: a numbered item up to its «;» or stop
_LIST_ITEM_RE = re.compile(r"(?:(?<=^)|(?<=[\s:;]))(\d{1,2}\)\s*[^;.!?…\n]+)[;.]")


def _item_asked(m: re.Match) -> str:
    words = tokenize(m.group(1))
    asks = any(t.lower in ("ли", "можно") or t.lemmas & _ASKING_WORDS or t.lower in _ASKING_WORDS for t in words)
    return m.group(1) + "?" if asks else m.group()


def marked(message: str) -> str:
    """The message with «?» put after a stretch that asks without it — «а старая ещё работает до какого времени»,
    «во сколько завтра урок», «как поменять пин код»: chat customers often leave the mark out. Such a stretch ends
    its line with no stop of its own and has no comma, so «когда приеду, позвоню» stays a statement. Numbered
    questions closed by «;» or a stop are questions each («1) входит ли кресло; 2) можно ли взять коляску.»)."""
    message = mark_unmarked(_LIST_ITEM_RE.sub(_item_asked, message))  # «можно ли оплатить картой.»: «ли» asks
    out = []
    for part in re.split(r"(?<=[.!?…\n])", message):
        body = part.rstrip()
        if body and body[-1] not in ".!?…" and "," not in body:
            words = tokenize(body)
            if any(t.lemmas & _ASKING_WORDS or t.lower in _ASKING_WORDS for t in words) or (
                    words and words[0].lower == "как" and any(t.tag.startswith("INFN") for t in words[1:4])):
                part = body + "?" + part[len(body):]
        out.append(part)
    return "".join(out)


def sentence_before(r: Reply, chunk: str) -> str:
    """The customer's sentence just before a question in the same message: «Хочу вернуть деньги за курс. Как это
    сделать?» — what «это» stands for."""
    for message in r.customer_messages:
        at = message.find(chunk)
        if at > 0:
            return re.split(r"[.!?…\n]+\s*", message[:at].rstrip(" .!?…\n"))[-1]
    return ""


def asks_how(r: Reply) -> bool:
    """«Как это сделать?», «подскажите, как выгрузить отчёт?»: the customer wants the way, not a yes."""
    for chunk in questions(r):
        words = tokenize(chunk)
        for i, tok in enumerate(words):
            if tok.lower == "как" and any(t.tag.startswith("INFN") for t in words[i + 1:i + 4]):
                return True
            # «how to отписаться?», «How do I export…?», «how can I pay…?»: the same question in English
            if tok.lower == "how" and i + 1 < len(words) and words[i + 1].lower in _HOW_ON:
                return True
    return False


_HOW_ON = frozenset({"to", "do", "does", "can", "could", "should", "i", "we"})


def figures_of(text: str) -> set[str]:
    """The figures of a text, grouped digits as one («2 400»), read from the characters: «25-го» is one word."""
    return {re.sub(r"\D", "", m.group()) for m in re.finditer(r"\d+(?:[ \u00a0\u202f]\d{3})*", text)}


def topic_words(chunk: str) -> list[frozenset[str]]:
    """The words a question is about: its content words, and words that can be nouns though their likeliest
    reading is not («откуда минус?»)."""
    words = list(content(tokenize(chunk)).values())
    words += [t.lemmas for t in tokenize(chunk) if len(t.lower) >= 4 and t.lower not in COMMON and _can_be_noun(t.lower)
              and t.lemmas not in words]
    return words


@lru_cache(maxsize=5_000)
def _can_be_noun(lower: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.score >= 0.1 for p in morph().parse(lower))


WH = frozenset({"когда", "сколько", "где", "куда", "откуда", "почему", "зачем", "как", "какой", "что", "кто", "чей",
                 "который", "отчего"})


_POLARITY = frozenset({"не", "нет", "это", "да"})


def echoed_answer(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Это ошибка?» — «Это не ошибка: 3 300 ₽ — интернет в роуминге…»: a yes-or-no question answered by a sentence
    that takes up its word and goes on with what the customer did not know (three new words or more)."""
    theirs = r.customer_lemmas
    yes_no = [chunk for chunk in questions(r) if not any(t.lemmas & WH for t in tokenize(chunk))]
    asked = [w for chunk in yes_no for w in topic_words(chunk)]
    # the question's own verb said back is a yes or a no too: «трансфер входит в тур?» — «входит»; «есть кунжут?» —
    # «кунжут там есть»
    verbs = set().union(*(t.lemmas for chunk in yes_no for t in tokenize(chunk)
                          if t.tag.startswith("VERB") or t.lower == "есть"))
    for n, (start, end) in enumerate(r.sentences):
        if any(a[0] <= start < a[1] for a in aside):
            continue
        words = r.tokens_in(start, end)
        # a word said back inside a promise set aside («Не волнуйтесь, гарантирую, что…») is the promise, no answer
        at = next((i for i, t in enumerate(words) if any(t.lemmas & w for w in asked)
                   and not any(a[0] <= t.start < a[1] for a in aside)), None)
        # it says yes or no about that word: «это не ошибка», «ошибки нет», «это ошибка»
        if at is None:
            continue
        said_back = [t for t in words if t.lemmas & verbs and t is not words[at]]
        if said_back and "не" not in [t.lower for t in words]:
            # «трансфер из аэропорта входит в тур»: the whole question said back as a statement is the yes
            return [(said_back[0].start, said_back[0].end - said_back[0].start)]
        # «Орехов в «Цезаре» нет, но…»: the no may close the word's own clause, a few words on
        after = words[at:at + 5]
        cut = next((k for k in range(1, len(after)) if "," in r.text[after[k - 1].end:after[k].start]), len(after))
        if not said_back and not any(t.lower in _POLARITY for t in words[max(0, at - 2):at + 2]) \
                and not any(t.lower == "нет" for t in after[:cut]):
            continue
        echo = words[at]
        follow = r.sentences[n + 1] if n + 1 < len(r.sentences) else (end, end)
        rest = [t for t in r.tokens_in(start, follow[1]) if not t.lemmas & r.lex.wishes_set]
        if len([lemmas for lemmas in content(rest).values() if not lemmas & theirs]) >= 3:
            return [(echo.start, echo.end - echo.start)]
    return []


def said_words(r: Reply, aside: Sequence[Span] = ()) -> set[str]:
    """The reply's content words, with five-letter stems of long ones — leaving out closing wishes («Хорошего
    отдыха!» says nothing about the trip) and what is set aside."""
    said: set[str] = set()
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if not words or words[0].lemmas & r.lex.wishes_set or any(a[0] <= start < a[1] for a in aside):
            continue
        for lemmas in list(content(words).values()) + [t.lemmas for t in words if _can_be_noun(t.lower)]:
            said |= lemmas | {x[:5] for x in lemmas if len(x) >= 6}
    return said


def touched(lemmas: frozenset[str], said: set[str]) -> bool:
    return bool(lemmas & said) or any(len(x) >= 6 and x[:5] in said for x in lemmas)


def spans_named(r: Reply) -> list[Span]:
    """«Гарантия — год, на аккумулятор — полгода»: spans of time named without a figure, an answer to «какой срок?»,
    «как долго?» — not a rate («290 рублей в месяц») and not a closing wish («Хорошего дня!»)."""
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if not words or words[0].lemmas & r.lex.wishes_set:
            continue
        found += [(t.start, t.end - t.start) for i, t in enumerate(words)
                  if t.lemmas & SPANS and not (i and words[i - 1].lower in ("в", "во"))]
    return found


def only_their_figures(r: Reply) -> bool:
    """«Мы приходим с 15-го, сколько платить за декабрь? Месяц стоит 6 000» — «Оплата за месяц — 6 000 ₽»: the price
    asked is not the one the customer already wrote. A reply whose every figure is one the customer gave, and which
    names no price in words («бесплатно»), tells them nothing they did not know."""
    from app.core.scorecard.numbers import numbers
    if _FREE_RE.search(r.text):
        return False
    said = {value for value, _, _ in numbers(r.tokens, r.text)}
    theirs = {value for value, _, _ in numbers(r.customer_tokens, "\n".join(r.customer_messages))}
    return bool(said) and said <= theirs


_FREE_RE = re.compile(r"бесплатн|ничего не стоит|без доплат|без оплат|входит в (?:стоимость|цену|тариф)"
                      r"|не\s+(?:нужно|надо)\s+(?:ничего\s+)?(?:до)?платить", re.I)
