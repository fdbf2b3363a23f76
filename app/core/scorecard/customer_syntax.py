"""What the structure of the customer's sentences shows, beyond word lists (natasha's dependency parse).

- **A demand** (anger): a sentence built on an imperative — «Верните деньги!», «Разберитесь уже с этим»,
  «Сделайте что-нибудь!» — that nothing softens: no «пожалуйста», «будьте добры», «если можно», not a
  polite verb of asking («подскажите», «помогите»), and said with «!» or pressed by «немедленно»,
  «сейчас же», «уже», «наконец».
- **A reproach put as a question** (complaint): «Почему вы списали…?», «Зачем отключили…?», «Почему КАСКО
  подорожало?» — something that happened, not by the customer, asked why.
- **A failure**: a negated verb about a thing (its subject in the nominative: «мне не хватает интернета»
  is a need, not a failure) or an unnamed «они» — «посылка так и не пришла», «деньги
  до сих пор не вернули», «приложение не открывается», «не могу войти» — in a statement, not a question
  or an «если» clause («данные не удалятся?» asks, it does not complain).
- **Harm done to the customer**: «рейс отменили», «курьер потерял посылку» — a past verb of harm (cancel,
  lose, block…) whose subject is not the customer. («Деньги уже списали» is how a payment goes, no harm.)
- **A long wait**: «висит в статусе уже пять дней», «третий день без связи», «неделю без связи», «две недели ждала».
- **Something short in what came**: «в наборе не хватает одной детали» — «не хватает» with no one it is
  short for («мне не хватает интернета» is a need).
- **Something expected is missing**: «а чемодана нет», «интернета нет с самого утра», «выплаты так и нет»,
  «почему у вас нет…?» — «нет» with what is missing, pressed by «а», «всё», «так и», «ещё», a time, «!» or «почему»
  («у меня нет карты, можно наличными?» only states a fact).
- **One thing sent for another**: «Прислали XL вместо M» — their past deed «вместо» another; «заказала три, а в
  коробке две», «заказал 42 размер, пришли 41» — an order with a figure, then another figure for what came.
- **A request addressed to the operator**: any imperative, «вы можете…?», «не могли бы вы…» — so a
  solution is due even without «?».

Each cue keeps the words that revealed it, so the scorecard can say why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.grammar.language.syntax import Sentence, Token, analyse
from app.core.scorecard.customer_deliveries import (
    CHARGED, DAYS_LATER, came_in_part, came_late, came_short, came_without, found_on_arrival, may_be_past, not_as_ordered,
)
from app.core.scorecard.customer_deliveries import lemmas as _lemmas
from app.core.scorecard.customer_deliveries import planned
from app.core.scorecard.words import also_imperative, morph
from app.core.scorecard.words import analyse as lemmas_of

_SOFTENERS = frozenset({"пожалуйста", "будьте", "будь", "можно", "если", "прошу", "просьба"})
# Imperatives that greet, or ask for help or information rather than demand: «подскажите», «помогите».
_POLITE = frozenset({"здравствовать", "приветствовать", "подсказать", "помочь", "сказать", "уточнить", "объяснить", "посоветовать", "извинить",
                     "простить", "рассказать", "проконсультировать", "порекомендовать", "показать"})
_PRESSING = frozenset({"немедленно", "срочно", "уже", "наконец", "быстро", "быстрее", "сейчас"})
_WHY = frozenset({"почему", "зачем", "как"})
_WHY_ASKED = _WHY - {"как"}
# Negated verbs that speak of the customer's mind or wishes, not of something that failed.
_NOT_FAILURES = frozenset({"быть", "понимать", "понять", "знать", "хотеть", "нужно", "надо", "мочь", "успевать",
                           "успеть", "помнить", "видеть", "открывать", "собираться", "планировать",
                           "трогать", "покупать", "подойти", "подходить",
                           "устраивать", "устроить",
                           # «я их не носила», «не распаковывал»: goods kept unused, said to have them taken back
                           "носить", "надевать", "надеть", "распаковывать", "распаковать", "вскрывать", "использовать"})
# Verbs of harm the rubric names: something was done to the customer («отменили», «списали», «потеряли»).
_HARM = frozenset({"отменить", "потерять", "заблокировать", "отключить", "задержать", "украсть",
                   "затопить", "сломать", "испортить", "повредить", "обмануть", "перепутать", "въехать",
                   "врезаться", "разбить", "поцарапать", "залить", "обокрасть", "ограбить", "сорвать", "взломать",
                   "нахамить", "обсчитать", "недовесить", "испачкать", "порвать", "перерезать", "оборвать",
                   "вскрыть",  # «посылку вскрыли» is a harm, «я вскрыл коробку» the customer's own deed
                   "отказать"})  # «курьер отказался подключать», «банк отказал»; «я отказался от тура» is the customer's
_UNITS = frozenset({"день", "неделя", "месяц", "час", "сутки", "минута"})
# A span that counts itself: «жду уже полчаса» is a wait as «жду уже два часа» is (beside a verb of waiting).
_HALVES = frozenset({"полчаса", "полдня", "полнедели", "полмесяца", "полгода", "полсуток"})
_WAIT = frozenset({"ждать", "ожидать", "прождать", "дожидаться"})
_SELF = frozenset({"я", "мы"})
# People the customer speaks of: what they do not do is their habit, what they did not do may be a denial.
_PERSONS = frozenset({"муж", "жена", "сын", "дочь", "мама", "папа", "ребёнок", "ребенок", "брат", "сестра"})
# Verbs of the mind in _NOT_FAILURES that, said of a thing, tell it does not work: «телефон не видит карту», «касса не
# понимает QR-код», «ноутбук не открывает файл» (of a person, «я не вижу», «я не открывала», they tell of the customer).
_SENSES = frozenset({"видеть", "понимать", "открывать"})
# «не могу приехать», «не могу найти»: the customer's own plans or search, not a thing that failed.
_OWN_PLANS = frozenset({"найти", "понять", "разобраться", "приехать", "прийти", "подойти", "поехать", "присутствовать",
                        "прилететь", "забрать"})
# What a customer does not do when a stranger asks for their data: «я ничего не сказала», «я не переходила по
# ссылке» report an attempt that failed (the rubric's «попытка мошенничества без вреда»), not a trouble — unlike
# «я не подключала эту услугу», which disowns a charge.
_KEPT_SAFE = frozenset({"сказать", "говорить", "сообщить", "сообщать", "назвать", "называть", "перейти", "переходить",
                        "нажать", "нажимать", "ответить", "отвечать", "продиктовать", "диктовать"})
# Words that press an absence into a complaint: «а чемодана нет», «его всё нет», «так и нет», «с самого утра».
_MISSING_CUES = frozenset({"а", "всё", "все", "так", "ещё", "еще", "сих", "опять", "снова", "утра", "вчера",
                           "вчерашнего", "вечера", "ночи", "обеда", "позавчера",  # «со вчерашнего вечера нет …»
                           "почему", "теперь"})  # «теперь у нас нет интернета»: lost since
# «Теперь вопросов нет», «претензий нет»: what is absent is a trouble, so nothing is missing.
_NOTHING_WRONG = frozenset({"вопрос", "претензия", "проблема", "замечание", "жалоба"})


@dataclass
class SyntaxCues:
    states: dict[str, list[str]] = field(default_factory=dict)
    asks: bool = False


def read_syntax(text: str) -> SyntaxCues:
    cues = SyntaxCues()
    # «Добрый вечер / пришла только половина заказа / где остальное?»: a chat line is a sentence of its own even
    # without a full stop, so a question on the last line does not make the lines above it questions
    for line in text.split("\n"):
        if line.strip():
            _read_line(line, cues)
    return cues


def _read_line(text: str, cues: SyntaxCues) -> None:
    for sentence in analyse(text).sentences:
        tokens = sentence.tokens
        question = any(t.text.startswith("?") or t.text.endswith("?") for t in tokens if t.pos == "PUNCT")
        exclaimed = any("!" in t.text for t in tokens if t.pos == "PUNCT")
        lowered = {t.low for t in tokens}
        told = len(cues.states.get("complaint", []))  # what this sentence already shows, for the «а» below
        for tok in tokens:
            if (tok.feat("Mood") == "Imp" and _may_command(tok)) or _commanding(sentence, tok, question):
                cues.asks = True
                if _demand(sentence, tok, lowered, exclaimed):
                    _add(cues, "anger", _phrase(text, sentence, tok, _PRESSING))
            elif tok.pos in ("VERB", "AUX") and tok.feat("Person") == "2" and tok.feat("Number") == "Plur":
                cues.asks = True  # «Вы можете перенести доставку?»
        # «почему списали 300 руб», «а списали по старому, почему»: in a chat the «?» is often left out, and a
        # «почему» / «зачем» that opens or closes the sentence asks all the same («интересно, почему…» wonders)
        words = [t for t in tokens if t.pos != "PUNCT"]
        if question or words and (words[0].low in _WHY_ASKED or words[-1].low in _WHY_ASKED):
            reproach = _reproach(sentence)
            if reproach is not None:
                _add(cues, "complaint", _phrase(text, sentence, reproach, _WHY | {"вы"}))
        if "если" not in lowered:
            missing = _missing(sentence, question, exclaimed)
            if missing is not None:
                _add(cues, "complaint", _what_is_missing(text, sentence, missing))
            for tok in _failures(sentence, question):
                _add(cues, "complaint", _phrase(text, sentence, tok, {"не"}))
            for tok in _harm(sentence):
                _add(cues, "complaint", _phrase(text, sentence, tok, set()))
            stop = _told_before_question(tokens) if question else None
            instead = None if question and stop is None else _instead(sentence) or not_as_ordered(sentence)
            if instead and (not question or instead[1] <= stop):
                _add(cues, "complaint", text[instead[0]:instead[1]])
        if not question and "если" not in lowered:
            for found in (f(sentence) for f in (came_late, came_without, came_short, came_in_part)):
                if found:
                    _add(cues, "complaint", text[found[0]:found[1]])
            arrival = found_on_arrival(sentence)
            if arrival and len(cues.states.get("complaint", [])) == told:  # what was found names it better
                _add(cues, "complaint", text[arrival[0]:arrival[1]])
        elif "если" not in lowered:  # «Заказ пришёл без инструкции, как его собирать?»: told, then asked
            found = came_without(sentence)
            if found and "," in text[found[1]:tokens[-1].end]:
                _add(cues, "complaint", text[found[0]:found[1]])
        leaving = _leaving_soon(sentence)
        if leaving:
            _add(cues, "urgency", text[leaving[0]:leaving[1]])
        soon = None if question else _event_soon(sentence)
        if soon:
            _add(cues, "urgency", text[soon[0]:soon[1]])
        need = _pressing_need(sentence)
        if need:
            _add(cues, "urgency", text[need[0]:need[1]])
        # «…висит какой-то долг, откуда он?»: asked where it comes from, the charge is still unknown to the customer
        unknown = None if question and not lowered & {"откуда", "почему"} else _unknown_charge(sentence)
        if unknown:
            _add(cues, "complaint", text[unknown[0]:unknown[1]])
        wait = _long_wait(sentence)
        if wait:
            _add(cues, "complaint", text[wait[0]:wait[1]])


def _add(cues: SyntaxCues, state: str, fragment: str) -> None:
    kept = cues.states.setdefault(state, [])
    if fragment and fragment not in kept:
        kept.append(fragment)


def _may_command(tok: Token) -> bool:
    """The tagger's imperative, if the dictionary has one for the word: «чайник отличный!» praises a kettle."""
    return any(p.tag.mood == "impr" for p in morph().parse(tok.low))


def _commanding(sentence: Sentence, tok: Token, question: bool) -> bool:
    """«Перезвоните мне завтра»: the sentence rests on a word that can be a plural imperative and has no
    subject, in a statement — a command, whatever the tagger chose (the imperative and the future share
    the form, and a capitalised first word is often taken for a name)."""
    return (tok.rel == "root" and not question and tok.pos in ("VERB", "PROPN", "NOUN")
            and not any(k.rel.startswith("nsubj") for k in sentence.children(tok.index))
            and also_imperative(tok.low))


def _demand(sentence: Sentence, verb: Token, lowered: set[str], exclaimed: bool) -> bool:
    """An imperative the sentence rests on, unsoftened, said with «!» or pressed by an adverb of its own
    («Верните уже деньги» — not «Добавьте багаж, туда уже есть», where «уже» belongs to another clause)."""
    if verb.rel not in ("root", "conj", "parataxis") or lowered & _SOFTENERS or _lemmas(verb) & _POLITE:
        return False
    if verb.feat("Number") == "Sing" and not verb.low.endswith(("те", "тесь")):
        return False  # «дай», «скажи»: the customer's own «ты» is not a demand on the operator
    return exclaimed or any(t.low in _PRESSING for t in _clause_of(sentence, verb))


def _clause_of(sentence: Sentence, tok: Token) -> list[Token]:
    """The words of ``tok``'s clause: those between the punctuation marks nearest it on either side (the parse may
    hang «уже» on the noun after the verb, so its children would miss it)."""
    tokens = sentence.tokens
    start = next((t.index + 1 for t in reversed(tokens[:tok.index]) if t.pos == "PUNCT"), 0)
    end = next((t.index for t in tokens[tok.index + 1:] if t.pos == "PUNCT"), len(tokens))
    return tokens[start:end]


def _reproach(sentence: Sentence) -> Token | None:
    """«Почему вы списали…?», «Почему у меня списали…?», «Почему КАСКО подорожало?»: a past verb with
    «почему/зачем» by it, about something the customer did not do themselves (no «я», «мы» as its subject;
    «как» counts only with «вы» or an unnamed «они»: «как я оплатил?» asks, it does not reproach)."""
    for tok in sentence.tokens:
        if tok.pos != "VERB" or tok.feat("Tense") != "Past" or tok.feat("VerbForm") == "Part":
            continue  # «почему на сайте написано…?» asks how things stand (a harm done, «отменён», is in _harm)
        kids = sentence.children(tok.index)
        subject = next((k for k in kids if k.rel.startswith("nsubj")), None)
        if subject is not None and subject.low in _SELF and subject.index > tok.index + 1 \
                and tok.feat("Number") == "Plur" and subject.feat("Number") == "Sing":
            subject = None  # «почему списали 300 руб я его не подключал»: «я» begins the next, unpunctuated clause
        yours = subject.low == "вы" if subject is not None else tok.feat("Number") == "Plur"
        why = {k.low for k in kids} & _WHY
        if (yours and why) or (why - {"как"} and (subject is None or subject.low not in _SELF)
                                and not (subject is None and tok.feat("Person") == "1")):
            return tok
    return None


def _instead(sentence: Sentence) -> tuple[int, int] | None:
    """«Прислали размер XL вместо M», «привезли кресло вместо дивана»: a past deed of theirs «вместо» another."""
    tokens = sentence.tokens
    for i, tok in enumerate(tokens):
        if tok.low == "вместо" and any(t.pos == "VERB" and t.feat("Tense") == "Past" and t.feat("Person") != "1"
                                       and (t.feat("Number") == "Plur" or t.feat("Variant") == "Short")
                                       or t.low == "а" for t in tokens[:i]) \
                and not planned(tokens[:i]):  # «фамилия написана X вместо Y»; «а он полетит вместо меня» is a plan
            return tok.start, tokens[min(i + 1, len(tokens) - 1)].end  # «…, а платье 48-го размера вместо 44-го»
    return None


_LEAVING = frozenset({"уезжать", "уехать", "уходить", "уйти", "улетать", "улететь", "выезжать", "выехать", "выходить",
                      "выйти", "ехать", "лететь", "выселяться", "выписываться"})
_TODAY = frozenset({"вечером", "утром", "ночью", "сегодня", "скоро", "завтра", "сейчас"})


def _leaving_soon(sentence: Sentence) -> tuple[int, int] | None:
    """«Мне вечером уезжать», «нам завтра утром улетать»: the customer must leave soon — whatever is asked is
    pressed by it (a «если» supposes, it does not hurry)."""
    tokens = sentence.tokens
    if not any(t.low in ("мне", "нам") for t in tokens) or any(t.low == "если" for t in tokens):
        return None
    go = next((t for t in tokens if t.feat("VerbForm") == "Inf" and _lemmas(t) & _LEAVING), None)
    when = next((t for t in tokens if t.low in _TODAY), None)
    if go is None or when is None:
        return None
    return min(go.start, when.start), max(go.end, when.end)


# What the customer may be charged or owe.
_OWED = frozenset({"долг", "задолженность", "списание", "платёж", "платеж", "начисление", "штраф", "комиссия", "пеня",
                   "доплата"})
_SOMETHING = frozenset({"что-то", "что-нибудь", "какие-то", "какой-то", "какая-то", "непонятно", "неизвестно"})


def _unknown_charge(sentence: Sentence) -> tuple[int, int] | None:
    """«Каждый месяц что-то списывается», «списали какие-то 300 ₽»: money taken for something the customer does not
    know — a charge they did not agree to."""
    tokens = sentence.tokens
    owed = next((t for t in tokens[1:] if _lemmas(t) & _OWED and _lemmas(tokens[t.index - 1]) & _SOMETHING), None)
    if owed is not None:  # «на карте висит какой-то долг», «пришёл какой-то штраф»: owed for the customer knows not what
        return tokens[owed.index - 1].start, owed.end
    charged = next((t for t in tokens if _lemmas(t) & (CHARGED | {"списываться", "сниматься", "уйти"})), None)
    if charged is None:
        return None
    # «ушло 2 000 рублей неизвестно куда»: an amount may stand between
    what = next((t for t in tokens[max(0, charged.index - 3):charged.index + 6] if t.low in _SOMETHING), None)
    if what is None:
        return None
    return min(what.start, charged.start), max(what.end, charged.end)


def _what_is_missing(text: str, sentence: Sentence, tok: Token) -> str:
    """«нет связи», «чемодана нет»: «нет» with the word for what is missing beside it."""
    tokens = sentence.tokens
    after = tokens[tok.index + 1] if tok.index + 1 < len(tokens) else None
    before = tokens[tok.index - 1] if tok.index else None
    if after is not None and after.pos in ("NOUN", "PROPN", "PRON") and not _lemmas(after) & _UNITS:
        return text[tok.start:after.end]
    if before is not None and before.pos in ("NOUN", "PROPN", "PRON"):
        return text[before.start:tok.end]
    return text[tok.start:tok.end]


def _missing(sentence: Sentence, question: bool, exclaimed: bool) -> Token | None:
    """«А чемодана нет», «интернета нет с самого утра», «почему у вас нет тёмной темы?»: «нет» saying that
    something expected is absent, pressed by a cue; not the «нет» that answers («Нет, спасибо»)."""
    tokens = sentence.tokens
    lowered = {t.low for t in tokens}
    for i, tok in enumerate(tokens):
        if tok.low != "нет":
            continue
        if i + 1 < len(tokens) and tokens[i + 1].pos == "PUNCT" and tokens[i + 1].text in (",", "-", "—") and \
                all(t.pos == "PUNCT" for t in tokens[:i]):
            return None  # «Нет, …»: an answer
        if question and "почему" not in lowered:
            return None
        near = tokens[max(0, i - 2):i + 3]
        if any(_lemmas(t) & _NOTHING_WRONG for t in near):
            return None
        if exclaimed or lowered & _MISSING_CUES or _lasting(tokens):
            return tok
    return None


def _lasting(tokens: list[Token]) -> bool:
    """«связи нет неделю», «интернета нет третий день»: a span of time with no preposition before it (an accusative of
    how long) says the absence has lasted — not «на неделю» or «в этом месяце», which plan or place it."""
    for t in tokens:
        if not _lemmas(t) & _UNITS:
            continue
        counted = t.index and (tokens[t.index - 1].pos == "NUM" or tokens[t.index - 1].text.isdigit())
        head = t.index - 1 if counted else t.index  # «два часа»: the count opens the span
        if (counted or t.feat("Case") in ("Acc", "Nom")) and (not head or tokens[head - 1].low not in _TIME_PREPOSITIONS):
            return True
    return False


def _harm(sentence: Sentence) -> list[Token]:
    """«Рейс отменили», «курьер потерял посылку»: a past verb of harm not done by the customer themselves,
    and not a fear («не хочу, чтобы её заблокировали»)."""
    found = []
    for tok in sentence.tokens:
        # «кабель оборвался», «бронь потерялась»: the harm told of the thing itself, by the reflexive verb
        harmed = _lemmas(tok) & _HARM or any(x.endswith(("ся", "сь")) and x[:-2] in _HARM for x in _lemmas(tok))
        if tok.pos != "VERB" or tok.feat("Tense") != "Past" or not harmed:
            continue
        if any(t.low in ("чтобы", "вдруг", "ли") for t in sentence.tokens[:tok.index]):
            continue
        kids = sentence.children(tok.index)
        subject = next((k for k in kids if k.rel.startswith("nsubj")), None) or \
            next(iter(_reflexive_subject(tok, kids)), None) or \
            _shared_subject(sentence, tok)  # «бронь отменилась», «бронь» taken for an object
        if any(k.low == "не" for k in kids) or (subject is not None and subject.low in _SELF):
            continue
        if subject is not None and _lemmas(subject) & _PERSONS and not _lemmas(tok) & _HARM:
            continue  # «жена отказалась от поездки»: the family's own choice, not a harm done to them
        if subject is None and tok.feat("Number") == "Sing" and tok.feat("Person") != "3" and tok.feat("Gender"):
            continue  # «отменила заказ» with no subject: the customer speaking of themselves
        found.append(tok)
    found += [t for t in sentence.tokens if _lemmas(t) & _HANDED and may_be_past(t) and t.low != "оставьте"
              and any(_lemmas(k) & _WRONG_HANDS for k in sentence.tokens[t.index + 1:t.index + 6])]
    return found


def _told_before_question(tokens: list[Token]) -> int | None:
    """«заказала 44 размер пришло 48. это как вообще??»: a chat's lower-case start after a stop leaves two sentences in
    one parse; what stands before that stop is told, only the part after it is asked. The stop's offset, or None."""
    asked = next((t for t in tokens if t.pos == "PUNCT" and "?" in t.text), None)
    stops = [t for t in tokens if t.pos == "PUNCT" and asked is not None and t.index < asked.index
             and t.text.strip() in (".", "!", "…", "...")]
    return stops[-1].start if stops else None


def _shared_subject(sentence: Sentence, verb: Token) -> Token | None:
    """«Курьер привёз машину, а подключать отказался»: a verb joined to another («conj») shares its subject — a
    living one; in «Пылесос не подошёл, коробку вскрыл» the thing cannot have done the deed, the customer did."""
    head = sentence.head_of(verb) if verb.rel == "conj" else None
    if head is None:
        return None
    return next((k for k in sentence.children(head.index) if k.rel.startswith("nsubj")
                 and k.feat("Animacy") == "Anim"), None)


# Handed to the wrong hands: «курьер оставил мой заказ у соседей», «отдали посылку консьержу».
_HANDED = frozenset({"оставить", "отдать", "вручить", "передать"})
_WRONG_HANDS = frozenset({"сосед", "соседка", "консьерж", "охранник", "дверь"})


_DAYS = DAYS_LATER | {"завтра", "послезавтра"}
_NEED = frozenset({"надо", "нужно", "необходимо", "должен", "должна", "нужен", "нужна"})
_SOON = frozenset({"сегодня", "сейчас", "срочно", "вечера", "утра", "часа", "минут"})


def _pressing_need(sentence: Sentence) -> tuple[int, int] | None:
    """«Мне надо оплатить кредит сегодня», «нужен до вечера»: a need with a near time — the customer is pressed."""
    tokens = sentence.tokens
    need = next((t for t in tokens if t.low in _NEED), None)
    soon = next((t for t in tokens if t.low in _SOON), None)
    if need is None or soon is None or any(t.low in ("если", "можно") for t in tokens):
        return None
    if soon.low != "сегодня" and any(_lemmas(t) & _DAYS for t in tokens):
        return None  # «нужно ровно к 9 утра в субботу»: a time planned for another day, not a hurry
    return min(need.start, soon.start), max(need.end, soon.end)


_EVENTS = frozenset({"вылет", "поезд", "самолет", "самолёт", "рейс", "экзамен", "встреча", "собеседование",
                     "операция", "прием", "приём", "посадка", "регистрация", "концерт", "свадьба", "совещание"})
_SOON_UNITS = frozenset({"минута", "час", "полчаса"})


def _event_soon(sentence: Sentence) -> tuple[int, int] | None:
    """«У меня поезд через 40 минут», «мне выходить через полчаса», «экзамен через два часа»: the customer's
    own event within hours (a courier «через два часа» is a plan, not a hurry)."""
    tokens = sentence.tokens
    mine = any(t.low in ("я", "мне", "меня", "мы", "нам") for t in tokens) or any(_lemmas(t) & _EVENTS for t in tokens)
    if not mine:
        return None
    for i, tok in enumerate(tokens):
        if tok.low != "через":
            continue
        unit = next((t for t in tokens[i + 1:i + 4] if _lemmas(t) & _SOON_UNITS), None)
        if unit is not None:
            return tok.start, unit.end
    return None


_ORDINALS = frozenset({"второй", "третий", "четвертый", "пятый"})  # the lemmas are spelt with «е»
_TIME_PREPOSITIONS = frozenset({"на", "через", "за", "в", "во", "до", "после", "с", "со", "по", "раз", "каждый"})


def _ordinal(tok: Token) -> bool:
    """«третий», «пятую», «10-й»: an ordinal past the first («первый день» starts, it has not dragged on)."""
    return not _lemmas(tok) & {"первый"} and (tok.feat("NumType") == "Ord" or bool(_lemmas(tok) & _ORDINALS)
                                              or "Anum" in lemmas_of(tok.low)[1])


def _long_wait(sentence: Sentence) -> tuple[int, int] | None:
    """«уже пять дней», «третий день», «вторую неделю», «две недели ждала», «месяц жду»: how long the customer
    has been waiting (a bare count is a wait only beside a verb of waiting: «на две недели» is a plan; a unit
    with no count, only right by such a verb and with no preposition: «жду неделю», not «подожду до понедельника»)."""
    tokens = sentence.tokens
    waits = [t for t in tokens if t.pos == "VERB" and t.feat("Tense") in ("Past", "Pres") and _lemmas(t) & _WAIT]
    for i, tok in enumerate(tokens):
        half = bool(_lemmas(tok) & _HALVES) and bool(waits)  # «я уже полгода ваш клиент» waits for nothing
        if not _lemmas(tok) & _UNITS and not half:
            continue
        before = tokens[max(0, i - 3):i]
        counted = [t for t in before if (t.pos == "NUM" or t.feat("NumType") == "Ord" or t.text.isdigit()
                                         or _lemmas(t) & {"несколько", "целый"} or _ordinal(t))
                   and _counts(tokens[t.index + 1:i])] + ([tok] if half else [])
        ordinal = next((t for t in counted if _ordinal(t)), None)
        if counted and (waits or any(t.low == "уже" for t in before) or ordinal is not None):
            first = ordinal or counted[0]  # «Заказ 55012 третий день»: the order's number counts no days
            start = next((t for t in before if t.low == "уже" or t is first), first).start
            return start, tok.end
        if not counted and "минута" not in _lemmas(tok) and not (before and before[-1].low in _TIME_PREPOSITIONS):
            near = [w for w in waits if abs(w.index - tok.index) <= 2]
            if near:  # «месяц жду выплату», «жду уже неделю»
                return min(near[0].start, tok.start), max(near[0].end, tok.end)
            without = tokens[tok.index + 1:tok.index + 3]
            if len(without) == 2 and without[0].low == "без" and without[1].pos == "NOUN" and _lived(sentence):
                return tok.start, without[1].end  # «Неделю без связи», «сутки сидим без света»: a span lived without
    return None


def _counts(between: list[Token]) -> bool:
    """«пять рабочих дней», «третий уже день»: a count belongs to the unit when only adjectives or «уже» stand between
    them — «второго взноса на неделю» counts the instalment, not the weeks."""
    return all(t.pos == "ADJ" or t.low == "уже" for t in between)


_LIVING = frozenset({"сидеть", "остаться", "оставаться", "жить", "быть", "находиться"})


def _lived(sentence: Sentence) -> bool:
    """A statement with no verb but one of being or living («Неделю без связи.», «сутки сидим без света»): told as
    what the customer lives through — not «Хочу оплатить неделю без завтраков» or «Месяц без рекламы бесплатно?»."""
    return not any("?" in t.text for t in sentence.tokens if t.pos == "PUNCT") and all(
        _lemmas(t) & _LIVING for t in sentence.tokens if t.pos in ("VERB", "AUX"))


# «до сих пор», «так и», «всё ещё» press a «not yet» into a wait: «Деньги до сих пор не вернулись?»
_STILL_NOT = frozenset({"сих", "так", "все", "опять", "снова", "уже"})


def _failures(sentence: Sentence, question: bool) -> list[Token]:
    """Negated verbs about a thing or an unnamed «они»: «не пришла», «не вернули», «не могу войти»; in a
    question only what is or was so («почему не приходит СМС?»), not what might be («не удалятся?»)."""
    found = []
    for tok in sentence.tokens:
        if tok.pos not in ("VERB", "AUX") or tok.feat("Mood") not in ("Ind", "") or \
                (tok.feat("VerbForm") == "Part" and _participle(tok.low)):
            continue  # «отель не оплачен» states how things stand; the failures are events
        if any(t.low in ("чтобы", "чтоб") for t in sentence.tokens[:tok.index]):
            continue  # «хочу, чтобы не списывался платёж»: a wish, not a failure
        # an imperfective verb has no simple future: the tagger's «Fut» there is a present (the aspect is
        # taken from the dictionary, which the tagger sometimes contradicts: «выгружается»)
        imperfective = tok.feat("Aspect") == "Imp" or "impf" in lemmas_of(tok.low)[1]
        tense = "Pres" if tok.feat("Tense") == "Fut" and imperfective else tok.feat("Tense")
        if question and tense not in ("Pres", "Past"):
            continue
        kids = sentence.children(tok.index)
        if not any(k.low == "не" for k in kids) or _denies_who(sentence, tok):
            continue
        if question and any(k.low == "почему" for k in kids):  # «Почему не выгружается отчёт?»
            found.append(tok)
            continue
        # «ещё» may hang on the «не» rather than on the verb: «Заказ ещё не пришёл»
        before = sentence.tokens[max(0, tok.index - 2):tok.index]
        yet = any(k.low in ("еще", "ещё", "пока") for k in kids) \
            or [t.low for t in before][:1] in (["еще"], ["ещё"], ["пока"]) and [t.low for t in before][1:] == ["не"]
        if tense == "Past" and yet \
                and not any(t.low in _STILL_NOT or _lemmas(t) & _UNITS or t.low in {"а", "но", "хотя"} and t.index > tok.index
                            for t in sentence.tokens):  # «я студентка, но … ещё не выдали»: a turn before tells no wait
            continue  # «Курьер ещё не выехал?», «Заказ ещё не привезли, я у подруги»: not yet — reports no failure
        reflexive = [] if any(k.rel.startswith("nsubj") for k in kids) else \
            _reflexive_subject(tok, kids) + _fronted_subject(tok, kids)
        subjects = [k for k in kids if k.rel.startswith("nsubj")] or reflexive
        subject = next((k for k in subjects if k.feat("Case") in ("Nom", "")), subjects[0] if subjects else None)
        lemmas = _lemmas(tok)
        if "мочь" in lemmas or "получаться" in lemmas:  # «не могу войти», «не получается оплатить»
            if any(k.rel == "xcomp" and not (_lemmas(k) & _OWN_PLANS) for k in kids):
                found.append(tok)
            continue
        if lemmas & {"хватать", "хватить"}:  # «в наборе не хватает детали», not «мне не хватает»
            if not any(k.feat("Case") == "Dat" and (k.pos == "PRON" or k.feat("Animacy") == "Anim") for k in kids):
                found.append(tok)
            continue
        if any(k.low in _SELF for k in subjects) and any(t.low == "почти" for t in sentence.tokens[:tok.index]):
            continue  # «я почти ничего не загружал», «мы почти не пользовались»: how little the customer used
        if lemmas & _SENSES and subject is not None and _thing(subject):
            found.append(tok)  # «симка не видит сеть», «приложение не открывает файл»: a device that fails
            continue
        if lemmas & _NOT_FAILURES or lemmas & _KEPT_SAFE and subject is not None and subject.low in ("я", "мы") \
                and not any(t.low in ("но", "а", "однако") for t in sentence.tokens[tok.index:]):
            continue  # «…, но деньги всё равно ушли» tells of harm after all
        if subject is not None and (subject.pos == "PRON" and subject.low != "оно" or _lemmas(subject) & _PERSONS) and \
                ("past" not in lemmas_of(tok.low)[1]  # the tagger takes «подключала» for a future at times
                 or any(t.low in ("еще", "пока") for t in sentence.tokens[:tok.index])):
            continue  # «я не пользуюсь роумингом», «я ещё не оплатила»: how things stand, not a failure («оно не даёт»
            # is said of a thing: no person is «оно»)
        if any(k.low in ("ничего", "никто") for k in subjects) or \
                subject is not None and subject.pos in ("NOUN", "PROPN", "PRON") and \
                (subject.feat("Case") == "Nom" or subject in reflexive or _indeclinable_subject(subject)) or \
                (subject is None and tok.feat("Number") == "Plur" and tok.feat("Person") in ("3", "")):
            found.append(tok)
    return found


def _thing(subject: Token) -> bool:
    """A noun subject in the nominative that names a thing by every reading of the dictionary («симка», «телефон»;
    not «оператор», who may be a person)."""
    readings = [p for p in morph().parse(subject.low) if p.tag.POS == "NOUN"]
    return subject.pos in ("NOUN", "PROPN") and subject.feat("Case") in ("Nom", "") and bool(readings) \
        and all("inan" in p.tag for p in readings)


def _indeclinable_subject(subject: Token) -> bool:
    """«Не воспроизводится видео урока»: the tagger gives an indeclinable noun («видео», «кафе», «пальто») any case
    it likes; as the subject it is a nominative."""
    readings = morph().parse(subject.low) if subject.rel.startswith("nsubj") and subject.pos == "NOUN" else []
    return bool(readings) and "Fixd" in readings[0].tag


def _participle(word: str) -> bool:
    """The tagger's participle, if the dictionary has one for the word: «выгружается» is a finite verb."""
    return any(p.tag.POS in ("PRTF", "PRTS") for p in morph().parse(word))


def _reflexive_subject(verb: Token, kids: list[Token]) -> list[Token]:
    """«не начислился кэшбэк», «не выгружается отчёт»: a verb in «-ся» takes no direct object, so the noun the
    parser hung on it as one (in the genitive the negation suggests) is its subject — if it can be nominative."""
    if not verb.low.endswith(("ся", "сь")):
        return []
    return [k for k in kids if k.rel == "obj" and k.pos == "NOUN"
            and any(p.tag.case == "nomn" for p in morph().parse(k.low))]


def _fronted_subject(verb: Token, kids: list[Token]) -> list[Token]:
    """«Трансфер не приехал»: a nominative noun before the verb that the parser hung on it as an object is its
    subject — Russian puts the subject first."""
    return [k for k in kids if k.rel == "obj" and k.pos == "NOUN" and k.feat("Case") == "Nom" and k.index < verb.index]


def _denies_who(sentence: Sentence, verb: Token) -> bool:
    """«Это не я пытался платить»: the «не» denies who did it, not that it was done."""
    tokens = sentence.tokens
    return any(t.low == "не" and i + 1 < len(tokens) and tokens[i + 1].pos in ("PRON", "PROPN", "NOUN")
               and tokens[i + 1].index < verb.index for i, t in enumerate(tokens))


def _phrase(text: str, sentence: Sentence, head: Token, keep: set[str] | frozenset[str]) -> str:
    """The head word with the words beside it that matter (its «не», «немедленно», «почему вы»)."""
    near = [k for k in sentence.children(head.index) if k.low in keep and abs(k.index - head.index) <= 3]
    start = min([head.start] + [k.start for k in near])
    end = max([head.end] + [k.end for k in near])
    return text[start:end]
