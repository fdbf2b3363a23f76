"""Tone faults that show in how a sentence is built rather than in a listed phrase (rubric, «Тон»):

- **a guess that blames**: «Судя по всему, вы дважды нажали кнопку», «Похоже, вы указали старый адрес» — to a
  customer with a trouble, their own past deed offered as its likely cause;
- **«as you were told»**: «Как вам уже сообщали, …», «как я уже писала», «отвечаю вам в четвёртый раз» — the
  customer reproached for asking again;
- **advice for next time**: «На будущее советую сначала подумать», «В следующий раз проверяйте адрес» — a lesson
  on what to watch, not a step;
- **gossip about a person**: «Этот курьер вечно всем грубит», «на него уже несколько раз жаловались»;
- **a denial as absolute**: «Наша система дважды не списывает, это исключено» — what the customer reports declared
  impossible; «Не вижу тут никакой проблемы» — their trouble not seen at all;
- **«если бы вы…»**: «Если бы вы прочитали письмо, вопросов бы не было» — a reproach put as a supposition;
- **«не» for «нет»**: «Не, так нельзя» — colloquial;
- **what they could have done**: «Вы могли уточнить состав заранее», «оплатить можно было в кассе» — to an upset
  customer, a possibility they missed;
- **«всё написано»**: «В описании всё подробно указано», «в инструкции ясно сказано» — the customer sent off to read;
- **an endearment as an address**: «Милая, не волнуйтесь», «Дорогуша, …» — familiar, talking down;
- **a wrong detail put on the customer**: «При оплате вы указали неправильную почту», «вы выбрали не тот тариф»;
- **«you were warned»**: «Информация была размещена на сайте заранее» — to an upset customer, a notice given in
  advance set against their trouble;
- **a maxim of what to do before**: «условия стоит читать до оформления» — to an upset customer, a habit they lacked;
- **everyone else is content**: «Музыка нравится всем гостям», «другие клиенты не жалуются» — to an upset customer,
  the trouble denied by the others' contentment.

Each finder returns the spans of the words that show the fault, so the reason can quote them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.scorecard.card import Span
from app.core.scorecard.customer import UNHURT
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import CALENDAR, Token, morph

# Words that offer a guess: «видимо», «похоже», «судя по всему», «скорее всего», «должно быть».
# «Значит, вы что-то поменяли»: a conclusion drawn about the customer is a guess too.
_GUESS_WORDS = frozenset({"видимо", "похоже", "наверное", "наверно", "вероятно", "по-видимому", "видно", "значит"})
_GUESS_PAIRS = (("судя", "по", "всему"), ("скорее", "всего"), ("должно", "быть"), ("по", "всей", "видимости"))
# «Видимо, вы уже получили письмо», «вы ещё не оплатили» tell where things stand, they blame no one.
_STATUS = frozenset({"уже", "еще", "пока"})
# «Не вы — похоже, кто-то выдал себя за банк»: another doer named before the verb; the deed is not the customer's.
_SOMEONE = frozenset({"кто-то", "кто-нибудь", "кое-кто", "он", "она", "они", "мошенник", "мошенники"})


def _sentences(r: Reply) -> Iterator[tuple[str, list[Token]]]:
    """The reply's statements (not questions) with their words."""
    for start, end in r.sentences:
        sentence = r.text[start:end]
        if sentence.rstrip().endswith("?"):
            continue
        yield sentence, r.tokens_in(start, end)


def _past_verb(tok: Token) -> bool:
    return tok.tag.startswith("VERB") and "past" in tok.tag


# «Наверное, вы имеете в виду…», «видимо, вы хотите…»: a guess at what the customer means, not at what they did.
_MEANING = frozenset({"иметь", "хотеть", "захотеть", "пожелать", "мочь", "знать", "помнить", "слышать", "планировать",
                      "собираться"})


def _deed(tok: Token) -> bool:
    """A verb telling what the customer did or does («нажали», «путаете»), not what they will do."""
    return tok.tag.startswith("VERB") and ("past" in tok.tag or "pres" in tok.tag) and not tok.lemmas & _MEANING


def guessed_cause(r: Reply) -> list[Span]:
    """«Судя по всему, вы дважды нажали «Оплатить»», «видимо, вы путаете тарифы»: a guess word, then «вы» and a verb
    of what they did or do within a few words — the customer's deed put forward as the cause of the trouble."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        if {"если", "бы", "чтобы"} & set(lowered):
            continue
        guesses = [(i, i) for i, w in enumerate(lowered) if w in _GUESS_WORDS]
        guesses += [(i, i + len(p) - 1) for p in _GUESS_PAIRS for i in range(len(lowered))
                    if tuple(lowered[i:i + len(p)]) == p]
        for first, last in guesses:
            you = next((i for i in range(last + 1, min(last + 4, len(words))) if lowered[i] == "вы"), None)
            # «Вы, видимо, просто удалили приложение»: «вы» said first, the guess set off after it
            before = next((i for i in range(max(0, first - 2), first) if lowered[i] == "вы"), None)
            if you is None and (before is None or before and lowered[before - 1] == "не"):
                continue  # «Не вы — похоже, кто-то выдал себя за банк»: «вы» denied, the guess is about someone else
            between = words[you + 1:you + 4] if you is not None else words[last + 1:last + 4]
            first = min(first, before) if you is None else first
            verb = next((t for t in between if _deed(t)), None)
            if verb is None or any(t.lower in _STATUS | _SOMEONE for t in between if t.start < verb.start):
                continue
            found.append((words[first].start, verb.end - words[first].start))
    return found


# Verbs of telling: «как вам уже сообщали / объясняли / писали», «как уже было сказано».
_TELLING = frozenset({"сообщать", "сообщить", "писать", "написать", "объяснять", "объяснить", "говорить", "сказать",
                      "отвечать", "ответить", "указывать", "указать", "упоминать", "упомянуть", "разъяснять",
                      "разъяснить", "информировать", "уведомлять", "уведомить", "предупреждать", "предупредить"})
_BEFORE = frozenset({"уже", "ранее", "неоднократно"})


def told_before(r: Reply) -> list[Span]:
    """«Как вам уже сообщали, возврат занимает 10 дней», «как я уже писала»: a «как» clause saying the customer has
    been told this before — a reproach for asking again, however politely the rest is worded."""
    found = []
    for _, words in _sentences(r):
        for i, tok in enumerate(words):
            if tok.lower != "как":
                continue
            window = words[i + 1:i + 6]
            when = next((j for j, t in enumerate(window) if t.lower in _BEFORE), None)
            if when is None:
                continue
            verb = next((t for t in window[when + 1:when + 3] if t.lemmas & _TELLING
                         and (_past_verb(t) or t.tag.startswith("PRTS"))), None)
            if verb is not None:
                found.append((tok.start, verb.end - tok.start))
    return found


_ASKING_AGAIN = frozenset({"повторять", "повторить", "спрашивать", "объяснять", "объяснить"}) | _TELLING


# Counts of times that exaggerate: «сто раз», «тысячу раз», «не раз».
_MANY = frozenset({"который", "сотый", "сто", "тысяча", "сотня", "много", "не"})


def _counted(count: Token) -> bool:
    return count.lower in _MANY or count.lemmas & _MANY or "Anum" in count.tag and "Apro" not in count.tag \
        and "первый" not in count.lemmas


def _case_of(tok: Token, case: str) -> bool:
    return any(p.tag.case == case for p in morph().parse(tok.lower) if p.tag.POS in ("NOUN", "NPRO"))


def _to_someone_else(words: list[Token], lowered: list[str], verb: int) -> bool:
    """«пишу в отдел доставки», «писала коллегам»: told to someone else — not where («об этом в рассылке»)."""
    after = range(verb + 1, len(words) - 1)
    return any(lowered[k] in ("в", "во") and _case_of(words[k + 1], "accs") and not _case_of(words[k + 1], "loct")
               or lowered[k] in ("к", "ко") and _case_of(words[k + 1], "datv") for k in after) \
        or any(_case_of(t, "datv") and t.tag.startswith(("NOUN", "NPRO")) for t in words[verb + 1:verb + 3])


def counted_answers(r: Reply) -> list[Span]:
    """«Отвечаю вам в четвёртый раз», «объясняю уже в который раз», «мы сто раз писали об этом»: the operator counts
    how often the customer has been told — a reproach for asking again, as «как я уже писала» is. Telling a third
    party («я в третий раз пишу в отдел доставки») counts the operator's own effort."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        speaker = bool({"я", "мы"} & set(lowered))
        for i, tok in enumerate(words):
            if not (tok.lemmas & _ASKING_AGAIN and tok.tag.startswith("VERB")
                    and ("1per" in tok.tag or speaker and "past" in tok.tag)):
                continue
            if "вам" not in lowered and _to_someone_else(words, lowered, i):
                continue
            for j in range(max(0, i - 4), min(i + 5, len(words) - 1)):
                if words[j + 1].lower == "раз" and _counted(words[j]):
                    a, b = min(tok.start, words[j].start), max(tok.end, words[j + 1].end)
                    found.append((a, b - a))
                    break
    return found


_NEXT_TIME = (("на", "будущее"), ("в", "следующий", "раз"), ("впредь",), ("в", "дальнейшем"))
# What the customer is told to watch: think, check, read, be careful, plan.
_HEEDING = frozenset({"подумать", "думать", "продумать", "продумывать", "проверить", "проверять", "читать", "прочитать",
                      "прочесть",
                      "следить", "смотреть", "посмотреть", "внимательный", "внимательно", "внимательнее", "сверить",
                      "сверять", "изучить", "изучать", "учитывать", "учесть", "планировать", "спланировать",
                      "перепроверить", "перепроверять", "уточнять", "вчитываться"})


def lesson_for_next_time(r: Reply) -> list[Span]:
    """«На будущее советую сначала подумать», «В следующий раз внимательнее проверяйте адрес»: what the customer
    should watch from now on — a lesson, unless the company promises it of itself («в следующий раз мы проверим»)."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        at = next((i for p in _NEXT_TIME for i in range(len(lowered)) if tuple(lowered[i:i + len(p)]) == p), None)
        if at is None or any(w in ("мы", "я") for w in lowered):
            continue  # «в следующий раз я сама проверю»: the operator's own promise
        heed = next((t for t in words if t.lemmas & _HEEDING and not t.tag.startswith("NOUN")), None)
        if heed is not None:
            start = min(words[at].start, heed.start)
            found.append((start, max(words[at].end, heed.end) - start))
    return found


_THIRD = frozenset({"него", "нее", "неё", "них", "нем", "ней"})


def gossip_about(r: Reply) -> list[Span]:
    """«Этот курьер вечно всем грубит», «на него уже не раз жаловались»: a person's habits or the complaints others
    made of them, told to the customer — gossip (the customer's own complaint, «вы жаловались», is not)."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        if "вы" in lowered or "ваш" in lowered:
            continue
        for i, tok in enumerate(words):
            if tok.lower == "вечно" and any(t.tag.startswith("VERB") for t in words[i + 1:i + 3]):
                verb = next(t for t in words[i + 1:i + 3] if t.tag.startswith("VERB"))
                found.append((tok.start, verb.end - tok.start))
            elif "жаловаться" in tok.lemmas and tok.tag.startswith("VERB"):
                about = next((j for j in range(max(1, i - 5), min(i + 4, len(words))) if lowered[j] in _THIRD
                              and lowered[j - 1] == "на"), None)  # «на него», «на неё»
                if about is not None:
                    start = min(words[about - 1].start, tok.start)
                    found.append((start, max(words[about].end, tok.end) - start))
    return found


_ABSOLUTE = frozenset({"исключено", "исключен", "исключена", "исключены"})
# Who the denial is about: the company and its systems.
_OURS = frozenset({"система", "программа", "сервис", "терминал", "банкомат", "биллинг", "приложение", "сайт", "касса",
                   "платформа", "оборудование", "мы", "наш", "компания", "банк", "магазин", "тарификация"})


def absolute_denial(r: Reply) -> list[Span]:
    """«Наша система дважды не списывает, это исключено»: to a customer who reports a trouble, a negated present
    verb of the company or its system and, in the same sentence, «исключено» — what the customer saw declared
    impossible (not «невозможно», which mostly refuses: «вернуть после отправки невозможно»)."""
    if not {"complaint", "anger", "repeat"} & set(r.customer.states):
        return []
    found = []
    for _, words in _sentences(r):
        absolute = next((t for t in words if t.lower in _ABSOLUTE), None)
        if absolute is None:
            continue
        for i, tok in enumerate(words[1:], 1):
            denied = words[i - 1].lower == "не" and tok.tag.startswith("VERB") and "pres" in tok.tag
            if denied and any(t.lemmas & _OURS for t in words[max(0, i - 5):i]):
                start = min(words[max(0, i - 5)].start, absolute.start)
                found.append((start, max(tok.end, absolute.end) - start))
                break
    return found


def counterfactual_you(r: Reply) -> list[Span]:
    """«Если бы вы прочитали письмо, вопросов бы не было», «если бы вы не спешили…»: what the customer should have
    done, put as «если бы вы» and a past verb — a reproach («если бы вы захотели…» offers, it does not blame)."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        for i in range(len(words) - 3):
            if lowered[i:i + 3] != ["если", "бы", "вы"]:
                continue
            verb = next((t for t in words[i + 3:i + 7] if _past_verb(t)), None)
            if verb is not None and not verb.lemmas & _MEANING:
                found.append((words[i].start, verb.end - words[i].start))
    return found


_BEFORE_NOW = frozenset({"раньше", "прежде", "ранее"})  # «раньше можно было подключить онлайн» tells a change


def could_have_done(r: Reply) -> list[Span]:
    """«Вы могли ознакомиться с программой до оплаты», «платёж можно было внести через банкомат»: told to a customer
    with a trouble, what they could have done — the past of «мочь» / «можно было» with an infinitive, no «бы» (which
    asks or offers: «вы могли бы прислать фото?») and no «чтобы» before it («чтобы вы могли работать»), not a rule
    that changed («раньше можно было…») — blames them as «надо было» does."""
    if not set(r.customer.states) - UNHURT:
        return []
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        if set(lowered) & _BEFORE_NOW or "бы" in lowered or "чтобы" in lowered or "чтоб" in lowered:
            continue
        for i, tok in enumerate(words[:-1]):
            you_could = tok.lower == "могли" and "вы" in lowered[max(0, i - 2):i]
            one_could = tok.lower == "можно" and lowered[i + 1] == "было"
            if not (you_could or one_could):
                continue
            verb = next((t for t in words[i + 1:i + 4] if t.tag.startswith("INFN")), None)
            if verb is not None:
                found.append((tok.start, verb.end - tok.start))
            elif one_could:  # «Отменить платёж можно было в приложении»
                verb = next((t for t in reversed(words[max(0, i - 4):i]) if t.tag.startswith("INFN")), None)
                if verb is not None:
                    found.append((verb.start, words[i + 1].end - verb.start))
    return found


def colloquial_no(r: Reply) -> list[Span]:
    """«Не, второй пробный не положен»: «не» alone as the answer «нет», set off by a comma or a dash at the head of a
    sentence — colloquial, as «ага» or «неа» are («Не знаю», «Не волнуйтесь» go on into their verb)."""
    found = []
    for start, _ in r.sentences:
        words = r.tokens_in(start, start + 8)
        if words and words[0].lower == "не" and r.text[words[0].end:].lstrip()[:1] in (",", "—", "–"):
            found.append((words[0].start, words[0].end - words[0].start))
    return found


_SEE = frozenset({"видеть", "находить", "усматривать"})
_TROUBLE = frozenset({"проблема", "ошибка", "нарушение"})  # «не вижу причин отказать» grants


def dismissed_trouble(r: Reply) -> list[Span]:
    """«Не вижу тут никакой проблемы», «не понимаю, в чём проблема»: to a customer with a trouble, the operator
    sees none — the company cast as beyond reproach («не вижу ошибки в начислении» after a check says so too)."""
    if not r.customer.states:
        return []
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        for i, tok in enumerate(words[1:], 1):
            if lowered[i - 1] != "не" or "1per" not in tok.tag:
                continue
            rest = words[i + 1:i + 5]
            trouble = next((t for t in rest if t.lemmas & _TROUBLE), None)
            if trouble is None:
                continue
            what = tok.lemmas & _SEE or ("понимать" in tok.lemmas and any(t.lower in ("чем", "чём") for t in rest))
            if what:
                found.append((words[i - 1].start, trouble.end - words[i - 1].start))
    return found


_WRITTEN = frozenset({"написать", "указать", "прописать", "расписать", "описать", "сказать", "изложить"})


# How plainly a thing is written, said as a reproach: «ясно сказано», «чётко прописано», «прямо написано».
_PLAINLY = frozenset({"ясно", "чётко", "четко", "явно", "прямо", "однозначно", "недвусмысленно"})


def all_is_written(r: Reply) -> list[Span]:
    """«В описании товара всё подробно написано», «там всё чётко указано», «В инструкции ясно сказано, что…»: the
    customer told the answer was there to read — «всё» or a word of how plainly it is written before the verb — a
    lecture, unless the operator points to what they themselves just sent («всё описала в письме»)."""
    found = []
    for _, words in _sentences(r):
        if any("1per" in t.tag for t in words if t.tag.startswith("VERB")):
            continue
        for i, tok in enumerate(words):
            if tok.lower not in ("всё", "все") and tok.lower not in _PLAINLY:
                continue
            # «всё … написано» — «всё» the subject; «все лимиты описаны» only tells where the limits are
            said = next((t for t in words[i + 1:i + 3] if t.tag.startswith("PRTS") and "neut" in t.tag
                         and t.lemmas & _WRITTEN), None)
            if said is not None:
                found.append((tok.start, said.end - tok.start))
    return found


# What makes «написано» a reproach wherever it stands: «это же написано», «ведь указано», «было указано при покупке».
_STRESSED = frozenset({"же", "ведь", "было", "уже"})
# Steps shown where the customer is sent: «там всё расписано по шагам», «пошагово описано».
_WAY_SHOWN = frozenset({"шаг", "пошагово"})


def written_where_to_look(r: Reply, span: Span) -> bool:
    """«…можно перейти, если у вас модель ZX-5 или новее — это написано на наклейке снизу», «инструкция в разделе
    «API» → «Вебхуки», там всё расписано по шагам»: «написано» that tells where to look now — after a condition the
    customer is to check («если» before it in the sentence) or beside the place itself (a menu path, steps) — shows
    the way, it does not send the customer off to read what they should have known. Stressed («это же написано»,
    «было указано») it reproaches wherever it stands."""
    inside = r.tokens_in(span[0], span[0] + span[1])
    if not any(t.tag.startswith("PRTS") and t.lemmas & _WRITTEN for t in inside):
        return False
    start, end = r.sentence_at(span[0])
    words = r.tokens_in(start, end)
    near = [t for t in words if span[0] - 12 <= t.start < span[0] + span[1] + 8]
    if any(t.lower in _STRESSED for t in near):
        return False
    condition = any(t.lower == "если" for t in words if t.start < span[0])
    way = "→" in r.text[start:end] or any(t.lemmas & _WAY_SHOWN for t in words)
    return condition or way


# A word of endearment used as an address: «Милая, не волнуйтесь», «Дорогуша, …» — familiar, talked down to.
_ENDEARMENT = frozenset({"милый", "милая", "дорогуша", "голубушка", "голубчик", "деточка", "солнышко", "дружище",
                         "зайка", "красавица", "дорогая", "дорогой", "родной", "родная", "милочка", "сударыня"})


def familiar_address(r: Reply) -> list[Span]:
    """An endearment standing alone as an address («Милая, …», «…, дорогая!»), not an adjective of a noun
    («дорогой клиент» is a formula, «милый подарок» a description)."""
    found = []
    for tok in r.tokens:
        if tok.lower not in _ENDEARMENT:
            continue
        after = r.text[tok.end:tok.end + 1]
        before = r.text[:tok.start].rstrip()[-1:]
        if after in (",", "!", ".", "?") and (not before or before in ",.!?—\n"):
            found.append((tok.start, tok.end - tok.start))
    return found


# What a detail the customer gave is called when it is said to be wrong.
_WRONG = frozenset({"неправильный", "неверный", "ошибочный", "некорректный", "неточный", "неподходящий"})


def wrong_detail(r: Reply) -> list[Span]:
    """«При оплате вы указали неправильную почту», «вы ввели неверный код», «вы выбрали не тот тариф»: «вы», a past
    verb and, right after it, what was done called wrong — the customer cast as the one who erred (rubric: «вы
    неправильно ввели данные»), unless it is asked or supposed («если вы указали неверный адрес, …»)."""
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        if {"если", "бы", "чтобы"} & set(lowered):
            continue
        for i, tok in enumerate(words):
            if tok.lower != "вы":
                continue
            verb = next((j for j in range(i + 1, min(i + 3, len(words))) if _past_verb(words[j])), None)
            if verb is None:
                continue
            rest = words[verb + 1:verb + 4]
            wrong = next((k for k, t in enumerate(rest) if t.lemmas & _WRONG
                          or (t.lower == "не" and k + 1 < len(rest) and "тот" in rest[k + 1].lemmas)), None)
            if wrong is not None:
                end = rest[wrong + 1 if rest[wrong].lower == "не" else wrong].end
                found.append((tok.start, end - tok.start))
    return found


# Who «everyone else» is: the company's other customers.
_OTHERS = frozenset({"гость", "клиент", "покупатель", "пользователь", "абонент", "студент", "пассажир", "турист",
                     "посетитель", "ученик", "слушатель", "жилец", "постоялец", "заказчик", "подписчик"})
_ALL = frozenset({"весь", "остальной", "другой", "многие", "многий", "никто", "любой"})
# Contentment said of them («нравится», «довольны», «устраивает»); complaining said of them only when denied.
_CONTENT = frozenset({"нравиться", "понравиться", "довольный", "устраивать", "устроить", "любить", "хвалить"})
_COMPLAIN = frozenset({"жаловаться", "пожаловаться", "жалоба", "претензия"})


def others_content(r: Reply, upset: bool) -> list[Span]:
    """«Музыка нравится всем гостям», «остальные клиенты довольны», «никто из гостей не жаловался»: to a customer with
    a trouble (``upset``), the other customers' contentment set against it — the rubric's «у остальных клиентов всё
    хорошо» in other words. «Многие гости жалуются на шум, поэтому…» admits the trouble and is not this."""
    if not upset:
        return []
    found = []
    for _, words in _sentences(r):
        lowered = [t.lower for t in words]
        for i, tok in enumerate(words):
            if not tok.lemmas & _OTHERS or "plur" not in tok.tag:
                continue
            quantifier = next((t for t in words[max(0, i - 3):i] if t.lemmas & _ALL), None)
            if quantifier is None:
                continue
            for j, t in enumerate(words):
                denied = "не" in lowered[max(0, j - 1):j] or "нет" in lowered[j + 1:j + 2] or "никто" in lowered
                if (t.lemmas & _CONTENT and not denied) or (t.lemmas & _COMPLAIN and denied):
                    start, end = min(quantifier.start, t.start), max(tok.end, t.end)
                    found.append((start, end - start))
                    break
    return found


# Verbs of giving notice: «размещена», «опубликовали», «предупреждали», «сообщили».
_NOTICE = _TELLING | frozenset({"разместить", "размещать", "опубликовать", "публиковать", "объявить", "объявлять",
                                "разослать", "рассылать", "вывесить", "оповестить", "оповещать"})


def warned_in_advance(r: Reply, upset: bool) -> list[Span]:
    """«Отключение плановое, информация была размещена на сайте заранее», «мы заранее предупреждали»: to a customer
    with a trouble (``upset``), notice given «заранее» in the past — the customer reproached for not having read it.
    «Мы заранее предупредим вас по СМС» promises, «мы не предупредили заранее» admits; neither is this."""
    if not upset:
        return []
    found = []
    for _, words in _sentences(r):
        at = next((t for t in words if t.lower == "заранее"), None)
        if at is None:
            continue
        for i, tok in enumerate(words):
            given = tok.lemmas & _NOTICE and (_past_verb(tok) or tok.tag.startswith("PRTS"))
            if given and not (i and words[i - 1].lower == "не"):
                start, end = min(at.start, tok.start), max(at.end, tok.end)
                found.append((start, end - start))
                break
    return found


# A rule of how to behave in general: «стоит», «следует», «нужно», «надо», «необходимо» («лучше» only advises).
_HABIT_MODALS = frozenset({"стоит", "следует", "нужно", "надо", "необходимо"})
_BEFOREHAND = frozenset({"до", "перед", "прежде"})


# What «до» names when it sets a deadline, not a deed to come first: «до 17:00», «до пятницы», «до конца недели».
_TIME_POINTS = frozenset({"завтра", "вечер", "утро", "обед", "конец", "начало", "середина", "полночь", "сегодня"})


def _deadline(words, j: int) -> bool:
    """«сегодня до 17:00», «до 9 декабря», «до пятницы»: «до» before a figure or a time is a term, not «before»."""
    if words[j].lower != "до" or j + 1 >= len(words):
        return False
    nxt = words[j + 1]
    return nxt.lower[:1].isdigit() or bool(nxt.lemmas & (CALENDAR | _TIME_POINTS))


def maxim_before(r: Reply, upset: bool) -> list[Span]:
    """«Условия стоит читать до оформления карты», «перед поездкой документы нужно проверять»: to a customer with a
    trouble (``upset``), a present modal with an imperfective infinitive — what one does as a habit — and «до / перед /
    прежде чем» in the same statement: a maxim of what the customer should have done before, a lecture. A step is
    perfective («перед вылетом нужно оформить перевозку»), and «не» before the infinitive («лучше не откладывать»)
    warns off rather than reproaches."""
    if not upset:
        return []
    found = []
    for _, words in _sentences(r):
        if not any(t.lower in _BEFOREHAND and not _deadline(words, j) for j, t in enumerate(words)):
            continue
        for i, tok in enumerate(words):
            if tok.lower not in _HABIT_MODALS or (i + 1 < len(words) and words[i + 1].lower == "было") \
                    or (i and words[i - 1].lower == "не"):  # «платить ничего не нужно» frees from a duty
                continue
            verb = next((t for t in words[i + 1:i + 4] if t.tag.startswith("INFN")), None)
            if verb is None or "impf" not in verb.tag or words[words.index(verb) - 1].lower == "не":
                continue
            start, end = min(tok.start, verb.start), max(tok.end, verb.end)
            found.append((start, end - start))
            break
    return found


_QUOTED_RE = re.compile(r"[«\"]([^«»\"]{1,30})[»\"]")


def corrected_wording(r: Reply) -> list[Span]:
    """«Правильно — «вернёте», а не «верните»», «пишется «в течение», а не «в течении»»: the operator corrects how
    the customer wrote — two quoted words set against each other with «а не», the rejected one the customer's own —
    a lesson in spelling the customer did not ask for."""
    said = "\n".join(r.customer_messages).lower()
    found = []
    for start, end in r.sentences:
        sentence = r.text[start:end]
        quoted = list(_QUOTED_RE.finditer(sentence))
        for first, second in zip(quoted, quoted[1:]):
            between = sentence[first.end():second.start()].lower()
            if re.fullmatch(r"\W*а\s+не\W*", between) and second.group(1).lower() in said \
                    and first.group(1).lower() != second.group(1).lower():
                found.append((start + first.start(), second.end() - first.start()))
    return found
