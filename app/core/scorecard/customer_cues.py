"""Troubles told without the complaint words, read from the customer's sentences by the dictionary's forms:

- **a wait since a date**: «Жду возврат с 3 марта», «с понедельника жду курьера» — waiting since a named time;
- **paying for what does not come**: «Плачу за 100 Мбит, а на деле еле 10», «Заплатил за премиум, а реклама всё
  равно показывается», «интернет работает через раз, а я плачу полную цену» — payment set against what is got;
- **charged for what is not used**: «уже списали за декабрь, а я не пользуюсь»;
- **a deed that did not help**: «Отписалась, а письма всё равно приходят» — the trouble stays after what was done;
- **a thing instead of another**: «Списали 900 рублей вместо 600», «пришло подтверждение на Иванова вместо Ивановой»;
- **late**: «Курьер приехал на два часа позже»;
- **worse than before**: «почему API отдаёт 429? раньше всё работало», «почему взяли комиссию, раньше не брали» —
  «раньше» and a past verb set how it was against how it is now;
- **a promised term that has passed**: «сказали до 30 дней, уже больше прошло» — a term someone gave, and «уже …
  прошло» after it.

Each returns the words that show it, so the scorecard can say why empathy is due.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.words import CALENDAR, Token, parts_with_tokens, sentences

_WAIT = frozenset({"ждать", "ожидать", "дожидаться"})
# What may follow «с» to name the time a wait began: a figure, a day, a month, «утра», «прошлой недели».
_SINCE = CALENDAR | {"утро", "вчера", "позавчера", "прошлый", "начало", "середина", "конец", "обед"}


def _sentences(text: str, tokens: Sequence[Token]):
    for start, end in sentences(text):
        words = [t for t in tokens if start <= t.start < end]
        if words:
            yield text[start:end], words


def waited_since(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Жду возврат с 3 марта», «ждём мастера с самого утра»: a wait (present or past, not «подожду») since a
    named time — not «жду вас с 10 до 12», which plans one, nor a wait supposed in an «если»."""
    found = []
    for sentence, words in _sentences(text, tokens):
        lowered = [t.lower for t in words]
        if "если" in lowered or "до" in lowered:
            continue
        for i, tok in enumerate(words):
            if not (tok.lemmas & _WAIT and tok.tag.startswith("VERB") and ("pres" in tok.tag or "past" in tok.tag)):
                continue
            for j in range(max(0, i - 4), min(i + 5, len(words) - 1)):
                if lowered[j] not in ("с", "со"):
                    continue
                nxt = words[j + 1:j + 3]
                if nxt and (nxt[0].lower.isdigit() or any(t.lemmas & _SINCE for t in nxt)):
                    end = max(tok.end, nxt[-1].end)
                    start = min(tok.start, words[j].start)
                    found.append(text[start:end])
                    break
    return found


_PAY = frozenset({"платить", "заплатить", "оплатить", "оплачивать", "переплачивать"})
# What sets payment against what is got: «а на деле», «а по факту», «а … всё равно».
_IN_FACT = (("на", "деле"), ("по", "факту"), ("на", "самом", "деле"), ("всё", "равно"), ("все", "равно"))
_ASKING = frozenset({"когда", "где", "как", "сколько", "можно", "что", "какой", "куда", "хотеть", "планировать"})


def paid_for_nothing(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Плачу за 100 Мбит, а на деле еле 10», «работает через раз, а я плачу полную цену»: a verb of paying and a
    turn «а» in one sentence, where the part after «а» either pays («а я плачу») or says «на деле», «по факту»,
    «всё равно» — the customer does not get what they pay for («Оплатила, а когда придёт чек?» asks)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        lowered = [t.lower for t in words]
        turn = next((i for i, w in enumerate(lowered) if w in ("а", "но") and i), None)
        if turn is None or not any(t.lemmas & _PAY for t in words):
            continue
        after = words[turn + 1:]
        if not after or after[0].lemmas & _ASKING or any(t.lemmas & _ASKING for t in after[:2]):
            continue
        after_low = [t.lower for t in after]
        # «а я плачу полную цену» pays; «а курс можно оплатить частями?» only asks how to (an infinitive)
        pays_after = any(t.lemmas & _PAY and not t.tag.startswith("INFN") for t in after)
        in_fact = any(tuple(after_low[k:k + len(p)]) == p for p in _IN_FACT for k in range(len(after_low)))
        if pays_after or in_fact:
            found.append(text[words[turn].start:after[min(3, len(after) - 1)].end])
    return found


_STILL = (("всё", "равно"), ("все", "равно"), ("по-прежнему",), ("всё", "так", "же"), ("как", "и", "раньше"))


def still_after_deed(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Подключил „Антиспам“, а спам-звонки всё равно идут», «Сменила пароль, но письма по-прежнему приходят»: a deed
    in the past, a turn «а / но», and «всё равно / по-прежнему» after it — what the customer did did not help. «Что
    будет, если я всё равно оплачу?» asks; its sentence has no past deed before the turn."""
    found = []
    for sentence, words in _sentences(text, tokens):
        if sentence.rstrip().endswith("?"):
            continue
        lowered = [t.lower for t in words]
        turn = next((i for i, w in enumerate(lowered) if w in ("а", "но") and i), None)
        if turn is None or not any(t.tag.startswith("VERB") and "past" in t.tag for t in words[:turn]):
            continue
        after = lowered[turn + 1:]
        end = next((turn + k + len(p) for k in range(len(after)) for p in _STILL if tuple(after[k:k + len(p)]) == p),
                   None)
        if end is not None:
            found.append(text[words[turn].start:words[end].end])
    return found


# Money taken: «списали», «сняли», «списалось», «снялись».
_TAKEN = frozenset({"списать", "снять", "списаться", "сняться"})


def charged_after_deed(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Я отменила часть заказа, а деньги списали за весь», «Отключил подписку, но сегодня снова сняли 299»: a deed of
    the customer told in the past, a turn «а / но», and money taken after it (a past verb of taking, by no «я» or «мы»)
    — taken against what the customer did. «Оформила заказ, а деньги списали сразу?» asks; a plain «деньги уже
    списали» tells how a payment goes."""
    found = []
    for sentence, words in _sentences(text, tokens):
        lowered = [t.lower for t in words]
        turn = next((i for i, w in enumerate(lowered) if w in ("а", "но") and i), None)
        if turn is None or sentence.rstrip().endswith("?") \
                or not any(t.tag.startswith("VERB") and "past" in t.tag for t in words[:turn]):
            continue
        stops = [i for i in (text.find(c, words[turn].end, words[-1].end) for c in ",;:—") if i >= 0]
        after = [t for t in words[turn + 1:] if t.start < min(stops, default=words[-1].end + 1)]  # the turn's clause
        if _I_ME_WE_US & {t.lower for t in after} or any(t.lemmas & _ASKING for t in after[:2]):
            continue
        taken = next((t for t in after if t.lemmas & _TAKEN and t.tag.startswith("VERB") and "past" in t.tag), None)
        if taken is not None:
            found.append(text[words[turn].start:taken.end])
    return found


_USE = frozenset({"пользоваться", "воспользоваться"})


def charged_unused(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Уже списали за декабрь, а я не пользуюсь», «вчера списалось 12 000 … Я сервисом уже не пользуюсь»: money taken
    (a past verb of taking, not negated, by no «я» or «мы» in its clause) from a customer who says they do not use
    what it was taken for (a negated «пользоваться») — charged for nothing. «Отмените подписку, не пользуюсь» tells no
    charge; «купила фен, но не пользовалась» no money taken."""
    taken = None
    unused = None
    for _, _, words in parts_with_tokens(text, tokens):
        lowered = [t.lower for t in words]
        for i, t in enumerate(words):
            negated = bool(i) and lowered[i - 1] == "не"
            if taken is None and t.lemmas & _TAKEN and t.tag.startswith("VERB") and "past" in t.tag and not negated \
                    and not {"я", "мы"} & set(lowered):
                taken = t
            if unused is None and t.lemmas & _USE and t.tag.startswith("VERB") and negated:
                unused = (words[i - 1], t)
    if taken is None or unused is None:
        return []
    return [text[taken.start:taken.end], text[unused[0].start:unused[1].end]]


# What comes instead of what was due: «пришло S вместо M», «списали 900 вместо 600», «Иванов вместо Ивановой».
# The customer's side in any case («я», «меня»): what they chose or had done to them, not what the service did.
_I_ME_WE_US = frozenset({"я", "мы", "меня", "нас"})


def came_instead(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Пришло подтверждение на Иванова вместо Ивановой!», «Списали 900 рублей вместо 600»: a statement with a past
    verb and «вместо» — the thing that came is not the one due; so is «Почему скорость 20 Мбит вместо 100?», asked
    why. The customer's own choice («я выбрала самовывоз вместо курьера») and other questions («можно вместо курьера
    самовывоз?») are not this."""
    found = []
    for sentence, words in _sentences(text, tokens):
        lowered = [t.lower for t in words]
        # «Почему скорость 20 вместо 100?»: asked why, the thing instead of the due one is told all the same
        why = "почему" in lowered and not {"можно", "нельзя"} & set(lowered)
        if "вместо" not in lowered or sentence.rstrip().endswith("?") and not why or _I_ME_WE_US & set(lowered):
            continue
        if why or any(t.tag.startswith("VERB") and "past" in t.tag for t in words):
            at = lowered.index("вместо")
            found.append(text[words[max(0, at - 1)].start:words[min(at + 1, len(words) - 1)].end])
    return found


# Arriving or being done: «курьер приехал на два часа позже», «заказ привезли позже обещанного».
_LATE = frozenset({"позже", "позднее"})


def came_late(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Курьер приехал на два часа позже», «ответили позднее, чем обещали»: a past verb and «позже» in one statement —
    it was late («Можно привезти позже?», «перенесу на позже» ask or plan; they have no past verb)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        if sentence.rstrip().endswith("?"):
            continue
        late = next((t for t in words if t.lower in _LATE), None)
        past = [t for t in words if t.tag.startswith("VERB") and "past" in t.tag]
        # the verb nearest before «позже» («Заказала торт, курьер приехал на два часа позже»: «приехал»)
        verb = next((t for t in reversed(past) if late is not None and t.start < late.start), past[0] if past else None)
        if late is not None and verb is not None and not _I_ME_WE_US & {t.lower for t in words}:
            start, end = min(verb.start, late.start), max(verb.end, late.end)
            found.append(text[start:end])
    return found


def nth_time(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Четвёртый раз спрашиваю», «пишу уже в пятый раз», «в десятый раз звоню»: an ordinal past the first before
    «раз» counts the customer's contacts, whichever the number («в первый раз», «один раз» are not a repeat)."""
    return [text[a.start:b.end] for a, b in zip(tokens, tokens[1:])
            if b.lower == "раз" and "Anum" in a.tag and "Apro" not in a.tag and "первый" not in a.lemmas]


# Verbs of getting in touch: «два раза звонила», «по три раза одно и то же писать», «пять раз спрашивал».
_CONTACTING = frozenset({"писать", "написать", "звонить", "позвонить", "дозваниваться", "обращаться", "обратиться",
                         "спрашивать", "спросить", "объяснять", "объяснить", "повторять", "повторить", "напоминать",
                         "напомнить", "просить", "попросить", "отправлять", "присылать", "жаловаться"})


def times_over(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Я уже два раза звонила», «чтобы по три раза одно и то же писать», «раза три спрашивал»: a count past one
    before or after «раз(а)» in a sentence with a verb of getting in touch counts the customer's contacts — not «в два
    раза дороже» (how much), nor «раз» with no count, nor «два раза списали» (no contact: a double charge)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        asked = sentence.rstrip().endswith("?")
        if not any(t.lemmas & _CONTACTING and (t.tag.startswith("VERB") and ("past" in t.tag or "pres" in t.tag)
                                               or t.tag.startswith("INFN") and not asked
                                               and not any(w.lemmas & _MAY for w in words[max(0, k - 2):k]))
                   for k, t in enumerate(words)):
            continue
        for i, tok in enumerate(words):
            if tok.lower not in ("раз", "раза") or _per(words[i + 1:i + 3]):
                continue
            count = next((w for w in (words[i - 1] if i else None, words[i + 1] if i + 1 < len(words) else None)
                          if w is not None and _many(w)), None)
            if count is None or count.start < tok.start and i >= 2 and words[i - 2].lower in ("в", "во"):
                continue
            found.append(text[min(count.start, tok.start):max(count.end, tok.end)])
    return found


# «можно звонить два раза?», «хочу написать пару раз»: a rule asked about or a plan, not contacts made
_MAY = frozenset({"можно", "нужно", "надо", "хотеть", "мочь", "сколько", "разрешить"})
_PER = frozenset({"день", "неделя", "месяц", "год", "час", "сутки"})


def _per(after: Sequence[Token]) -> bool:
    """«два раза в день», «раз в месяц»: how often, a frequency — not a count of contacts."""
    return len(after) == 2 and after[0].lower in ("в", "во", "за") and bool(after[1].lemmas & _PER)


def _many(tok: Token) -> bool:
    """«два», «три», «5», «несколько»: a cardinal count past one."""
    if tok.lower.isdigit():
        return int(tok.lower) > 1
    return tok.tag.startswith("NUMR") and not tok.lemmas & {"один", "ноль"} or tok.lower == "несколько"


# What a customer threatens to do if the company does not act: leave, cancel, break the contract, complain.
_THREATS = frozenset({"уйти", "уходить", "отказаться", "отказываться", "расторгнуть", "расторгать", "перейти",
                      "переходить", "закрыть", "закрывать", "отменить", "отменять", "пожаловаться", "жаловаться",
                      "судиться"})


def ultimatum(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Если до завтра не почините интернет, ухожу к другому провайдеру», «Если сегодня не ответите, отменю заказ»:
    a condition that the company does not act («если» … «не» and a verb to «вы») and the customer's own step
    against it (a verb of leaving, cancelling, complaining in the first person) — a threat, however calm the words."""
    found = []
    for sentence, words in _sentences(text, tokens):
        lowered = [t.lower for t in words]
        if "если" not in lowered:
            continue
        at = lowered.index("если")
        refused = next((t for k, t in enumerate(words[at + 1:], at + 1)
                        if t.tag.startswith("VERB") and "2per" in t.tag and lowered[k - 1] == "не"), None)
        if refused is None:
            continue
        step = next((t for t in words if t.start > refused.end and t.tag.startswith("VERB") and "1per" in t.tag
                     and t.lemmas & _THREATS), None)
        if step is not None:
            found.append(text[words[at].start:step.end])
    return found


# What no one thanks for in earnest: a charge, a fine, a delay, a failure.
# («за отмену», «за повышение лимита», «за списание долга» are thanked for in earnest.)
_HARMS = frozenset({"комиссия", "штраф", "пеня", "задержка", "сбой", "ошибка", "очередь", "переплата", "наценка",
                    "поломка", "спам", "навязывание", "подорожание"})
_THANKING = frozenset({"спасибо", "благодарить", "благодарный", "мерси"})


def thanks_for_harm(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Спасибо, банк, за комиссию 300 рублей», «Благодарю за очередное подорожание»: thanks for a charge, a delay
    or a failure is irony — the customer complains."""
    found = []
    for sentence, words in _sentences(text, tokens):
        thank = next((t for t in words if t.lemmas & _THANKING), None)
        if thank is None:
            continue
        for k, tok in enumerate(words[:-1]):
            # the thing thanked for, after an adjective at most: «за очередное подорожание», not «за исправление ошибки»
            described = words[k + 1].tag.startswith(("ADJF", "PRTF")) and k + 2 < len(words)
            harm = words[k + 2] if described else words[k + 1]
            if tok.lower == "за" and tok.start > thank.start and harm.lemmas & _HARMS:
                found.append(text[thank.start:harm.end])
                break
    return found


_MEANT = frozenset({"хотеть", "планировать", "рассчитывать", "собираться", "надеяться", "мечтать"})


def hopes_dashed(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Хотела сделать сюрприз, а доставку перенесли на после праздника», «Рассчитывал на скидку, но мне отказали»: what
    the customer meant to do (a past verb of intending), then «а» / «но» and what others did (a past verb in the
    plural, no one named: «перенесли», «отказали», «сказали») — a plan spoilt («Хотела узнать, а вы работаете в
    субботу?» asks)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        meant = next((i for i, t in enumerate(words) if t.lemmas & _MEANT and t.tag.startswith("VERB")
                      and "past" in t.tag), None)
        if meant is None:
            continue
        turn = next((i for i in range(meant + 1, len(words)) if words[i].lower in ("а", "но")), None)
        if turn is None:
            continue
        done = next((t for t in words[turn + 1:turn + 5] if t.tag.startswith("VERB") and "past" in t.tag
                     and "plur" in t.tag and not _I_ME_WE_US & {w.lower for w in words[turn + 1:turn + 5]}), None)
        if done is not None:
            found.append(text[words[turn].start:done.end])
    return found


_MINE = frozenset({"мой", "наш"})


def where_is_mine(text: str, tokens: Sequence[Token]) -> list[str]:
    """«где мой заказ 4471», «Где моя посылка?», «где наш возврат»: «где» with «мой» / «наш» and a noun asks after a thing
    the customer is owed and has not got — a reproach, however short («Где найти мой договор?» asks the way)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        for i, tok in enumerate(words[:-2]):
            mine, what = words[i + 1], words[i + 2]
            if tok.lower == "где" and mine.lemmas & _MINE and "Apro" in mine.tag and what.tag.startswith("NOUN") \
                    and not any(t.tag.startswith("INFN") for t in words):
                found.append(text[tok.start:what.end])
    return found


_SHOWING = frozenset({"показывать", "отображать", "выдавать", "выводить"})
_ZERO = frozenset({"ноль", "нуль", "нулевой"})


def shows_zero(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Отчёт показывает нули с понедельника», «почему баланс показывает ноль?»: a thing that shows nothing where there
    is something — a fault, said as a statement or asked why (not «сколько покажет при нуле?», no verb of showing
    in the present or past)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        if "если" in {t.lower for t in words}:
            continue
        shows = next((t for t in words if t.lemmas & _SHOWING and t.tag.startswith("VERB")
                      and ("pres" in t.tag or "past" in t.tag)), None)
        zero = next((t for t in words if t.lemmas & _ZERO), None) if shows is not None else None
        if zero is not None:
            found.append(text[min(shows.start, zero.start):max(shows.end, zero.end)])
    return found


# What the customer may miss: «пропустила рейс», «пропустил экзамен», «пропустили пересадку».
_MISSABLE = frozenset({"рейс", "вылет", "самолёт", "самолет", "поезд", "электричка", "автобус", "пересадка", "посадка",
                       "экзамен", "зачёт", "зачет", "занятие", "урок", "пара", "приём", "прием", "сеанс", "экскурсия"})


def missed_event(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Мы пропустили рейс из-за пробки», «я болела и пропустила экзамен»: the customer missed their flight, exam or
    class — a misfortune, whoever is to blame (not «можно пропустить урок?» or «чтобы не пропустить рейс»: no past)."""
    found = []
    for sentence, words in _sentences(text, tokens):
        lowered = {t.lower for t in words}
        if lowered & {"чтобы", "если", "вдруг"}:
            continue
        for i, tok in enumerate(words):
            if "пропустить" in tok.lemmas and tok.tag.startswith("VERB") and "past" in tok.tag:
                what = next((t for t in words[i + 1:i + 4] if t.lemmas & _MISSABLE), None)
                if what is not None:
                    found.append(text[tok.start:what.end])
    return found


_PESTERING = frozenset({"звонить", "позвонить", "названивать", "писать", "присылать", "слать"})


def pestered(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Мне с него звонят по пять раз в день», «нам пишут каждый час»: someone unnamed (a verb in the third person
    plural) calls or writes to the customer over and over — a nuisance, not the customer's own «звонить маме раз в
    неделю»."""
    found = []
    for sentence, words in _sentences(text, tokens):
        lowered = [t.lower for t in words]
        if not {"мне", "нам", "меня", "нас"} & set(lowered):
            continue
        verb = next((t for t in words if t.lemmas & _PESTERING and (
            t.tag.startswith("VERB") and "plur" in t.tag and "3per" in t.tag
            or t.tag.startswith("INFN") and any("plur" in w.tag and w.lemmas & {"стать", "начать"} for w in words))),
            None)
        if verb is None:
            continue
        often = next((k for k in range(len(words) - 2) if lowered[k] in ("раз", "раза")
                      and _per(words[k + 1:k + 3])), None)
        if often is None and not {"каждый", "постоянно"} & {w for t in words for w in t.lemmas}:
            continue
        end = words[often + 2].end if often is not None else verb.end
        found.append(text[verb.start:max(end, verb.end)])
    return found


# When an earlier contact was: «вчера просила», «позавчера звонил», «утром писала», «на днях спрашивал».
_EARLIER = frozenset({"вчера", "позавчера", "утром", "днём", "днем", "недавно", "ранее"})
_ELSEWHERE = frozenset({"в", "во", "к", "на"})
_SOMEONE = frozenset({"он", "она", "они", "кто", "кому", "который", "которая", "которые"})
_YOURS = frozenset({"вам", "вас", "ваш", "ваша", "вашу", "ваше", "ваши", "вашей", "вашего", "вашим", "вашем",
                    "поддержка", "поддержку", "чат"})


def earlier_contact(text: str, tokens: Sequence[Token]) -> list[str]:
    """«Вчера просила перевыпустить карту, сказали 5 дней», «Снова я»: the customer tells of a contact before this one —
    a past verb of getting in touch beside a word of an earlier time, addressed to no one else («вчера звонила в банк»
    speaks of another place), or «снова / опять я» standing for «it's me again»."""
    found = []
    for _, words in _sentences(text, tokens):
        lowered = [t.lower for t in words]
        for i, tok in enumerate(words):
            if lowered[i] in ("снова", "опять") and i + 1 < len(words) and lowered[i + 1] == "я" \
                    and (i + 2 == len(words) or not words[i + 2].tag.startswith("VERB")):
                found.append(text[tok.start:words[i + 1].end])
            if not (tok.lemmas & _CONTACTING and tok.tag.startswith("VERB") and "past" in tok.tag):
                continue
            near = lowered[max(0, i - 3):i + 3]
            if "plur" in tok.tag and "мы" not in lowered[max(0, i - 3):i] \
                    or {"мне", "нам", "меня", "нас"} & set(lowered[max(0, i - 2):i]):
                continue  # «вчера мне звонили»: a call to the customer, not theirs
            if not _EARLIER & set(near) or _SOMEONE & set(lowered[max(0, i - 3):i]) \
                    or any(w.tag.startswith("NOUN") and "anim" in w.tag and "nomn" in w.tag for w in words[max(0, i - 3):i]):
                continue  # «кому он звонил вчера», «муж вчера звонил»: someone else's call
            after = lowered[i + 1:i + 3]
            if after[:1] and after[0] in _ELSEWHERE and not (len(after) > 1 and after[1] in _YOURS):
                continue
            found.append(tok.text)
    return found


# The customer as the doer, unlike _I_ME_WE_US: «раньше меня обслуживали» tells of the service, «раньше я сама» not.
_I_WE_MYSELF = frozenset({"я", "мы", "сам", "сама", "сами"})


def _clauses(text: str, tokens: Sequence[Token]):
    """The customer's clauses (split at sentence ends and at «,;:—»), each as its tokens."""
    for start, end in sentences(text):
        cuts = [start] + [start + m.end() for m in re.finditer(r"[,;:—–]", text[start:end])] + [end]
        for a, b in zip(cuts, cuts[1:]):
            words = [t for t in tokens if a <= t.start < b]
            if words:
                yield words


def _sentence_words(text: str, tokens: Sequence[Token], at: int, before: int = 0) -> list[Token]:
    """The tokens of the sentence holding ``at`` and of the ``before`` sentences just ahead of it."""
    spans = sentences(text)
    for n, (start, end) in enumerate(spans):
        if start <= at < end:
            first = spans[max(0, n - before)][0]
            return [t for t in tokens if first <= t.start < end]
    return []


def worse_than_before(text: str, tokens: Sequence[Token]) -> list[str]:
    """«раньше всё работало», «раньше не брали», «раньше было нормально» in a text that asks «почему»: «раньше»
    followed within three words by a past verb (not «раньше, чем обещали», a comparison, nor «раньше срока»). With no
    «почему», only a verb of working, not negated, in a sentence that does not say it works now («API отдаёт 429 с
    утра, раньше всё работало»; not «раньше не работало, теперь работает»)."""
    asks_why = any(t.lower == "почему" for t in tokens)
    found = []
    for i, tok in enumerate(tokens):
        if tok.lower not in ("раньше", "прежде", "ранее"):
            continue
        after = tokens[i + 1:i + 4]
        if after and after[0].lower == "чем" or re.match(r"\s*,\s*чем\b", text[tok.end:tok.end + 8]):
            continue
        verb = next((t for t in after if t.tag.startswith("VERB") and "past" in t.tag), None)
        if verb is None or re.search(r"[.!?\n]", text[tok.end:verb.start]):
            continue
        if any(t.lower in _I_WE_MYSELF for t in tokens[i + 1:tokens.index(verb)]) or \
                (i and tokens[i - 1].lower in _I_WE_MYSELF
                 and not re.search(r"[,.!?\n]", text[tokens[i - 1].end:tok.start])):
            continue  # «раньше я платила картой»: what the customer did, not how the service was
        if not asks_why and not _worked(text, tokens, verb):
            continue
        found.append(text[tok.start:verb.end])
    return found


# What worked before and, told so, does not now: «раньше всё работало», «раньше приходили уведомления».
_WORKED = frozenset({"работать", "приходить", "открываться", "загружаться", "грузиться", "показываться",
                     "отображаться", "проходить", "ловить", "включаться", "подключаться", "синхронизироваться"})


def _worked(text: str, tokens: Sequence[Token], verb: Token) -> bool:
    """A verb of working, not negated, in a sentence that does not set a working «теперь / сейчас» against it."""
    i = tokens.index(verb)
    if not verb.lemmas & _WORKED or i and tokens[i - 1].lower == "не":
        return False
    lowered = {t.lower for t in _sentence_words(text, tokens, verb.start)}
    return not ({"теперь", "сейчас", "если"} & lowered and "не" not in lowered)


_TERM_GIVEN = frozenset({"сказать", "обещать", "пообещать", "написать", "говорить", "сообщить", "срок", "обещанный"})


def promise_overrun(text: str, tokens: Sequence[Token]) -> list[str]:
    """«там сказали до 30 дней, уже больше прошло»: after a term given (said, promised, «срок») in the same sentence
    or the one before, a clause with «уже» and a past «пройти» (not «ещё не прошло», not «я уже прошла курс»)."""
    found = []
    for words in _clauses(text, tokens):
        lowered = [t.lower for t in words]
        if "уже" not in lowered or "не" in lowered or set(lowered) & _I_WE_MYSELF:
            continue
        passed = next((t for t in words if "пройти" in t.lemmas and "past" in t.tag), None)
        if passed is None:
            continue
        if any(t.lemmas & _TERM_GIVEN for t in _sentence_words(text, tokens, passed.start, before=1)):
            found.append(text[words[0].start:words[-1].end])
    return found
