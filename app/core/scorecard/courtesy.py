"""Judges of the courtesies: greeting, the customer's name, empathy where due, closing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.closing_tell_us import tells_us_if_needed
from app.core.scorecard.closing_told_then import told_then_mine
from app.core.scorecard.farewells import (
    bare_farewell, genitive_wish, hope_ahead, offer_for_questions, reassured, signature, wished_arrival, wished_care,
)
from app.core.scorecard.reply import Reply
from app.core.scorecard.safety import asks_secret
from app.core.scorecard.tone import blame
from app.core.scorecard.words import (
    Token, also_imperative, analyse, customer_name_from, edit_distance, find_phrases, morph, quote,
)
from app.core.phrase import phrase


def greeting(r: Reply) -> ElementResult:
    """In the first sentence; not expected again later in a chat."""
    first_end = r.sentences[0][1] if r.sentences else 0
    if len([t for t in r.tokens if t.start < first_end]) <= 2:  # «Ольга! Здравствуйте»: an address alone opens it too
        first_end = max(first_end, min(len(r.text), 20))
    greet = [s for p, s in find_phrases(r.tokens, r.lex.greeting) if s[0] < first_end]
    typo = [] if greet else _misspelt_greeting(r.tokens, first_end)
    if typo:
        return ElementResult("greeting", True, phrase('Есть приветствие, хотя и с опечаткой: {quoted} (опечатку учитывает «Грамотность»).', quoted=quote(r.text, typo)), typo)
    if r.turn is not None and not greet:
        return ElementResult("greeting", None, phrase('Чат уже идёт: второй раз здороваться не нужно.'))
    if greet:
        return ElementResult("greeting", True, phrase('Есть приветствие: {quoted}.', quoted=quote(r.text, greet)), greet[:1])
    anywhere = [s for p, s in find_phrases(r.tokens, r.lex.greeting)]
    reason = (phrase("Приветствие не в начале ответа.") if anywhere else
              phrase("Нет приветствия: начните с «Здравствуйте» или «Добрый день»."))
    return ElementResult("greeting", False, reason, anywhere[:1])


_GREETINGS = ("здравствуйте", "здраствуйте", "приветствую", "здрасьте")
_GOOD = ("добрый", "доброе", "доброй")
_TIMES = ("день", "вечер", "утро", "ночи")


def _misspelt_greeting(tokens: Sequence[Token], first_end: int) -> list[Span]:
    """«Здраствуйте», «Добрй вечер», «Добрый днь»: one or two letters off a greeting, in the first sentence."""
    head = [t for t in tokens[:4] if t.start < first_end]
    for i, tok in enumerate(head):
        if len(tok.lower) >= 8 and any(edit_distance(tok.lower, g) <= 2 for g in _GREETINGS):
            return [(tok.start, tok.end - tok.start)]
        if i + 1 < len(head) and any(edit_distance(tok.lower, g) <= 1 for g in _GOOD) \
                and any(edit_distance(head[i + 1].lower, t) <= 1 for t in _TIMES):
            return [(tok.start, head[i + 1].end - tok.start)]
    return []


def name(r: Reply) -> ElementResult:
    if not r.customer_name:
        return ElementResult("name", None, phrase('Клиент не назвал имени: обращение по имени не оценивается.'))
    name_spans = _name_spans(r.tokens, r.customer_name)
    first = r.customer_name.split()[0]
    wrong = _wrong_patronymic(r, name_spans)
    if wrong:
        return ElementResult("name", False, phrase('Отчество искажено: клиент подписался «{signed}», а в ответе {quoted}.',
                                                   signed=" ".join(_signed_parts(r)), quoted=quote(r.text, wrong)), wrong)
    if name_spans:
        return ElementResult("name", True, phrase('Оператор обращается к клиенту по имени ({first}).', first=first), name_spans[:1])
    return ElementResult("name", False, phrase('Клиент назвал своё имя ({first}), а в ответе нет обращения по имени.', first=first))


def _name_spans(tokens: Sequence[Token], customer_name: str) -> list[Span]:
    wanted = set()
    # «Наталия Андреевна» to «Наталья Андреевна»: the patronymic alone does not address the customer by name
    for part in [p for p in customer_name.split()[:2] if p == customer_name.split()[0] or not _patronymic(p)]:
        lower = part.lower().replace("ё", "е")
        wanted |= {lower} | set(analyse(lower)[0])
    first = customer_name.split()[0].lower().replace("ё", "е")
    spans = []
    for tok in tokens:
        if tok.text[:1].isupper() and (tok.lower in wanted or (tok.lemmas & wanted and tok.lower[:3] == first[:3])):
            spans.append((tok.start, tok.end - tok.start))
    return spans


def _patronymic(word: str) -> bool:
    return any("Patr" in str(p.tag) for p in morph().parse(word.lower())[:3])


def _wrong_patronymic(r: Reply, name_spans: list[Span]) -> list[Span]:
    """«Тамара Игоревна» to a customer who signed «Тамара Ивановна»: the name is right, the patronymic is not —
    a distorted address (the rubric's «имя искажено»). The task may give the first name alone while the customer
    signed with the patronymic too: the signature's patronymic counts then. A colloquial short form the dictionary
    reads as the same patronymic («Сергевна» for «Сергеевна», tagged informal) is no way to write it either."""
    parts = _signed_parts(r)
    if len(parts) < 2 or not _patronymic(parts[1]):
        return []
    own = parts[1].lower().replace("ё", "е")
    signed = {own} | set(analyse(parts[1].lower())[0])
    wrong = []
    for start, length in name_spans:
        after = next((t for t in r.tokens if t.start >= start + length), None)
        if after is None or not after.text[:1].isupper() or r.text[start + length:after.start].strip():
            continue
        # «Федровна» the dictionary does not know as a patronymic: its ending and a letter or two off the signed one
        looks = _patronymic(after.lower) or after.lower.endswith(_PATRONYMIC_ENDS) and edit_distance(after.lower, own) <= 2
        if looks and not (after.lower in signed or after.lemmas & signed and "Infr" not in after.tag):
            wrong.append((start, after.end - start))
    return wrong


_PATRONYMIC_ENDS = ("вна", "вны", "вне", "вну", "вной", "ична", "ичны", "ичне", "ичну", "ичной", "вич", "вича", "вичу",
                    "вичем", "виче", "ич", "ича", "ичу", "ичем")


def _signed_parts(r: Reply) -> list[str]:
    parts, signed_as = r.customer_name.split(), customer_name_from(r.customer_messages).split()
    return signed_as if len(parts) == 1 and signed_as[:1] == parts else parts


def _negated(r: Reply, span: Span) -> bool:
    """«это не наша вина», «это не ко мне»: a courtesy phrase denied by the «не» before it."""
    before = [t for t in r.tokens if t.end <= span[0]][-1:]
    return bool(before) and before[0].lower == "не" and not re.search(r"[,.!?;:—\n]", r.text[before[0].end:span[0]])


def empathy(r: Reply) -> ElementResult:
    excluded = [s for _, s in find_phrases(r.tokens, r.lex.empathy_exclude, gap=0) if not _feeling_after(r, s)]
    blamed = [r.sentence_at(s[0]) for s in blame(r)]  # «Сожалею, но подписку подключили вы»
    emp = [s for _, s in find_phrases(r.tokens, r.lex.empathy)
           if not any(e[0] <= s[0] and s[0] + s[1] <= e[0] + e[1] for e in excluded)
           and r.sentence_at(s[0]) not in blamed and not _aside(r, s) and not _restates_request(r, s)
           and not _conditional(r, s) and not _negated(r, s)]
    emp += [s for s in _exclaimed_sympathy(r) + _acknowledged_feeling(r) + _admitted_fault(r)
            if r.sentence_at(s[0]) not in blamed]
    if not r.complaint:
        return ElementResult("empathy", None, phrase('Клиент спокоен: ни жалобы, ни гнева, ни спешки, ни растерянности — извинение не требуется.'), emp[:1])
    why = r.customer.describe()
    if emp:
        return ElementResult("empathy", True,
                             phrase('Клиент {why}, и оператор выражает сочувствие: {quoted}.', why=why, quoted=quote(r.text, emp)), emp[:2])
    return ElementResult("empathy", False, phrase('Клиент {why}: нужно извиниться или посочувствовать, а в ответе нет ни извинения, ни сочувствия.', why=why))


# «Жаль, что вы так переволновались»: the customer's feeling after «жаль, что вы так» — sympathy, not «жаль, что вы так
# решили».
_FELT = frozenset({"переволноваться", "расстроиться", "переживать", "испугаться", "понервничать", "волноваться",
                   "огорчиться", "разочароваться", "намучиться", "измучиться"})


def _feeling_after(r: Reply, span: Span) -> bool:
    nxt = next((t for t in r.tokens if t.start >= span[0] + span[1]), None)
    return nxt is not None and bool(nxt.lemmas & _FELT)


def _words(r: Reply, sentence: tuple[int, int]) -> list[Token]:
    return r.tokens_in(sentence[0], sentence[1])


_SORRY = frozenset({"извинить", "простить"})
# What follows an «Извините,» that only asks for attention: «Простите, а какой адрес?», «Извините, уточню…».
_ATTENTION = frozenset({"а", "уточнить", "подсказать", "сказать", "какой", "который", "где", "когда", "как"})


def _aside(r: Reply, span: Span) -> bool:
    """«Простите, а какой адрес указан?», «Извините, уточню: …»: a bare «извините» opening a question or a
    clarification asks for attention — it apologises for nothing."""
    words = _words(r, r.sentence_at(span[0]))
    if not words or words[0].start != span[0] or not words[0].lemmas & _SORRY:
        return False
    rest = [t for t in words[1:] if t.lower != "пожалуйста"]
    if not rest:
        return False
    nxt = rest[0]
    if nxt.lower in ("за", "что", "нас", "меня", "нам", "мне"):
        return False  # «Извините за задержку», «Простите нас»: an apology
    question = r.text[slice(*r.sentence_at(span[0]))].rstrip().endswith("?")
    return nxt.lemmas & _ATTENTION != set() or nxt.lower in _ATTENTION or question


def _conditional(r: Reply, span: Span) -> bool:
    """«Если вам неприятно, просто не читайте чат»: a feeling supposed in an «если» clause is not sympathy
    («Если мы вас расстроили, простите» — the apology stands in the main clause)."""
    start = r.sentence_at(span[0])[0]
    ifs = [t for t in r.tokens_in(start, span[0]) if t.lower == "если"]
    return bool(ifs) and "," not in r.text[ifs[-1].end:span[0]]


_WANTS = frozenset({"хотеть", "просить", "желать", "интересовать", "планировать", "собираться"})


def _restates_request(r: Reply, span: Span) -> bool:
    """«Понимаю, что вы хотите вернуть деньги»: understanding the request restates it, it does not
    sympathise («Понимаю, что это неприятно» does)."""
    if not r.text[span[0]:span[0] + span[1]].lower().startswith("понима"):
        return False
    after = [t for t in r.tokens if t.start >= span[0] + span[1]][:3]
    return any(t.lemmas & _WANTS for t in after)


_INTERJECTIONS = frozenset({"ох", "ой", "эх", "ах", "увы"})
# Words that, after «Ох», «Эх», judge the customer's trouble: «Ох, как не вовремя», «Эх, неудачно совпало».
_SORROW = frozenset({"неприятно", "обидно", "досадно", "неудобно", "вовремя", "некстати", "неудачно", "жалко",
                     "грустно", "печально", "неловко", "ужас", "кошмар", "беда", "неприятность", "тяжело", "ужасно",
                     "досада", "незадача"})
# «Какая досада!», «Вот это неприятность!», «Вот незадача!»: an exclamation that names the trouble.
_EXCLAIMING = frozenset({"какой", "какая", "какое", "вот"})
# «Ужасно, что книги пострадали», «Грустно это читать»: the trouble judged in a clause or as news heard.
_JUDGED = frozenset({"что", "когда", "это"})
_HEARING = frozenset({"читать", "слышать", "узнать", "узнавать", "видеть"})  # «это читать», not «это делать»


def _exclaimed_sympathy(r: Reply) -> list[Span]:
    """«Ох, как не вовремя», «Эх, неудачно вышло»: an interjection of regret opening a sentence that judges
    the trouble; «Какая досада!», «Вот это неприятность!»; «Ужасно, что книги пострадали», «Грустно это читать» —
    a word of sorrow opening the sentence, about what happened."""
    found = []
    for sentence in r.sentences:
        words = _words(r, sentence)
        sorrow = [i for i, t in enumerate(words[:5]) if t.lower in _SORROW or t.lemmas & _SORROW]
        if len(words) >= 2 and words[0].lower in _INTERJECTIONS and any(i >= 1 for i in sorrow):
            found.append((words[0].start, words[min(4, len(words) - 1)].end - words[0].start))
        elif words and words[0].lower in _EXCLAIMING and any(1 <= i <= 2 for i in sorrow) \
                and r.text[sentence[0]:sentence[1]].rstrip().endswith("!"):
            found.append((words[0].start, words[max(sorrow)].end - words[0].start))
        elif len(words) >= 2 and sorrow[:1] == [0] and words[1].lower in _JUDGED and (
                words[1].lower != "это" or len(words) > 2 and words[2].lemmas & _HEARING):
            found.append((words[0].start, words[1].end - words[0].start))
    return found


_FEELINGS = frozenset({"беспокойство", "волнение", "раздражение", "недовольство", "возмущение", "разочарование",
                       "досада", "тревога", "огорчение", "переживание", "негодование", "эмоция", "злость", "обида",
                       "недоумение", "расстройство", "опасение", "испуг", "страх"})
_ACKNOWLEDGING = frozenset({"понимать", "понять", "понятный", "разделять", "оправданный", "оправдать", "обоснованный",
                            "естественный", "справедливый", "объяснимый", "представлять", "уместный"})


# The same feelings said of «вы»: «вы возмущены», «вы расстроены», «вы недовольны».
_FELT_STATES = frozenset({"возмутить", "возмущенный", "расстроить", "расстроенный", "огорчить", "огорченный",
                          "разочаровать", "разочарованный", "недовольный", "раздражить", "раздраженный", "рассердить",
                          "обидеть", "обиженный", "встревожить", "встревоженный", "взволнованный"})


def _felt(tok: Token, words: list[Token]) -> bool:
    """A feeling named as a noun («ваше возмущение») or said of the customer («вы справедливо возмущены»)."""
    return bool(tok.lemmas & _FEELINGS) or bool(tok.lemmas & _FELT_STATES) \
        and tok.tag.startswith(("PRTS", "ADJS", "ADJF", "PRTF")) and any(t.lower == "вы" for t in words)


def _acknowledged_feeling(r: Reply) -> list[Span]:
    """«Ваше возмущение справедливо», «Разделяю ваше недовольство», «Тревога в такой ситуации естественна», «Вы
    совершенно справедливо расстроены»: the customer's feeling named and acknowledged, in any order."""
    found = []
    for sentence in r.sentences:
        words = _words(r, sentence)
        feeling = next((t for t in words if _felt(t, words)), None)
        if feeling is not None and any(t.lemmas & _ACKNOWLEDGING for t in words):
            found.append((feeling.start, feeling.end - feeling.start))
    return found


_FAULTS = frozenset({"вина", "ошибка", "промах", "недочет", "недосмотр", "оплошность", "упущение", "недоработка",
                     "косяк", "накладка"})


def _admitted_fault(r: Reply) -> list[Span]:
    """«Это наш промах», «по моей оплошности», «наша досадная ошибка»: the company's own fault owned up to, as
    «наша вина» is («в нашей системе ошибка» reports a bug, «не наша ошибка» denies it)."""
    found = []
    toks = r.tokens
    for i, tok in enumerate(toks):
        if not tok.lemmas & _FAULTS or i == 0:
            continue
        j = i - 1 if toks[i - 1].lemmas & {"наш", "мой"} else \
            i - 2 if i >= 2 and toks[i - 2].lemmas & {"наш", "мой"} and toks[i - 1].tag.startswith("ADJF") else None
        if j is not None and not _negated(r, (toks[j].start, tok.end - toks[j].start)):
            found.append((toks[j].start, tok.end - toks[j].start))
    return found


def _sends_away(r: Reply, phrase, span: Span) -> bool:
    """«Обращайтесь к своему программисту», «пишите в банк»: an invitation addressed elsewhere is no closing;
    «Напишите верный адрес» asks for data, it does not invite the customer back («Напишите, какой день
    удобнее» does)."""
    if phrase.words[-1] not in ("обращаться", "пишите", "писать", "напишите"):
        return False
    after = [t for t in r.tokens if t.start >= span[0] + span[1] and t.lower != "пожалуйста"][:2]
    if after and re.search(r"[:;—–]", r.text[span[0] + span[1]:after[0].start]):
        return False  # «напишите: на четверг ещё есть окна» — the invitation ends at the colon; what follows is news
    if after and (after[0].lower in ("ему", "ей", "им") or after[0].tag.startswith("NOUN") and "anim" in after[0].tag
                  and "datv" in after[0].tag):
        return True  # «Пишите ему в чат заказа», «обращайтесь продавцу»: to someone else
    if after and after[0].lower in ("к", "в", "во", "на"):
        # «обращайтесь к нам», «пишите мне в чат»: back to us
        return not (len(after) > 1 and after[1].lower in _US)
    if phrase.words[-1] != "напишите" or not after:
        return False
    between = re.sub(r"\s*,?\s*пожалуйста\s*,?", "", r.text[span[0] + span[1]:after[0].start]).strip()
    if between.startswith("«"):  # «напишите «да»»: a word to send, not an invitation
        return True
    data = [t for t in after if t.tag.startswith("NOUN") and "accs" in t.tag]
    if _if_wished(_words(r, r.sentence_at(span[0]))):
        return False  # «Если нужен бумажный акт, напишите адрес»: more help offered, the customer may come back
    return "," not in between and bool(data) and (after[0] is data[0] or after[0].tag.startswith(("ADJF", "PRTF")))


# «обращайтесь к нам», «пишите мне в чат», «в любое время»: back to us, not elsewhere
_US = frozenset({"нам", "мне", "чат", "этот", "сюда", "любое", "любой", "любую"})


# Verbs of getting back to the customer: «я напишу, когда…», «отвечу через 5 минут».
_GET_BACK = frozenset({"написать", "ответить", "сообщить", "связаться", "перезвонить", "позвонить", "отписаться",
                       "вернуться"})
# «пришлю ответ сюда до 18:00», «пришлём письмо в день запуска»: sending the customer word back is getting back, too
# (not «пришлём карту курьером», a thing delivered).
_SEND = frozenset({"прислать", "отправить", "выслать"})
_WORD = frozenset({"ответ", "письмо", "сообщение", "весточка"})
# In the last sentence it is enough that what is sent goes to the customer or is news: «пришлю её вам», «пришлём
# ссылку» (not «отправлю вам код — продиктуйте его», followed by another ask).
_NEWS = frozenset({"вам", "сюда", "письмо", "ответ", "сообщение", "ссылка", "смс", "уведомление"})


def _word_sent(r: Reply, words: list[Token], i: int) -> bool:
    """The message noun stands in the verb's own clause, within three words either side («ответ пришлю сюда»,
    «пришлём письмо с инструкцией»)."""
    sentence = r.sentence_at(words[i].start)
    near = [t for t in words[max(0, i - 3):i + 4] if sentence[0] <= t.start < sentence[1] and t is not words[i]]
    return any(t.lemmas & _WORD and t.tag.startswith("NOUN") and "accs" in t.tag and not re.search(
        r"[,;:—]", r.text[min(t.end, words[i].end):max(t.start, words[i].start)]) for t in near)

# Verbs that ask the customer to answer: «Напишите, какой рейс выбираете», «Скажите, когда удобно».
_TELL_ME = frozenset({"написать", "сказать", "сообщить", "ответить", "подсказать"})
_WHICH = frozenset({"какой", "который", "когда", "где", "как", "во", "сколько", "удобный", "удобно", "удобнее", "ли"})


def _invites_reply(r: Reply, tail_start: int) -> list[Span]:
    """The reply ends by inviting an answer: a question to the customer in one of the last two sentences
    («Подойдёт такое время?», «Хотите, я рассчитаю?»), an ask to tell a choice («Напишите, в какое время удобно», «напишите удобное время»), an ask
    with the operator's own next move («Пришлите новый адрес, поменяю» — so labelled in tuning.toml), or the
    operator's promise to get back («я напишу, когда всё заработает», «отвечу через 5 минут»)."""
    start, end = r.sentences[-1]
    for s, e in r.sentences[-2:] if len(r.sentences) > 2 else r.sentences[-1:]:  # not the opening «Сертификат?»
        if r.text[s:e].rstrip().endswith("?") and not _rhetorical(r, (s, e)):
            return [(s, e - s)]
    offer = _offer_if_needed(r, tail_start) or tells_us_if_needed(r, tail_start) or told_then_mine(r)
    if offer:
        return offer
    tail = [t for t in r.tokens if t.start >= tail_start]
    for i, tok in enumerate(tail):
        if tok.tag.startswith("VERB") and "1per" in tok.tag and "futr" in tok.tag and (
                tok.lemmas & _GET_BACK or tok.lemmas & _SEND and (_word_sent(r, tail, i) or tok.start >= start and any(
                    t.lemmas & _NEWS for t in r.tokens_in(tok.end, tok.end + 30)))):
            return [(tok.start, tok.end - tok.start)]
    last = [t for t in r.tokens if t.start >= start]
    asked = [t for t in last if "impr" in t.tag or also_imperative(t.lower)]
    # «Пришлите скриншот, разберёмся»: the team's promise too, when the ask brings the customer back to us («Обратитесь
    # в полицию, мы передадим данные по её запросу» sends them elsewhere)
    back = bool(asked) and bool(asked[0].lemmas & _SEND_BACK)
    promise = next((t for i, t in enumerate(last) if asked and t.start > asked[0].start and t.tag.startswith("VERB")
                    and (_own_future(t) and ("sing" in t.tag or back) or _so_that_i(last, i)
                         or back and _then(last, i))), None)
    # «…, поменяю», «— посчитаю и поменяю»: the promise, or a chain of them, ends the reply; after an ask to write back,
    # what will then happen may follow it, joined by «и» / «а» («…, и я оформлю перенос, а документы придут на почту»)
    if promise is not None and not any(t.start > promise.start and t.tag.startswith("VERB") and not _own_future(t)
                                       and not (back and _then(last, j, ("и", "а"))) for j, t in enumerate(last)) \
            and not asks_secret(r, (start, end)):
        # «Пришлите новый адрес, поменяю», «напишите «да», и я включу блокировку» — the promise ends the reply
        return [(start, end - start)]
    for i, tok in enumerate(last):
        if "impr" in tok.tag and tok.lemmas & _TELL_ME and any(t.lemmas & _WHICH for t in last[i + 1:i + 5]):
            return [(tok.start, tok.end - tok.start)]
    return []


# Asks that bring the customer's next message back to the operator: «пришлите», «напишите», «сообщите», «скажите».
_SEND_BACK = frozenset({"прислать", "присылать", "написать", "отправить", "сообщить", "приложить", "скинуть",
                        "ответить", "показать", "сказать"})


def _then(words: list[Token], i: int, joins: tuple[str, ...] = ("и",)) -> bool:
    """«Напишите «да», и счёт закроется сегодня»: after an ask to write back, «и» and a future verb of any person — what
    the customer's answer sets going (after the promise, «а» too: «…, и я оформлю перенос, а документы придут»; a
    comma alone starts another piece of news: «…, я передам справку, деньги вернутся за 10 дней»)."""
    return "futr" in words[i].tag and any(t.lower in joins for t in words[max(0, i - 3):i])


def _own_future(tok: Token) -> bool:
    """«поменяю», «разберёмся», «проверим»: the operator's (or the team's) own next move."""
    return "1per" in tok.tag and "futr" in tok.tag


def _so_that_i(words: list[Token], i: int) -> bool:
    """«Пришлите номер договора, чтобы я проверил линию»: the operator's own next move as the purpose of the ask —
    a promise, as «…, и я проверю линию» is."""
    return "past" in words[i].tag and [t.lower for t in words[max(0, i - 2):i]] == ["чтобы", "я"]


_KNOW = frozenset({"знать", "слышать"})


def _rhetorical(r: Reply, sentence: tuple[int, int]) -> bool:
    """«А вы знали, что на годовом тарифе скидка?», «Знаете ли вы…?»: a question about what the customer knows
    leads into news or an advert — it awaits no answer."""
    words = _words(r, sentence)
    for i, tok in enumerate(words[:3]):
        if tok.lemmas & _KNOW and ("2per" in tok.tag or "past" in tok.tag and "plur" in tok.tag):
            return i + 1 < len(words) and words[i + 1].lower in ("что", "ли", "о", "об", "про")
    return False


# «Если нужно, подскажу…», «Если хотите, пришлю инструкцию», «Если согласны, оформлю»: the customer's wish or consent
# that the operator's help hangs on.
_IF_WISHED = frozenset({"нужно", "надо", "нужный", "хотеть", "захотеть", "понадобиться", "потребоваться", "удобно",
                        "интересно", "желать", "пожелать", "согласный", "устраивать"})


def _if_wished(words: list[Token]) -> bool:
    """The sentence opens with the customer's wish: «Если нужно, …», «Если хотите, …», «Если нужен оригинал, …»."""
    return bool(words) and words[0].lower == "если" and any(t.lower in _IF_WISHED or t.lemmas & _IF_WISHED
                                                           for t in words[1:3])


def _offer_if_needed(r: Reply, tail_start: int) -> list[Span]:
    """The operator's own further help, offered if the customer wishes: «Если нужно, подскажу, какие документы
    запросит нотариус» («Если не оплатите, начислим пеню» hangs on no wish)."""
    for sentence in r.sentences[-2:]:
        if sentence[0] < tail_start:
            continue
        words = _words(r, sentence)
        if not _if_wished(words):
            continue
        verb = next((t for t in words[2:] if t.tag.startswith("VERB") and "1per" in t.tag
                     and ("futr" in t.tag or "мочь" in t.lemmas)), None)  # «…, могу посчитать платёж»
        if verb is not None:
            return [(sentence[0], sentence[1] - sentence[0])]
    return []


def closing(r: Reply) -> ElementResult:
    """In the last two sentences — or in the last alone when it is an advert: a reply that ends on an offer's
    terms has no closing, whatever courtesy stands before them («Рады помочь! Кстати, оформите карту…»)."""
    tail_start = r.sentences[-2][0] if len(r.sentences) >= 2 else 0
    offer = _advert(r, r.sentences[-1]) if r.sentences else None
    if offer is not None:
        tail_start = max(tail_start, offer)
    close = [s for p, s in find_phrases(r.tokens, r.lex.closing)
             if s[0] >= tail_start and not _sends_away(r, p, s) and not _negated(r, s)
             and not _opening_thanks(r, s) and not _asks_secret(r, s)]
    tail = r.sentences[-2:] if len(r.sentences) > 2 else r.sentences[-1:]  # the greeting wishes nothing
    for sentence in [part for s in tail for part in _split_at_smiles(r, s)]:
        if close or sentence[0] < tail_start:
            break
        if _opening_thanks(r, (sentence[0], 0)):
            continue
        words = _words(r, sentence)
        # «Хорошего переезда!», «Спасибо!»: a wish opening one of the last two sentences; «Счастливого пути!»,
        # «Всех благ!», «Хорошево дня!»: any wish in the genitive; «…, если у вас есть другие вопросы»
        close = [s for _, s in find_phrases(words[:1], r.lex.wishes, gap=0)] + genitive_wish(r, sentence, words) \
            + offer_for_questions(words) + wished_arrival(r, sentence, words) + wished_care(r, sentence, words) \
            + bare_farewell(words) + (hope_ahead(words) + reassured(words) if sentence[1] == r.sentences[-1][1] else [])
    if not close and r.sentences:
        close = _invites_reply(r, tail_start) or signature(r)
    if close:
        return ElementResult("closing", True, phrase('Есть завершение: {quoted}.', quoted=quote(r.text, close)), close[:1])
    return ElementResult("closing", False, phrase('Нет завершения: предложите помощь или попрощайтесь («Если будут вопросы, пишите»).'))


def _split_at_smiles(r: Reply, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """«Да, есть, 20 % на второй)) Удачи!», «…на второй :) Удачи!»: a smile ends a sentence as a full stop does,
    though the splitter reads on — the words after it open a sentence of their own; the last part comes first, as
    it ends the reply."""
    cuts = [e[0] + e[1] for e in r.emoji if sentence[0] < e[0] and e[0] + e[1] < sentence[1]
            and r.tokens_in(e[0] + e[1], sentence[1])]
    if not cuts:
        return [sentence]
    starts = [sentence[0]] + cuts
    parts = [(a, b) for a, b in zip(starts, cuts + [sentence[1]])]
    return [parts[-1]] + parts[:-1]


# What opens an offer appended to the reply («Кстати, …», «А ещё …»), and the words of an offer that sell by
# themselves (unlike «подключите» or «оформите», which a step uses as well).
_BY_THE_WAY = frozenset({"кстати", "кроме", "также"})
_SELLING = frozenset({"акция", "скидка", "спецпредложение", "промокод", "распродажа"})


def _advert(r: Reply, sentence: tuple[int, int]) -> int | None:
    """«Кстати, подключите ТВ-пакет за полцены!», «А ещё до воскресенья скидка 15 %»: an offer closing the reply —
    where it starts («Рады помочь))) Кстати, …» is one sentence to the splitter, the offer only its end), or None."""
    words = _words(r, sentence)
    selling = any(t.lemmas & _SELLING and ("impr" in t.tag or not t.tag.startswith("VERB")) for t in words)
    if not words or not (selling or find_phrases(words, r.lex.adverts, gap=1)):
        return None
    if any(t.tag.startswith("VERB") and "past" in t.tag for t in words):
        return None  # «Промокод на 500 ₽ за ожидание я уже начислила»: a compensation given, not an offer
    for i, tok in enumerate(words):
        if tok.lower in _BY_THE_WAY or (tok.lower == "а" and i + 1 < len(words) and words[i + 1].lower == "еще"):
            return tok.start
    return sentence[0] if selling else None


_THANK = frozenset({"спасибо", "благодарить", "поблагодарить"})
# What an opening thanks is for: the contact itself («за обращение», «что написали»), not what the customer offers
# («Спасибо за предложение, мы его рассмотрим» answers it).
_CONTACT = frozenset({"обращение", "вопрос", "обратиться", "написать", "сообщение", "ожидание", "терпение", "письмо"})


def _opening_thanks(r: Reply, span: Span) -> bool:
    """«Добрый день! Благодарим за обращение. Почту можно поменять в „Профиле“.»: thanks for the contact in the
    sentence right after the greeting open the answer; a reply that then ends on information has no closing."""
    at = r.sentence_at(span[0])
    if len(r.sentences) < 3 or at != r.sentences[1] or at == r.sentences[-1]:
        return False
    words = _words(r, at)
    return any(t.lemmas & _THANK for t in words[:2]) and any(t.lemmas & _CONTACT for t in words) \
        and bool(find_phrases(_words(r, r.sentences[0]), r.lex.greeting))


def _asks_secret(r: Reply, span: Span) -> bool:
    """«Напишите мне свой пароль, я зайду и проверю»: a demand for a secret invites no further questions."""
    return bool(find_phrases(_words(r, r.sentence_at(span[0])), r.lex.secrets, gap=0))
