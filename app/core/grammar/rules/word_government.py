"""Управление отдельных слов, в котором ошибаются чаще всего: «благодарность курьерам» (не «для
курьеров»), «меня интересует» (не «мне»), «ознакомиться с условиями», «поделиться опытом», «по поводу
возврата», «уверены в том, что», «у меня нет чека», «указаны в приложении», «жалоба на работу»,
«заплатить за заказ».

Each entry names the governing word by its dictionary lemma and the wrong construction by the
form of the next words; the fix is built by inflecting the written phrase, and only when one form
results. A finding is only made when the phrase is adjacent, with nothing but spaces between.
"""

from __future__ import annotations

from app.core.grammar.findings import Category, Finding
from app.core.grammar.rules._base import RuleInfo, Text, finding, match_case, parses
from app.core.grammar.rules.governed_case import _inflect_phrase
from app.core.grammar.rules.government import _group
from app.core.phrase import phrase

WORD_GOVERNMENT = RuleInfo(
    "OURS_WORD_GOVERNMENT",
    phrase("Управление: предлог и падеж при слове"),
    phrase("Это слово требует другого предлога или падежа."),
    phrase("Многие слова требуют своего предлога и падежа, и их легко спутать с похожими: «благодарность "
    "курьерам» (кому, без «для»), «меня интересует», «вас устраивает» (кого), «ознакомиться с условиями», "
    "«поделиться опытом» (чем; «о» — после «рассказать»), «по поводу возврата» (без «о»), «уверены в том, "
    "что…», «у меня нет чека» (чего), «указано в приложении» (где), «жалоба на работу», «заплатить за "
    "заказ», но «оплатить заказ»."),
    Category.GRAMMAR,
)

RULES = (WORD_GOVERNMENT,)

_DATIVE_TO_ACCUSATIVE = {"мне": "меня", "нам": "нас", "вам": "вас", "тебе": "тебя", "ему": "его", "ей": "её",
                         "им": "их"}
# verbs whose person is in the accusative: «меня интересует», «вас устраивает»
_ACCUSATIVE_PERSON = frozenset({"интересовать", "заинтересовать", "устраивать", "устроить", "беспокоить",
                                "обеспокоить", "волновать", "взволновать", "радовать", "обрадовать",
                                "огорчать", "огорчить", "смущать", "смутить", "раздражать", "удивлять", "удивить"})
# words after which «в том, что» (not «в то, что»): «уверены в том, что»
_V_TOM = frozenset({"уверенный", "уверен", "уверить", "убедиться", "убеждаться", "убедить", "сомневаться", "заключаться",
                    "состоять", "виноватый", "виновный", "признаться", "нуждаться", "участвовать", "ошибаться",
                    "разочароваться", "убеждённый", "убежденный"})
# a result that stays somewhere: «указано в приложении», not «в приложение» (that is where things go)
_WHERE = frozenset({"указать", "описать", "прописать", "перечислить", "отметить", "отразить", "опубликовать",
                    "разместить", "расположить", "находиться", "храниться", "содержаться", "приводить", "привести",
                    "изложить", "представить"})
# things done inside a program, not put into it: «подключить можно в приложении», not «в приложение»
# («смотреть в» looks into something: «смотреть в окно», «в профиль»)
_DONE_INSIDE = frozenset({"подключить", "подключать", "отключить", "отключать", "сделать", "делать", "поменять",
                          "менять", "сменить", "изменить", "изменять", "поднять", "повысить", "разблокировать",
                          "заблокировать", "оформить", "оформлять", "оплатить", "оплачивать", "настроить",
                          "настраивать", "включить", "включать", "выключить", "продлить", "продлевать", "купить",
                          "покупать", "заказать", "заказывать", "отменить", "отменять",
                          "проверить", "проверять", "найти", "находить", "выставляться", "отображаться", "увидеть",
                          "видеть", "управлять", "восстановить", "узнать", "уточнить", "активировать", "открыть",
                          "удалить", "заполнить", "записаться"})
# the program's places: with a verb of doing they say where, so the prepositional case
_PROGRAM_PLACES = frozenset({"приложение", "кабинет", "раздел", "профиль", "настройка", "вкладка"})
# words that may stand between such a verb and «в»: «отключить можно в…», «разблокировать его в…»
_LIGHT = frozenset({"можно", "нельзя", "его", "её", "ее", "их", "это", "также", "тоже", "только", "сразу", "прямо",
                    "самостоятельно", "сами", "сам", "уже", "всё", "все"})
# states «привести в» brings something into, in the accusative: «привести в порядок», «в исходное положение»
_INTO_STATE = frozenset({"порядок", "положение", "состояние", "движение", "действие", "соответствие", "негодность",
                         "норма", "чувство", "готовность", "исполнение", "вид", "равновесие", "восторг", "ярость",
                         "замешательство", "недоумение", "отчаяние", "ужас", "изумление", "смущение", "трепет"})
# nouns of time that «в» takes in the accusative to say when: «в пятницу», «в тот же день», «в срок»
_WHEN = frozenset({"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "выходные",
                   "полдень", "полночь", "день", "ночь", "минута", "секунда", "момент", "время", "раз", "срок"})
# what is paid for with «заплатить за»: a purchase, not a sum («заплатить штраф», «заплатить 500 рублей»)
_PURCHASES = frozenset({"заказ", "доставка", "услуга", "товар", "покупка", "подписка", "проезд", "ремонт",
                        "обучение", "курс", "билет", "сборка", "установка", "подключение", "интернет", "связь"})


def _say(t: Text, start: int, end: int, message: str, fix: str | None, found: list[Finding]) -> None:
    found.append(finding(WORD_GOVERNMENT, start, end, *((fix,) if fix else ()), message=message))


def _lemmas(word: str) -> set[str]:
    return {p.normal_form for p in parses(word) if p.score >= 0.05}


def _thanks_for(t: Text, i: int, found: list[Finding]) -> None:
    """«благодарность для курьеров» → «благодарность курьерам»."""
    w, prep = t.words[i], t.words[i + 1]
    if prep.low != "для" or not _lemmas(w.text) & {"благодарность", "благодарный", "признательность"}:
        return
    group = _group(t, i + 2)
    if group is None:
        return
    noun = parses(t.words[group[-1]].text)
    fixed = _inflect_phrase(t, group, "datv") if any(p.tag.case == "gent" for p in noun) else None
    _say(t, w.start, t.words[group[-1]].end,
         phrase("«Благодарность», «благодарен» — кому: без «для»."),
         f"{w.text} {fixed}" if fixed else None, found)


def _person_in_accusative(t: Text, i: int, found: list[Finding]) -> None:
    """«мне интересует» → «меня интересует»."""
    w = t.words[i]
    if w.low not in _DATIVE_TO_ACCUSATIVE:
        return
    k = i + 1
    if t.words[k].low == "не" and k + 1 < len(t.words) and t.plain_gap(k + 1):
        k += 1
    verb = parses(t.words[k].text)
    if not verb or any(p.tag.POS != "VERB" or p.normal_form not in _ACCUSATIVE_PERSON for p in verb):
        return
    _say(t, w.start, t.words[k].end, phrase("С этим глаголом тот, кого касается действие, стоит в винительном "
                                             "падеже: «меня интересует», «вас устраивает»."),
         match_case(w.text, _DATIVE_TO_ACCUSATIVE[w.low]) + t.text[w.end:t.words[k].end], found)


# verbs that take their person in the accusative right after them: «поблагодарить вас», «поздравляю тебя»
_THANK = frozenset({"благодарить", "поблагодарить", "отблагодарить", "поздравлять", "поздравить", "беспокоить",
                    "побеспокоить", "приветствовать", "поприветствовать"})
_THANK_WHOM = phrase("«Благодарить», «поздравлять», «беспокоить», «приветствовать» — кого: «поблагодарить вас», "
                     "«поздравляю тебя», «поблагодарить сотрудника».")


def _person_after_verb(t: Text, i: int, found: list[Finding]) -> None:
    """«хочу поблагодарить вам» → «вас», «поздравляю тебе» → «тебя», «поблагодарил сотруднику» → «сотрудника»
    (a noun phrase with no accusative reading that the tree hangs on the verb)."""
    w, person = t.words[i], t.words[i + 1]
    if not _lemmas(w.text) & _THANK or not all(p.tag.POS in ("VERB", "INFN") for p in parses(w.text)):
        return
    if person.low in _DATIVE_TO_ACCUSATIVE:
        _say(t, person.start, person.end, _THANK_WHOM, match_case(person.text, _DATIVE_TO_ACCUSATIVE[person.low]),
             found)
        return
    group = _group(t, i + 1)
    if group is None or not all(p.tag.case == "datv" for p in parses(t.words[group[-1]].text)) or not all(
            any(p.tag.case == "datv" for p in parses(t.words[k].text)) for k in group[:-1]):
        return  # the noun can only be a dative, its modifiers can be one
    _, verb = t.token(i)
    _, noun = t.token(group[-1])
    if verb is None or noun is None or noun.head != verb.index:
        return
    fixed = _inflect_phrase(t, group, "accs")
    _say(t, person.start, t.words[group[-1]].end, _THANK_WHOM, fixed, found)


# verbs whose person is in the dative and that take no person in the accusative: «помочь клиенту», «позвонить
# менеджеру» («мешать», «доверять» are left out: «мешать тесто», «доверять тайну»)
_HELP = frozenset({"помочь", "помогать", "позвонить", "звонить", "перезвонить", "посочувствовать", "сочувствовать",
                   "завидовать", "позавидовать"})
_ACCUSATIVE_TO_DATIVE = {"меня": "мне", "тебя": "тебе", "нас": "нам", "вас": "вам"}
_HELP_WHOM = phrase("«Помочь», «позвонить», «перезвонить» — кому: «помочь клиенту», «позвоните менеджеру», "
                    "«перезвоню вам».")


def _person_in_dative(t: Text, i: int, found: list[Finding]) -> None:
    """«помогли клиента выбрать» → «клиенту», «перезвоните меня» → «мне»: a person in the accusative (or the
    genitive) right after a verb that takes a dative. Not when a finite verb follows the person, which may be
    the person's own verb («Позвонить меня попросили»), nor before a dative the noun may belong to
    («позвонил директора секретарю»)."""
    w = t.words[i]
    verb = [p for p in parses(w.text) if p.score >= 0.05]
    if not verb or any(p.tag.POS not in ("VERB", "INFN") or p.normal_form not in _HELP for p in verb):
        return
    person = t.words[i + 1]
    if person.low in _ACCUSATIVE_TO_DATIVE:
        group, fixed = [i + 1], match_case(person.text, _ACCUSATIVE_TO_DATIVE[person.low])
    else:
        group = _group(t, i + 1)
        noun = parses(t.words[group[-1]].text) if group is not None else []
        if not noun or not all(p.tag.case in ("accs", "gent") for p in noun) or not any("anim" in p.tag for p in noun):
            return  # a being, in no case but these two («клиента» is also an inanimate «client» program)
        fixed = _inflect_phrase(t, group, "datv")
    after = t.word(group[-1] + 1)
    if after is not None and t.plain_gap(group[-1] + 1) and any(
            p.tag.POS == "VERB" or p.tag.case == "datv" and p.tag.POS in ("NOUN", "NPRO")
            for p in parses(after.text)[:2]):
        return
    _say(t, person.start, t.words[group[-1]].end, _HELP_WHOM, fixed, found)


# what one answers «на»: «ответить на вопрос», «ответим на ваше письмо»
_ANSWERED = frozenset({"вопрос", "письмо", "сообщение", "звонок", "комментарий", "отзыв", "жалоба", "претензия",
                       "обращение", "запрос", "заявка", "просьба", "предложение", "приглашение", "замечание"})


def _answer_on(t: Text, i: int, found: list[Finding]) -> None:
    """«ответить мой вопрос» → «ответить на мой вопрос»: what one answers takes «на». Not when the clause already
    has «на» before the verb («На ваш вопрос ответит письмо…»: the noun after the verb is then its subject)."""
    w = t.words[i]
    verb = [p for p in parses(w.text) if p.score >= 0.05]
    if not verb or any(p.tag.POS not in ("VERB", "INFN") or p.normal_form not in ("ответить", "отвечать")
                       for p in verb):
        return
    group = _group(t, i + 1)
    if group is None:
        return
    noun = parses(t.words[group[-1]].text)
    if noun[0].normal_form not in _ANSWERED or not any(p.tag.case == "accs" for p in noun):
        return
    k = i
    while k > 0 and t.plain_gap(k):
        k -= 1
        if t.words[k].low == "на":
            return
    last = t.words[group[-1]]
    _say(t, w.start, last.end, phrase("«Ответить», «отвечать» — на что: «ответить на вопрос», «ответим на ваше "
                                       "письмо»."), f"{w.text} на {t.text[t.words[i + 1].start:last.end]}", found)


def _with_instrumental(t: Text, i: int, found: list[Finding]) -> None:
    """«ознакомиться условия» → «ознакомиться с условиями»; «поделиться о своём опыте» → «поделиться
    своим опытом»."""
    w = t.words[i]
    lemmas = _lemmas(w.text)
    if lemmas & {"ознакомиться", "ознакамливаться", "знакомиться"} and t.words[i + 1].low not in ("с", "со"):
        group = _group(t, i + 1)
        if group is None or any(p.tag.case == "ablt" for p in parses(t.words[group[-1]].text)):
            return
        fixed = _inflect_phrase(t, group, "ablt")
        _say(t, w.start, t.words[group[-1]].end, phrase("«Ознакомиться» — с чем: «ознакомиться с условиями»."),
             f"{w.text} с {fixed}" if fixed else None, found)
    elif lemmas & {"поделиться", "делиться"} and t.words[i + 1].low in ("о", "об", "обо"):
        group = _group(t, i + 2)
        if group is None:
            return
        fixed = _inflect_phrase(t, group, "ablt")
        _say(t, w.start, t.words[group[-1]].end, phrase("«Поделиться» — чем, без «о»: «поделиться опытом»; «о» "
                                                        "ставится после «рассказать»."),
             f"{w.text} {fixed}" if fixed else None, found)


def _about_twice(t: Text, i: int, found: list[Finding]) -> None:
    """«по поводу о возврате» → «по поводу возврата»."""
    if t.words[i].low != "по" or i + 3 >= len(t.words) or t.words[i + 1].low != "поводу" or not t.plain_gap(i + 2) \
            or t.words[i + 2].low not in ("о", "об", "обо"):
        return
    group = _group(t, i + 3)
    if group is None:
        return
    fixed = _inflect_phrase(t, group, "gent")
    w = t.words[i]
    _say(t, w.start, t.words[group[-1]].end, phrase("«По поводу» — чего, без «о»: «по поводу возврата»."),
         f"{w.text} поводу {fixed}" if fixed else None, found)


def _v_tom(t: Text, i: int, found: list[Finding]) -> None:
    """«уверены в то, что» → «уверены в том, что»."""
    w, v, to, what = t.words[i], t.words[i + 1], t.word(i + 2), t.word(i + 3)
    if v.low != "в" or to is None or what is None or to.low != "то" or not t.plain_gap(i + 2) \
            or t.gap_before(i + 3).strip() != "," or what.low != "что":
        return
    if not (_lemmas(w.text) | {w.low}) & _V_TOM:
        return
    _say(t, v.start, to.end, phrase("Здесь нужен предложный падеж: «уверены в том, что…», «дело в том, что…»."),
         f"{v.text} том", found)


def _no_what(t: Text, i: int, found: list[Finding]) -> None:
    """«у меня нет чек» → «у меня нет чека»: after «нет» what is missing stands in the genitive."""
    w = t.words[i]
    if w.low != "нет" or t.starts_sentence(i):
        return
    group = _group(t, i + 1)
    if group is None:
        return
    words = [parses(t.words[k].text) for k in group]
    if any(any(p.tag.case not in ("nomn", "accs") for p in r) for r in words) or any(
            "anim" in p.tag for p in words[-1]):
        return
    after = t.word(group[-1] + 1)
    if after is not None and t.plain_gap(after.index) and any(p.tag.POS in ("VERB", "PRTS", "ADJS")
                                                             for p in parses(after.text)):
        return  # «нет заказ не пришёл»: a missing comma after «нет», not a case
    number = words[-1][0].tag.number
    fixed = _inflect_phrase(t, group, "gent")
    _say(t, w.start, t.words[group[-1]].end, phrase("После «нет» то, чего нет, стоит в родительном падеже: "
                                                    "«нет чека», «нет свободных мест»."),
         f"{w.text} {fixed}" if fixed and number else None, found)


def _direction_only(noun) -> bool:
    """The noun after «в» reads only as where things go (the accusative, or the nominative like it), never as where
    they are (the prepositional)."""
    return not any(p.tag.case in ("loct", "loc2") for p in noun) and all(p.tag.case in ("nomn", "accs") for p in noun)


def _say_where(t: Text, v, group: list[int], message: str, found: list[Finding]) -> None:
    """Report «в» + the phrase, offering the phrase in the prepositional."""
    fixed = _inflect_phrase(t, group, "loct")
    _say(t, v.start, t.words[group[-1]].end, message, f"{v.text} {fixed}" if fixed else None, found)


def _where(t: Text, i: int, found: list[Finding]) -> None:
    """«указаны в приложение» → «указаны в приложении»."""
    w, v = t.words[i], t.words[i + 1]
    if v.low not in ("в", "во") or not _lemmas(w.text) & _WHERE:
        return
    group = _group(t, i + 2)
    if group is None or t.words[group[-1]].low in ("течение", "продолжение", "отличие"):
        return  # «перечислены в течение дня»: a preposition of its own
    noun = parses(t.words[group[-1]].text)
    if not _direction_only(noun):
        return
    if {p.normal_form for p in noun} & _WHEN:
        return  # «отметим в пятницу», «разместим в тот же день»: the accusative says when, not where
    if _lemmas(w.text) & {"привести", "приводить"} and {p.normal_form for p in noun} & _INTO_STATE:
        return  # «приводит в исходное положение»: brought into a state, the accusative is right
    _say_where(t, v, group, phrase("Здесь говорится, где что-то находится: нужен предложный падеж — «указано в "
                                   "приложении»."), found)


def _a_verb(word: str) -> bool:
    """«видение», «оплата» are no deeds: only a verb says what is done."""
    return all(p.tag.POS in ("VERB", "INFN") for p in parses(word) if p.score >= 0.05)


# words of possibility or need whose infinitive names the deed: «поменять пароль можно в…», «изменить вы можете в…»
_MODAL = frozenset({"можно", "нужно", "нельзя", "надо", "необходимо", "мочь", "смочь"})
# verbs of going into a place, which take «в» + accusative: «Чтобы сменить тариф зайдите в раздел…» is right even
# where a missing comma lets the parse hang the place on the deed
_GO_INTO = frozenset({"зайти", "заходить", "перейти", "переходить", "войти", "входить", "попасть", "попадать",
                      "вернуться", "возвращаться", "заглянуть", "заглядывать", "прийти", "приходить"})


def _tree_deed(t: Text, noun: int) -> bool:
    """The parse hangs the place on a verb of doing from the list, or on «можно», «можете» whose infinitive is one —
    with the deed's own words between («поменять пароль можно в приложение»)."""
    sent, tok = t.token(noun)
    if tok is None or tok.rel != "obl" or not 0 <= tok.head < len(sent.tokens):
        return False
    if any(_lemmas(x.text) & _GO_INTO for x in sent.tokens):
        return False
    head = sent.tokens[tok.head]
    if _lemmas(head.text) & _DONE_INSIDE and _a_verb(head.text):
        return True
    return bool(_lemmas(head.text) & _MODAL) and any(
        c.rel in ("csubj", "xcomp") and _lemmas(c.text) & _DONE_INSIDE and _a_verb(c.text)
        for c in sent.children(head.index))


def _done_inside(t: Text, i: int, found: list[Finding]) -> None:
    """«Отключить можно в личный кабинет» → «в личном кабинете»: a deed done in the program, not sent to it."""
    v = t.words[i + 1]
    if v.low not in ("в", "во"):
        return
    group = _group(t, i + 2)
    if group is None and t.word(i + 2) is not None and t.words[i + 2].low == "раздел":
        group = [i + 2]  # after «в» it is the noun, though the dictionary also has «раздел» of «раздеть»
    if group is None:
        return
    j = i
    while j > 0 and t.words[j].low in _LIGHT and j > i - 2 and t.plain_gap(j):
        j -= 1
    if not (_lemmas(t.words[j].text) & _DONE_INSIDE and t.plain_gap(j + 1) and _a_verb(t.words[j].text)
            or _tree_deed(t, group[-1])):
        return
    noun = [p for p in parses(t.words[group[-1]].text) if p.tag.POS == "NOUN"]
    if not {p.normal_form for p in noun} & _PROGRAM_PLACES:
        return
    if not _direction_only(noun):
        return
    _say_where(t, v, group, phrase("Здесь говорится, где это делают: нужен предложный падеж — «в приложении», «в "
                                   "личном кабинете»."), found)


# nouns of a response aimed at something, which take «на» + accusative, never «о»: «жалоба на работу», «рецензия на
# фильм» («отзыв о» is right: it tells about)
_AIMED_AT = frozenset({"жалоба", "рецензия", "пародия", "карикатура", "эпиграмма"})


def _complaint(t: Text, i: int, found: list[Finding]) -> None:
    """«жалоба о работе» → «жалоба на работу», «рецензию о новом фильме» → «рецензию на новый фильм»."""
    w, o = t.words[i], t.words[i + 1]
    lemma = next(iter(sorted(_lemmas(w.text) & _AIMED_AT)), None)
    if o.low not in ("о", "об", "обо") or lemma is None:
        return
    group = _group(t, i + 2)
    fixed = _inflect_phrase(t, group, "accs") if group is not None else None
    end = t.words[group[-1]].end if group is not None else o.end
    _say(t, w.start, end, phrase("«{word}» — на что, а не о чём: «жалоба на работу курьера», «рецензия на фильм».",
                                 word=lemma.capitalize()),
         f"{w.text} на {fixed}" if fixed else None, found)


def _pay_for(t: Text, i: int, found: list[Finding]) -> None:
    """«заплатить заказ» → «заплатить за заказ»."""
    w = t.words[i]
    if not _lemmas(w.text) & {"заплатить", "платить"} or any(p.tag.POS not in ("VERB", "INFN") for p in parses(w.text)):
        return
    group = _group(t, i + 1)
    if group is None:
        return
    noun = parses(t.words[group[-1]].text)
    if not any(p.normal_form in _PURCHASES and p.tag.case == "accs" for p in noun):
        return
    _say(t, w.start, t.words[group[-1]].end, phrase("«Заплатить» — за что: «заплатить за заказ»; без «за» — "
                                                    "«оплатить заказ»."),
         f"{w.text} за {t.text[t.words[i + 1].start:t.words[group[-1]].end]}", found)


def _attention_to(t: Text, i: int, found: list[Finding]) -> None:
    """«уделяет большое внимание на детали» → «внимание деталям»: «уделять внимание» — чему, без «на»
    (that is «обращать внимание на»)."""
    w = t.words[i]
    if not _lemmas(w.text) & {"уделить", "уделять"}:
        return
    k = i + 1
    # «уделять много внимания на»: after a word of amount the noun is in the genitive, the slip the same
    while k < min(i + 4, len(t.words)) and t.plain_gap(k) and t.words[k].low not in ("внимание", "внимания"):
        k += 1
    na = t.word(k + 1)
    if k >= len(t.words) or t.words[k].low not in ("внимание", "внимания") or na is None or na.low != "на" or not t.plain_gap(k + 1):
        return
    group = _group(t, k + 2)
    if group is None:
        return
    fixed = _inflect_phrase(t, group, "datv")
    _say(t, w.start, t.words[group[-1]].end,
         phrase("«Уделять внимание» — чему, без «на»: «уделять внимание деталям»; «на» — после «обращать внимание»."),
         f"{t.text[w.start:t.words[k].end]} {fixed}" if fixed else None, found)


# set phrases of a verb and its noun in the accusative: (verb lemmas, the noun as it must be written)
_SET_ACCUSATIVE = (
    (frozenset({"обратить", "обращать", "уделить", "уделять"}), "внимание"),
    (frozenset({"принять", "принимать"}), "участие"),
    (frozenset({"оказать", "оказывать"}), "влияние"),
)
# «не имеет значения», «не имеем отношения»: under «не» these take the genitive
_SET_GENITIVE = (frozenset({"иметь"}), frozenset({"значение", "отношение"}))


def _negated(t: Text, i: int) -> bool:
    """«не» before word i, up to three words back in its clause («не стал обращать внимания»)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if t.words[k].low == "не":
            return True
        if not t.plain_gap(k + 1):
            return False
    return False


def _set_phrase(t: Text, i: int, found: list[Finding]) -> None:
    """«обратить внимания» → «обратить внимание», «принять участия» → «принять участие», «принять во
    внимания» → «во внимание»; «не имеем отношение» → «не имеем отношения». The genitive after a verb
    with «не» is right for the first ones («не обращайте внимания»), so they are left alone there."""
    w, n = t.words[i], t.words[i + 1]
    if w.low == "во" and n.low == "внимания":  # «принять (пожелания) во внимание»: the verb may stand apart
        _say(t, w.start, n.end, phrase("«Принять во внимание» — в винительном падеже."), f"{w.text} внимание", found)
        return
    verb = [p for p in parses(w.text) if p.score >= 0.05]
    if not verb or any(p.tag.POS not in ("VERB", "INFN") for p in verb):
        return
    lemmas = {p.normal_form for p in verb}
    if lemmas & _SET_GENITIVE[0] and _negated(t, i) and n.low in _SET_GENITIVE[1]:
        fixed = {f.word for p in parses(n.text) if (f := p.inflect({"gent", "sing"})) is not None}
        _say(t, w.start, n.end, phrase("«Не иметь» — чего: «не имеет значения», «не имеем отношения к рассылке»."),
             f"{w.text} {fixed.pop()}" if len(fixed) == 1 else None, found)
        return
    wanted = next((form for verbs, form in _SET_ACCUSATIVE if lemmas & verbs), None)
    if wanted is None or _negated(t, i):
        return
    if n.low == wanted or not n.low.startswith(wanted[:-1]):
        return
    _say(t, w.start, n.end, phrase("Это устойчивое сочетание, в нём существительное стоит в винительном падеже: "
                                    "«обратить внимание», «принять участие», «принять во внимание»."),
         t.text[w.start:n.start] + match_case(n.text, wanted), found)


def check(t: Text) -> list[Finding]:
    found: list[Finding] = []
    for i in range(len(t.words) - 1):
        if not t.plain_gap(i + 1):
            continue
        for rule in (_thanks_for, _person_in_accusative, _person_after_verb, _person_in_dative, _answer_on, _with_instrumental, _about_twice, _v_tom, _no_what, _where, _done_inside,
                     _complaint, _pay_for, _set_phrase, _attention_to):
            rule(t, i, found)
    return found
