"""What the customer's messages say about them: complaint, anger, urgency, repeated contact, confusion, worry.

Any of the rubric's five makes empathy or an apology due (docs/scorecard_rubric.md, «Сочувствие»), and so does
worry said outright («очень переживаю», «мне страшно»: not a calm question, though no complaint); each
state keeps the words that revealed it, so the scorecard can say why. Anger shows in words
(demands, judgements, threats), in how the message is written («!!!», «?!», whole words in capitals)
and in how its sentences are built (:mod:`customer_syntax`: an unsoftened imperative, «почему вы …?»,
«посылка так и не пришла»). Whether the customer asks anything at all decides whether a solution is due.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.phrase import joined, phrase
from app.core.scorecard.contact_from_outside import contact_from_outside
from app.core.scorecard.customer_advice import told_for_advice
from app.core.scorecard.customer_by_itself import by_itself, service_down
from app.core.scorecard.customer_asks import counts_times, question_form, reported_message, toward_us
from app.core.scorecard.customer_conduct import apology_wanted, rude_conduct
from app.core.scorecard.customer_cues import (
    came_instead, came_late, charged_after_deed, charged_unused, earlier_contact, hopes_dashed, missed_event, nth_time,
    paid_for_nothing, pestered, promise_overrun, shows_zero, still_after_deed, thanks_for_harm, times_over, ultimatum,
    waited_since, where_is_mine, worse_than_before,
)
from app.core.scorecard.customer_escalation import escalation_threats
from app.core.scorecard.customer_feelings import own_feelings
from app.core.scorecard.customer_procedure import procedure_named
from app.core.scorecard.customer_latin import english_states
from app.core.scorecard.customer_translit import from_translit
from app.core.scorecard.customer_overdue import term_lapsed
from app.core.scorecard.customer_missing import charged_though, missing_thing, owed_missing, refused_on_screen
from app.core.scorecard.customer_others import GRIEF, others_trouble
from app.core.scorecard.customer_senses import first_time, married, wished_not
from app.core.scorecard.customer_own import called_off, lost_by_accident, own_choice, tried_in_vain
from app.core.scorecard.customer_staff import staff_faulted
from app.core.scorecard.customer_wronged import done_to_us, figures_at_odds, less_than_promised
from app.core.scorecard.customer_syntax import read_syntax
from app.core.scorecard.customer_thanks import thanked_spans
from app.core.scorecard.customer_vows import never_again
from app.core.scorecard.ends_soon import ends_soon
from app.core.scorecard.fraud_bait import bait_ends, bait_only
from app.core.scorecard.lexicon import Lexicon
from app.core.scorecard.words import analyse, find_phrases, known_word, morph, sentences, tokenize

STATE_NAMES = {
    "complaint": phrase("жалуется"), "anger": phrase("рассержен"), "urgency": phrase("торопится"),
    "repeat": phrase("пишет не первый раз"), "confusion": phrase("растерян"), "worry": phrase("встревожен"),
}
# States in which the customer wants the answer itself, and a smile does no harm.
UNHURT = frozenset({"confusion", "worry"})
_SHOUT_RE = re.compile(r"!{2,}|\?{3,}|\?!|!\?")
_CAPS_RE = re.compile(r"(?<![0-9A-Za-zА-Яа-яЁё])[A-ZА-ЯЁ]{3,}(?![0-9A-Za-zА-Яа-яЁё])")
_SAD_RE = re.compile(r"\({3,}")
# «уже 2-й раз», «в 3-ий раз пишу»: the count of contacts in figures, as «второй раз» is in words.
_NTH_TIME_RE = re.compile(r"(?<![\d.,])(?:[2-9]|1\d)\s*-?\s*(?:й|ий|ой|ый)\s+раз\b", re.IGNORECASE)
# «Спасибо за „быструю“ доставку»: praise in quotation marks, beside thanks — irony.
_QUOTED_RE = re.compile(r"[«„\"]([А-Яа-яЁё]+)[»“\"]")
_IRONY_CUES = frozenset({"спасибо", "благодарить", "конечно", "просто", "очень", "прям", "прямо"})
# «Было бы здорово, если бы в календаре можно было…»: an idea offered, feedback like thanks — unless it is asked of
# the operator («было бы хорошо, если бы вы перезвонили»)
_IDEA_RE = re.compile(r"(?i)\b(?:было\s+бы|хорошо\s+бы|неплохо\s+бы)\s*(?:\w+\s*)?,?\s*если\s+бы\b"
                      r"(?![^.!?\n]*\bв(?:ы|ам|ас)\b)[^.!?\n]*")


# A message that opens on one of these acknowledges an answer; with no question or request in it, nothing is asked.
_ACKNOWLEDGING = frozenset({"ок", "окей", "ok", "okay", "понял", "поняла", "поняли", "понятно", "ясно", "договорились",
                            "принято", "ладно", "хорошо"})


@dataclass
class CustomerState:
    states: dict[str, list[str]] = field(default_factory=dict)  # state → the words that show it
    asks: bool = True  # a question or a request, so a solution is due

    @property
    def needs_empathy(self) -> bool:
        return bool(self.states)

    @property
    def words(self) -> list[str]:
        return [w for ws in self.states.values() for w in ws]

    def describe(self, limit: int = 3) -> str:
        """«рассержен («!!!», «Верните немедленно»), торопится («срочно»)»."""
        parts = []
        for state, words in self.states.items():
            shown = ", ".join(f"«{w}»" for w in words[:2])
            parts.append(phrase("{state} ({words})", state=STATE_NAMES[state], words=shown))
        return joined(", ", parts[:limit])


def _only_past(fragment: str) -> bool:
    """A past verb by every reading of the dictionary («вернули», not «верните» or «можно»)."""
    readings = morph().parse(fragment.lower()) if fragment.isalpha() else []
    return bool(readings) and all(p.tag.POS == "VERB" and p.tag.tense == "past" for p in readings)


def _asks_when(text: str, fragment: str, offset: int | None = None) -> bool:
    """«Во сколько можно прийти?» asks a time, «сколько можно вернуть?» an amount; «сколько можно!» is the
    reproach. «До скольки можно заселиться?», «со скольки лет берут?»: an oblique «скольки» only ever follows a
    preposition and asks a measure."""
    if fragment.lower().startswith("скольки"):
        return True
    if not fragment.lower().startswith("сколько"):
        return False
    starts = [offset] if offset is not None else [m.start() for m in re.finditer(re.escape(fragment), text)]
    return all(text[max(0, i - 3):i].lower().strip() == "во" or _infinitive_after(text, i + len(fragment))
               for i in starts)


def _infinitive_after(text: str, at: int) -> bool:
    following = tokenize(text[at:at + 40])[:2]
    return any(t.tag.startswith("INFN") for t in following)


def _asks_how_much(text: str, fragment: str) -> bool:
    """«…и сколько ждать подключения?», «сколько можно вернуть?»: how long to wait for a named thing, how much may
    be had — asked calmly, not the reproach «Сколько можно ждать?!» (shouting is read on its own)."""
    low = fragment.lower()
    low = re.sub(r"^сколько\s+всего\s+можно", "сколько можно", low)  # «сколько всего можно человек»
    if not low.startswith(("сколько ждать", "сколько можно")):
        return False
    at = text.lower().find(fragment.lower())
    nxt = tokenize(text[at + len(fragment):at + len(fragment) + 40])[:1]
    after = text[at + len(fragment):at + len(fragment) + 2]
    if low.startswith("сколько ждать") and after.startswith("?") and not after.startswith(("?!", "??")) \
            and text[max(0, at - 3):at].strip().lower() == "и":
        return True  # «Где получить справку и сколько ждать?»: how long, asked beside another question
    if low.startswith("сколько ждать"):
        return bool(nxt) and nxt[0].tag.startswith("NOUN") and "gent" in nxt[0].tag
    if nxt and any(p.tag.POS == "NOUN" and {"gent", "plur"} <= p.tag.grammemes for p in morph().parse(nxt[0].lower)):
        return True  # «сколько всего можно человек?»: a count of people or things asked, not the reproach
    return bool(nxt) and nxt[0].tag.startswith("INFN") and not nxt[0].lemmas & {"ждать", "терпеть", "звонить"}


_YET = frozenset({"ещё", "еще"})


def _not_yet(tokens, offset: int, fragment: str) -> bool:
    """«Заказ ещё не пришёл», «он ещё не отправлен»: «ещё не» tells what has not happened yet and may still be
    changed — not a failure («так и не пришёл», «до сих пор не пришёл» are)."""
    before = [t for t in tokens if t.end <= offset][-1:]
    return fragment.lower().startswith("не ") and bool(before) and before[0].lower in _YET


def _if_later(tokens, offset: int) -> bool:
    """«и если сломается арендованный, кто платит»: a trouble told by a future verb right after «если» (a word or two
    between, no comma) is a case the customer asks about, with or without «?» — it has not happened."""
    at = next((i for i, t in enumerate(tokens) if t.start == offset), None)
    if at is None or "futr" not in tokens[at].tag and not (tokens[at].lower == "не" and at + 1 < len(tokens)
                                                            and "futr" in tokens[at + 1].tag):
        return False
    return any(t.lower == "если" for t in tokens[max(0, at - 3):at])


def _asked_kindly(text: str, tokens, fragment: str) -> bool:
    """«Деньги верните на карту, пожалуйста»: an imperative of the anger list softened by «пожалуйста» in its
    sentence is a request, not a demand («Верните немедленно!» has none; shouting is read on its own)."""
    at = text.find(fragment)
    first = next((t for t in tokens if t.start == at), None)
    if first is None or "impr" not in first.tag:
        return False
    start, end = _sentence_at(text, at), _sentence_end(text, at)
    return any(t.lower == "пожалуйста" for t in tokens if start <= t.start < end)


def _supposed(text: str, tokens, offset: int) -> bool:
    """«Если я закрою вклад раньше, я потеряю проценты?», «Что я потеряю?»: a trouble the customer asks about
    as a possibility (a question with «если», or a future verb) has not happened to them."""
    start = max(text.rfind(c, 0, offset) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, offset) for c in ".!?\n") if i >= 0]
    end = min(ends) if ends else len(text)
    if text[end:end + 1] != "?":
        return False
    words = [t for t in tokens if start <= t.start < end]
    at = next((i for i, t in enumerate(words) if t.lower == "если"), None)
    # «…, если я всё оплачивала вовремя?», «а если ребёнок пропустил занятия из-за болезни, …?»: an «если» with a
    # past verb of the customer or of a person (an animate noun) tells what happened, not a possibility
    factual = at is not None and any(t.lower in ("я", "мы") or _person(t) for t in words[at + 1:at + 3]) \
        and any("past" in t.tag for t in words[at + 1:at + 5] if t.tag.startswith("VERB"))
    return (at is not None and not factual) or any(t.start == offset and "futr" in t.tag for t in words)


def _person(tok) -> bool:
    """«ребёнок», «дочь», «муж»: a noun that, by every reading, names a person, and may be in the nominative."""
    readings = [p for p in morph().parse(tok.lower) if p.tag.POS == "NOUN"]
    return bool(readings) and all("anim" in p.tag for p in readings) and any(p.tag.case == "nomn" for p in readings)


def _purpose(text: str, tokens, offset: int) -> bool:
    """«Как отменить пробный период, чтобы не списали деньги?»: a trouble in a «чтобы» clause is what the customer
    wants to avoid, not what happened to them."""
    start = _sentence_at(text, offset)
    before = [t for t in tokens if start <= t.start < offset]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower in ("чтобы", "чтоб")), None)
    return at is not None and not re.search(r"[,;:—\n]", text[before[at].end:offset])


# «Списали 500 рублей, это ошибка?», «это обман?»: a wrong someone did, suspected — the customer complains all the same.
_WRONG_DONE = frozenset({"ошибка", "ошибочно", "неверный", "неверно", "неправильный", "неправильно", "некорректный",
                         "некорректно", "обман", "развод", "мошенничество", "мошенник", "незаконно", "сбой", "глюк"})


def _may_between(found, span: str) -> bool:
    """«а можно в заказ добавить…?»: «можно» or «нельзя» between the words of a phrase («а в заказ…», what came
    instead) turns it into a question of what is allowed."""
    return bool({w.lower() for w in re.findall(r"\w+", span)} & {"можно", "нельзя"} - set(found.words))


def _asks_if_trouble(text: str, tokens, offset: int, length: int) -> bool:
    """«Бирку я отрезала, это проблема?», «Будет ли это проблемой?»: a trouble word as what «это» is asked to be names
    no trouble that happened — the customer asks whether what they did or have is one (a clause of «это», no verb
    but «быть», ending in «?»)."""
    start = max(text.rfind(c, 0, offset) for c in ".,;:!?\n—") + 1
    end = _sentence_end(text, offset)
    if text[end:end + 1] != "?":
        return False
    words = [t for t in tokens if start <= t.start < end]
    told = [t for t in words if offset <= t.start < offset + length]
    return any(t.lower == "это" for t in words if t.start < offset) and bool(told) and not told[0].lemmas & _WRONG_DONE \
        and not any(t.tag.startswith(("VERB", "INFN", "PRT")) and "быть" not in t.lemmas for t in words)


_DENIALS = frozenset({"не", "ни", "никаких", "никакой", "никакого", "никакая", "без"})


def _denied(text: str, tokens, offset: int, length: int) -> bool:
    """«Не срочно», «вопрос не срочный», «никаких претензий», «проблем нет», «ошибки нет»: the state word
    denied (a phrase that holds its own «не», «не работает», is not)."""
    before = [t for t in tokens if t.end <= offset][-1:]
    if before and before[0].lower in _DENIALS:
        return True
    nyet = next((t for t in tokens if t.start >= offset + length and t.lower == "нет"), None)
    return nyet is not None and len([t for t in tokens if offset + length <= t.start < nyet.start]) <= 3 \
        and not re.search(r"[,.!?;:—\n]", text[offset + length:nyet.start])


# «как перестать платить?», «хочу отменить без штрафа», «можно отказаться?»: an infinitive after these asks how to do
# it or wishes it — it does not tell that it happened
_HOW_OR_WISH = frozenset({"как", "можно", "хотеть", "мочь ли"})


def _asked_how(tokens, offset: int) -> bool:
    """«Как перестать за него платить?»: the trouble word is an infinitive right after «как», «можно» or «хочу»."""
    at = next((i for i, t in enumerate(tokens) if t.start == offset), None)
    if at is None or not at or not tokens[at].tag.startswith("INFN"):
        return False
    return bool(tokens[at - 1].lemmas & _HOW_OR_WISH or tokens[at - 1].lower in _HOW_OR_WISH)


_WHEN_IF = frozenset({"когда", "если"})
_ONGOING = frozenset({"уже", "опять", "снова", "постоянно", "всё", "все", "до", "третий", "второй", "который"})


def _setup_condition(text: str, tokens, offset: int) -> bool:
    """«Как включить переадресацию, когда я не отвечаю», «как сделать, чтобы…, если телефон не ловит»: a trouble
    in a «когда / если» clause after a «как + infinitive» question is the case a setting is for, not what happened
    — unless the clause tells it in the past or as going on («когда уже третий день не работает»)."""
    start = _sentence_at(text, offset)
    before = [t for t in tokens if start <= t.start < offset]
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower in _WHEN_IF), None)
    if at is None or not any(t.lower == "как" and nxt.tag.startswith("INFN")
                             for t, nxt in zip(before[:at], before[1:at + 1])):
        return False
    clause = [t for t in tokens if before[at].start <= t.start < _sentence_end(text, offset)]
    return not any("past" in t.tag or t.lower in _ONGOING for t in clause)


_TONGUES = frozenset({"русский", "английский", "язык", "по-русски", "по-английски", "русски"})
_SKILLS = frozenset({"говорить", "писать", "читать", "понимать", "знать", "владеть", "разговаривать"})


def _language_skill(text: str, tokens, offset: int) -> bool:
    """«Я плохо пишу по-русски», «извините за мой плохой русский»: «плохо» of the customer's own command of a
    language, said to explain how they write — not a trouble."""
    at = next((i for i, t in enumerate(tokens) if t.start == offset), None)
    if at is None or not tokens[at].lemmas & {"плохо", "плохой"}:
        return False
    sentence = [t for t in tokens if _sentence_at(text, offset) <= t.start < _sentence_end(text, offset)]
    nxt = tokens[at + 1] if at + 1 < len(tokens) else None
    if "плохо" in tokens[at].lemmas:  # «плохо пишу по-русски», «по-русски говорю плохо», «я иностранец, плохо русский»
        return any(t.lemmas & _TONGUES or t.lower in _TONGUES for t in sentence) \
            and any(t.lemmas & _SKILLS and "1per" in t.tag for t in sentence) \
            or nxt is not None and (nxt.lemmas & _TONGUES or nxt.lower in _TONGUES)
    # «мой плохой русский»
    return nxt is not None and (nxt.lemmas & _TONGUES or nxt.lower in _TONGUES) and nxt.tag.startswith(("NOUN", "ADJF"))


def _sentence_end(text: str, offset: int) -> int:
    ends = [i for i in (text.find(c, offset) for c in ".!?\n") if i >= 0]
    return min(ends) if ends else len(text)


def _sentence_at(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` starts."""
    return max(text.rfind(c, 0, offset) for c in ".!?\n") + 1


def _asks_what_to_do_with(text: str, tokens, offset: int, length: int) -> bool:
    """«Что делать с чеком после возврата?», «Что делать, если забыла пароль?»: asks how things are done — not
    the lost «Что мне теперь делать??»."""
    if not text[offset:offset + length].lower().startswith(("что делать", "как быть")):
        return False
    end = min([i for i in (text.find(c, offset) for c in ".!?\n") if i >= 0] or [len(text)])
    following = [t for t in tokens if offset + length <= t.start < end][:1]
    return bool(following) and following[0].lower in ("с", "со", "если", "когда")


def _irony(text: str) -> list[str]:
    """«Спасибо, конечно, за „быструю“ доставку», «просто „отличный“ сервис»: an adjective of praise set in
    quotation marks in a sentence that thanks or stresses — the customer means the opposite («тариф „Базовый“»
    names a thing)."""
    found = []
    for m in _QUOTED_RE.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        words = tokenize(text[start:m.start()])
        if analyse(m.group(1).lower())[1].startswith("ADJF") and any(t.lemmas & _IRONY_CUES for t in words):
            found.append(m.group())
    return found


def _as_told(text: str, frag: str) -> bool:
    """«Всё было, как обещали», «как и договаривались»: every «как» of the thanks compares with what was said
    (a past verb after it) — it asks nothing."""
    if frag.lower() != "как":
        return False
    after = [m.group(1) for m in re.finditer(r"\bкак\s+(?:и\s+)?(\w+)", text, re.I)]
    return bool(after) and all(_only_past(word) for word in after)


_YOURS = frozenset({"вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "вашей", "вашего", "ваших", "вашим", "вашу"})


def _bored_of_own(text: str, frag: str) -> bool:
    """«старая карта надоела, можно другой дизайн?»: a thing of the customer's own they are tired of — not «надоело
    ждать» (impersonal) or «надоели ваши звонки», said of the company."""
    if frag.lower() not in ("надоел", "надоела", "надоели"):
        return False
    at = text.find(frag)
    start = _sentence_at(text, at)
    ends = [i for i in (text.find(c, at) for c in ".!?\n") if i >= 0]
    said = tokenize(text[start:min(ends) if ends else len(text)])
    return not {t.lower for t in said} & _YOURS and not contact_from_outside(said)  # «надоели звонки» are the company's


def _promise_kept(text: str, frag: str) -> bool:
    """«Всё было, как обещали»: a promise kept, praised — not «вы же обещали», a customer writing again."""
    return frag.lower().startswith("обеща") and bool(re.search(r"\bкак\s+(?:и\s+)?" + re.escape(frag), text, re.I))


# «…, но он всё-таки нашёл», «а в итоге пришла»: what follows tells the trouble ended — unless it is a harm
# («но в итоге списали деньги»).
_AFTER_ALL = frozenset({"всё-таки", "все-таки", "итоге"})
_HARMFUL = frozenset({"списать", "снять", "отменить", "заблокировать", "отключить", "потерять", "сломать", "сломаться",
                      "отказать", "начислить", "пропасть"})
# «…, но сегодня уже всё приходит»: after «уже», a thing working now.
_WORKING = frozenset({"работать", "приходить", "открываться", "загружаться", "грузиться", "показываться",
                      "отображаться", "проходить", "ловить", "включаться", "подключаться"})
# «Всё наладилось», «вопрос решился», «посылка нашлась»: a trouble that mended itself.
_MENDED = frozenset({"наладиться", "заработать", "решиться", "разрешиться", "найтись", "исправиться",
                     "восстановиться", "уладиться"})


def _settled(text: str, tokens, lex: Lexicon) -> int:
    """Where a trouble the customer reports as over ends: «Вчера писала, что курьер не может найти подъезд, но он
    всё-таки нашёл, спасибо! Можно оставить отзыв?» — a turn («но», «а») to a past deed after «всё-таки», «в итоге»,
    to a thing working after «уже» («…, но сегодня уже всё приходит»), or a verb of mending («наладилось»), in a
    message that thanks.
    The sentences up to it tell a story, not a state the reply must answer; 0 if there is none."""
    if not find_phrases(tokens, lex.thanks, gap=0):
        return 0
    end = 0
    for i, tok in enumerate(tokens):
        mended = tok.lemmas & _MENDED and "past" in tok.tag and not (i and tokens[i - 1].lower == "не")
        # «Антон помог восстановить проект, который я считала потерянным»: help given ends the trouble it was for —
        # unless the sentence turns after it («вы помогли, но посылка так и не пришла»)
        mended = mended or ("помочь" in tok.lemmas and "past" in tok.tag and not (i and tokens[i - 1].lower == "не")
                            and not any(t.lower in ("бы", "но", "а", "однако", "только", "хотя")
                                        for t in tokens[i + 1:] if t.start < _sentence_end(text, tok.end)))
        turned = False
        if tok.lower in ("но", "а"):
            mark = next((j for j in range(i + 1, min(i + 5, len(tokens))) if tokens[j].lower in _AFTER_ALL | {"уже"}),
                        None)
            verb = None if mark is None else \
                next((t for t in tokens[mark + 1:mark + 4] if t.tag.startswith("VERB")), None)
            if verb is not None and tokens[tokens.index(verb) - 1].lower != "не":
                turned = ("pres" in verb.tag and bool(verb.lemmas & _WORKING)) if tokens[mark].lower == "уже" \
                    else "past" in verb.tag and not verb.lemmas & _HARMFUL
        if mended or turned:
            stops = [k for k in (text.find(c, tok.end) for c in ".!?\n") if k >= 0]
            end = max(end, min(stops) + 1 if stops else len(text))
    return end


_NOW = frozenset({"сейчас", "теперь"})


def _working_now(text: str, tokens, lex: Lexicon) -> int:
    """«Вечером интернет пропадал часа на три, сейчас всё работает. Будет ли перерасчёт?»: a sentence saying that now
    everything works (a present verb of working after «сейчас»/«теперь» and «всё», not negated, with no word of a
    trouble: «теперь всё работает медленно» is one) ends the story of a trouble that is over; where it ends, or 0."""
    end = 0
    for start, stop in sentences(text):
        words = [t for t in tokens if start <= t.start < stop]
        lowered = [t.lower for t in words]
        if not _NOW & set(lowered) or not {"всё", "все"} & set(lowered) or {"не", "но", "опять", "снова"} & set(lowered):
            continue
        now = next(i for i, w in enumerate(lowered) if w in _NOW)
        if any(t.lemmas & _WORKING and "pres" in t.tag for t in words[now:]) \
                and not find_phrases(words[now:], lex.complaint):
            end = stop
    return end


def _through_whom(text: str, frag: str) -> bool:
    """«Как записаться на экзамен через вас?»: a «через» that ends an urgency phrase and is followed by a pronoun or
    a noun in the accusative that is no measure of time («через приложение», «через вас») names a way, not a time
    — «экзамен через час», «через 2 дня», «через пару часов» are soon."""
    if not frag.lower().endswith("через"):
        return False
    at = text.find(frag) + len(frag)
    following = tokenize(text[at:at + 40])[:3]
    if not following or following[0].lower[:1].isdigit() or following[0].tag.startswith("NUMR"):
        return False
    head = next((t for t in following if t.tag.startswith(("NPRO", "NOUN", "LATN"))), None)  # «через вашу школу»
    return head is not None and not head.lemmas & _TIME_UNITS


_TIME_UNITS = frozenset({"минута", "час", "полчаса", "день", "неделя", "месяц", "сутки", "пара", "несколько",
                         "полтора", "секунда", "мгновение", "год"})


def _grief(fragment: str) -> bool:
    """A death, an illness or an injury of someone close is the customer's own grief, though told of «он» or «она»."""
    return any(t.lemmas & GRIEF for t in tokenize(fragment))


def read_customer(messages: Sequence[str], lex: Lexicon, cap: int) -> CustomerState:
    text = "\n".join(messages)[:cap]
    tokens = tokenize(text)
    state = CustomerState()
    settled = max(_settled(text, tokens, lex), _working_now(text, tokens, lex))

    def add(name: str, frags: list[str]) -> None:
        kept = state.states.get(name, [])
        for frag in frags:
            if frag and not any(frag in k for k in kept):  # «не подключала» inside «ничего не подключала»
                kept.append(frag)
        if kept:
            state.states[name] = kept

    def hits(phrases, gap=1, since=settled) -> list[str]:
        return [text[off:off + ln] for _, (off, ln) in find_phrases(tokens, phrases, gap=gap)
                if off >= since and not _denied(text, tokens, off, ln) and not _asks_what_to_do_with(text, tokens, off, ln)]

    own_fault = [s for _, s in find_phrases(tokens, lex.complaint_exclude, gap=0)]
    add("complaint", [text[off:off + ln] for found, (off, ln) in find_phrases(tokens, lex.complaint)
                      if off >= settled and not _denied(text, tokens, off, ln) and not _may_between(found, text[off:off + ln])
                      and not _not_yet(tokens, off, text[off:off + ln])
                      if not any(o[0] <= off < o[0] + o[1] for o in own_fault) and not _supposed(text, tokens, off)
                      and not _purpose(text, tokens, off) and not _asks_if_trouble(text, tokens, off, ln)
                      and not _asked_how(tokens, off)
                      and not _setup_condition(text, tokens, off)
                      and not _language_skill(text, tokens, off)
                      and not _asks_when(text, text[off:off + ln], off)
                      and not _asks_how_much(text, text[off:off + ln])])
    caps = [m.group() for m in _CAPS_RE.finditer(text, settled)
            if m.group() not in lex.abbreviations and known_word(m.group().lower())]
    told = [t for t in tokens if t.start >= settled]
    add("anger", [m.group() for m in _SHOUT_RE.finditer(text, settled)] + caps
        + [h for h in hits(lex.anger, gap=0) if not _asks_when(text, h) and not _asks_how_much(text, h)
           and not _asked_kindly(text, tokens, h)
           and not _bored_of_own(text, h) and not toward_us(text, h) and not question_form(text, h)
           and not procedure_named(text, tokens, text.find(h))]
        + _irony(text[settled:]) + ultimatum(text, told) + thanks_for_harm(text, told) + never_again(text, told)
        + escalation_threats(text, told))
    add("urgency", [h for h in hits(lex.urgency) if not _through_whom(text, h) and not bait_only(text, tokens, text.find(h))]
        + ends_soon(text, told))
    add("repeat", [h for h in hits(lex.repeat) if not _promise_kept(text, h) and not counts_times(text, h)]
        + [m.group() for m in _NTH_TIME_RE.finditer(text, settled)] + nth_time(text, told) + times_over(text, told)
        + earlier_contact(text, told))
    add("confusion", [m.group() for m in _SAD_RE.finditer(text, settled)] + hits(lex.confusion))
    # «боюсь показаться занудой» is politeness; «Спасибо, а то я уже переживала» — a worry that is over
    polite = [s for _, s in find_phrases(tokens, lex.worry_exclude, gap=0)]
    relieved = [_sentence_at(text, off) for _, (off, _) in find_phrases(tokens, lex.thanks, gap=0)]
    add("worry", [text[off:off + ln] for _, (off, ln) in find_phrases(tokens, lex.worry)
                  if off >= settled and not _denied(text, tokens, off, ln) and not any(p[0] <= off < p[0] + p[1] for p in polite)
                  and _sentence_at(text, off) not in relieved])
    add("complaint", waited_since(text, told) + paid_for_nothing(text, told) + still_after_deed(text, told)
        + came_instead(text, told) + came_late(text, told) + hopes_dashed(text, told) + charged_after_deed(text, told)
        + where_is_mine(text, told) + shows_zero(text, told) + missed_event(text, told) + pestered(text, told)
        + staff_faulted(text[settled:]) + rude_conduct(text[settled:]) + apology_wanted(text[settled:])
        + worse_than_before(text, told) + promise_overrun(text, told) + term_lapsed(text, told)
        + tried_in_vain(text, told) + charged_unused(text, told) + called_off(text, told)
        + lost_by_accident(text, told) + less_than_promised(text, told) + done_to_us(text, told) + figures_at_odds(text, told)
        + owed_missing(text, told) + refused_on_screen(text, told)
        + missing_thing(text, told) + charged_though(text, told)
        + by_itself(text, told) + service_down(text, told))
    for name, frags in english_states(text[settled:]).items():
        add(name, frags)
    for name, frags in own_feelings(text, told).items():  # «я в ярости», «меня измучила», «мы горим»
        add(name, frags)
    syntax = read_syntax(" " * settled + text[settled:])  # blanked, so that offsets stay as they were
    for name in ("complaint", "anger", "urgency"):
        add(name, [f for f in syntax.states.get(name, []) if name != "urgency" or not bait_ends(text, tokens, f)])
    # «…оценки Андрея, он сам не может зайти»: the trouble of someone the customer speaks for is not theirs
    complaint = [f for f in state.states.get("complaint", []) if (not others_trouble(text, tokens, text.find(f))
                 or _grief(f))
                 and not _if_later(tokens, text.find(f)) and not wished_not(tokens, text.find(f), len(f))
                 and not married(tokens, text.find(f)) and not first_time(tokens, text.find(f))
                 and not own_choice(text, tokens, text.find(f))
                 and not reported_message(text, tokens, text.find(f)) and not bait_only(text, tokens, text.find(f))
                 and not told_for_advice(text, tokens, text.find(f)) and not procedure_named(text, tokens, text.find(f))]
    if complaint:
        state.states["complaint"] = complaint
    else:
        state.states.pop("complaint", None)
    if (cyrillic := from_translit(text)) is not None:  # «dengi ne prishli»: Russian in Latin letters, read as Russian
        for name, frags in read_customer([cyrillic], lex, cap).states.items():
            add(name, frags)
    # «Спасибо, что вернули деньги за сбой»: a trouble put right and thanked for is over
    for start, end in thanked_spans(text, tokens):
        for name in ("complaint", "anger"):
            kept = [f for f in state.states.get(name, []) if not start <= text.find(f) < end]
            if kept:
                state.states[name] = kept
            else:
                state.states.pop(name, None)
    thanks = hits(lex.thanks, gap=0, since=0)  # thanks for a trouble that ended still thank
    # «Спасибо, что вернули деньги»: a deed told in the past is thanked for, not asked for
    ideas = [(m.start(), m.end()) for m in _IDEA_RE.finditer(text)]
    requests = [h for h in hits(lex.request, gap=0) if not (thanks and (_only_past(h) or _as_told(text, h)))
                and not any(a <= text.find(h) < b for a, b in ideas)]
    # «ок жду курьера завтра», «Понятно, буду ждать»: the customer only acknowledges what they were told
    acknowledged = bool(tokens) and tokens[0].lower in _ACKNOWLEDGING and not any("impr" in t.tag for t in tokens)
    state.asks = "?" in text or syntax.asks or bool(requests) or bool(state.states) \
        or not (thanks or ideas or acknowledged)
    return state
