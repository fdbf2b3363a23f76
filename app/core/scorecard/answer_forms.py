"""Forms of an answer, and of a non-answer, that the solution judge reads besides steps and time frames.

- A request for what the customer already gave («Заказ 48213 не пришёл» — «Уточните номер заказа») is no step: the
  customer is asked to repeat himself and the operator has done nothing.
- «Какие оценки у Пети?» — «У Пети пятёрки по математике»: a question that asks which values a thing has is
  answered by a sentence without a verb of its own that names them.
- «Где кнопка?» — «справа вверху, над таблицей»: a place told in words, not as a path through the interface.
- «Порядок возврата описан на сайте», «Кстати, оформите нашу карту»: where to read the answer, and an offer put as
  an aside, are no answer.
- «Ваш запрос зарегистрирован и будет рассмотрен в течение суток»: what happens to the request is no step on the
  matter, whatever its time; nor does «уже» time a work that is only under way («они уже разбираются»), nor is the
  operator's own question («Для чего вам нужен БИК?») an answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.can_for_how import can_for_how
from app.core.scorecard.card import Span
from app.core.scorecard.choice import choice_made
from app.core.scorecard.passive_deeds import done_as_asked
from app.core.scorecard.questions import asks_how, content, questions, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import CLAUSE_RE, clause_at
from app.core.scorecard.words import PART_RE, Token, find_phrases, is_number, message_sentences, tokenize

# Verbs that ask the customer to tell or send something.
_ASK_FOR = frozenset({"подсказать", "написать", "сообщить", "уточнить", "прислать", "указать", "назвать", "отправить",
                      "продиктовать", "скинуть", "предоставить", "выслать", "напомнить"})


def asked_again(r: Reply) -> list[Span]:
    """The operator's requests («уточните», «пришлите», «напишите») for a thing the customer already gave with its
    value: a noun the customer wrote right before a figure («заказ 48213», «договор № 17»)."""
    given = {x for tok in _valued(r) for x in tok.lemmas}
    if not given:
        return []
    found = []
    for start in {s[0] for s in r.imperatives[0]}:
        idx = next((i for i, t in enumerate(r.tokens) if t.start == start), None)
        if idx is None or not r.tokens[idx].lemmas & _ASK_FOR:
            continue
        sentence_start, sentence_end = r.sentence_at(start)
        # «подключите услугу командой *111*5# и отправьте номер в ответном СМС»: a step of a procedure the customer
        # follows (an imperative of another kind before it in the sentence), not the operator asking again
        if any(s[0] < start and sentence_start <= s[0] and not r.tokens[i].lemmas & _ASK_FOR
               for s in r.imperatives[0] for i, t in enumerate(r.tokens) if t.start == s[0]):
            continue
        objects = [t for t in r.tokens[idx + 1:idx + 5] if t.start < sentence_end and t.tag.startswith("NOUN")]
        # «уточните номер заказа»: the number of the order, named by either noun
        if objects and any(t.lemmas & given for t in objects) \
                and not any(is_number(t) for t in r.tokens[idx + 1:idx + 6] if t.start < sentence_end):
            found.append((r.tokens[idx].start, r.tokens[idx].end - r.tokens[idx].start))
    return found


def _valued(r: Reply) -> list[Token]:
    """The customer's nouns given with their value: a figure right after the noun («заказ 48213», «номер 8 925…»), or
    after one mark of a code («дело У-60412») — not a figure of another word: «карту для сына, ему 12» gives the son's
    age, «такси за 4 500 рублей» the fare, «с карты списали 15 000» a sum (a stop, a preposition, a pronoun or a verb
    between)."""
    mine, text = r.customer_tokens, "\n".join(r.customer_messages)
    found = []
    for i, tok in enumerate(mine):
        if not tok.tag.startswith("NOUN"):
            continue
        at = next((k for k in range(i + 1, min(i + 3, len(mine))) if is_number(mine[k])), None)
        if at is None or re.search(r"[,.;!?…()\n]", text[tok.end:mine[at].start]) or any(
                t.tag.startswith(("PREP", "NPRO", "VERB", "INFN", "PRTS", "CONJ")) for t in mine[i + 1:at]):
            continue
        found.append(tok)
    return found


_WHICH = frozenset({"какой", "каков"})
_NO_VALUE = frozenset({"быть", "есть", "являться"})


def values_named(r: Reply, aside: list[Span]) -> list[Span]:
    """«Какие оценки у Пети Смирнова?» — «У Пети за четверть пятёрки по математике и четвёрки по русскому»: to a
    «какой / какие …?» question, a sentence that takes up a word of the question other than the asked noun, has no
    verb of its own (it names, it does not tell what will happen) and adds at least two nouns the customer did not
    write. To «какой взять — A или B?», the sentence that picks one («Вам лучше «Стандарт»»: choice.py)."""
    picked = choice_made(r, aside)
    if picked:
        return picked
    asked = [q for q in questions(r) + _told_questions(r) if any(t.lemmas & _WHICH for t in tokenize(q)[:4])]
    if not asked:
        return []
    theirs = r.customer_lemmas
    found = []
    for q in asked:
        words = tokenize(q)
        at = next(i for i, t in enumerate(words) if t.lemmas & _WHICH)
        asked_noun = next((t for t in words[at + 1:at + 3] if t.tag.startswith("NOUN")), None)
        around = {x for w, lemmas in content(words).items() if asked_noun is None or w != asked_noun.lower
                  for x in lemmas}
        for start, end in r.sentences:
            if any(a[0] <= start < a[1] for a in aside):
                continue
            said = r.tokens_in(start, end)
            if any(t.tag.startswith(("VERB", "INFN", "PRTS")) and not t.lemmas & _NO_VALUE for t in said):
                continue
            new = [t for t in said if t.tag.startswith("NOUN") and not t.lemmas & theirs]
            if len(new) >= 2 and any(t.lemmas & around for t in said):
                found.append((start, end - start))
    return found


def identifier_named(r: Reply, aside: list[Span]) -> list[Span]:
    """«Какой у вас ИНН?» — «ИНН компании — 7701234567»; «какой номер брони?» — «номер брони TRV-40617»: to a
    «какой …?» question, a statement that takes up the question's word and gives a number or a code (three digits
    or more) the customer did not write — the identifier asked for, which by itself answers nothing else. So does
    «Подскажите БИК и корр. счёт» — «БИК — 044525974»: a request to tell a thing named first, answered by a statement
    that names that thing with its code."""
    asked = [q for q in questions(r) + _told_questions(r) if any(t.lemmas & _WHICH for t in tokenize(q)[:4])]
    named = [q for q in _told_questions(r) if (words := tokenize(q)) and (
        words[0].tag.startswith(("NOUN", "UNKN", "LATN")) or len(words[0].text) > 1 and words[0].text.isupper())]
    theirs = {t.lower for t in r.customer_tokens}
    mine = "\n".join(r.customer_messages)
    found = []
    for q in asked + named:
        words = set().union(*content(tokenize(q)).values()) if content(tokenize(q)) else set()
        if q in named and q not in asked:
            words = set(tokenize(q)[0].lemmas) | {tokenize(q)[0].lower}  # «ОКПО», an abbreviation read as anything
        for start, end in r.sentences:
            if any(a[0] <= start < a[1] for a in aside) or r.text[start:end].rstrip().endswith("?"):
                continue
            said = r.tokens_in(start, end)
            # not a code to dial («наберите *100#»): it tells where to look, not the value
            codes = [t for t in said if len(re.sub(r"\D", "", t.text)) >= 3 and t.lower not in theirs
                     and r.text[t.start - 1:t.start] != "*" and r.text[t.end:t.end + 1] != "#"]
            # «зарегистрирован на oleg@mail.example»: an address is a value as a number is
            codes += [m for m in _ADDRESS_RE.finditer(r.text) if start <= m.start() < end and m.group() not in mine]
            if codes and any(t.lemmas & words for t in said):
                at = codes[0]
                found.append((at.start, at.end - at.start) if isinstance(at, Token) else (at.start(), at.end() - at.start()))
    return found


_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _told_questions(r: Reply) -> list[str]:
    """«Скажите, какие оценки у Пети…»: a question put as a request to tell, without «?»."""
    return [m.group(1) for message in r.customer_messages
            for m in re.finditer(r"(?:скажите|подскажите|сообщите|напишите),?\s+([^.!?…\n]+)", message, re.I)]


# Words that say where a thing is on the screen or in a room.
_SPOTS = frozenset({"справа", "слева", "сверху", "снизу", "вверху", "внизу", "наверху", "посередине", "посредине",
                    "правый", "левый", "верхний", "нижний", "угол", "рядом", "над", "под", "возле", "напротив"})


def spot_told(r: Reply, aside: list[Span]) -> list[Span]:
    """«Где кнопка экспорта?» — «справа вверху, над таблицей»: a place told in words of where (two of them, or one
    with a noun of the customer's: «в правом верхнем углу», «над таблицей отчёта»)."""
    theirs = r.customer_lemmas
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside):
            continue
        said = r.tokens_in(start, end)
        spots = [t for t in said if t.lemmas & _SPOTS]
        if len(spots) >= 2 or spots and any(t.lemmas & theirs and t.tag.startswith("NOUN") for t in said):
            return [(spots[0].start, spots[-1].end - spots[0].start)]
    return []


# Past deeds that change nothing for the customer: looking, learning, receiving, passing on.
_NOT_DEEDS = frozenset({"получить", "увидеть", "понять", "проверить", "посмотреть", "изучить", "узнать", "заметить",
                        "принять", "зарегистрировать", "зафиксировать", "уточнить", "обратить", "прочитать",
                        "разобраться", "выяснить", "сообщить", "написать", "ответить", "подумать", "решить",
                        "передать", "направить", "переслать", "перенаправить", "эскалировать", "постараться",
                        "попытаться", "попробовать", "хотеть", "захотеть", "мочь", "смочь", "начать", "стать"})


# Sending the question on is passing it too: a request sent, or a note written to a colleague.
_SENT_ON = frozenset({"отправить", "написать", "переслать", "сообщить", "напомнить"})  # «сообщили о сбое инженерам»
_REQUESTS = frozenset({"запрос", "обращение", "заявка", "вопрос", "жалоба", "претензия"})


def sent_on(tokens: Sequence[Token], idx: int) -> bool:
    """«отправила запрос в отдел операций», «написала куратору потока», «сообщили о нём инженерам»: the work is passed
    on, not done — the answer is still to come, and needs a time like any promise."""
    return bool(tokens[idx].lemmas & _SENT_ON) and any(
        t.lemmas & _REQUESTS or t.tag.startswith("NOUN") and "anim" in t.tag and "datv" in t.tag
        for t in tokens[idx + 1:idx + 4])


def deeds(r: Reply, aside: list[Span]) -> list[Span]:
    """«я привязала файл к заданию», «мы продлили доступ»: a perfective past verb with «я» or «мы» as its subject —
    the operator has done something, whatever verb names it (not only those of the word list). Looking, receiving
    and passing on («я проверила», «мы получили», «передала в отдел») are no deed."""
    found = []
    for i, tok in enumerate(r.tokens):
        if tok.tag.startswith("PRTS") and not tok.lemmas & _NOT_DEEDS and done_as_asked(r, i) \
                and not any(a[0] <= tok.start < a[1] for a in aside):
            found.append((tok.start, tok.end - tok.start))  # «Лимит поднят до 300 000»: what was asked about, done
            continue
        if not tok.tag.startswith("VERB") or "perf" not in tok.tag or "past" not in tok.tag \
                or tok.lemmas & _NOT_DEEDS or sent_on(r.tokens, i) or any(a[0] <= tok.start < a[1] for a in aside):
            continue
        before = r.tokens[max(0, i - 2):i]
        if any(t.lower in ("я", "мы") and not re.search(r"[.!?…\n]", r.text[t.end:tok.start]) for t in before) \
                and not any(t.lower in ("не", "чтобы", "если") for t in r.tokens[max(0, i - 3):i]):
            found.append((tok.start, tok.end - tok.start))
    return found


def deeds_beside(r: Reply, promised: Sequence[tuple[int, int]]) -> list[Span]:
    """«Возврат оформлен, гарантирую, что деньги придут сегодня»: the deed («оформлен», a perfective short passive)
    told in the sentence of a promise, ahead of it, stays a deed once the promised time is set aside."""
    return [(t.start, t.end - t.start) for t in r.tokens
            if t.tag.startswith("PRTS") and "perf" in t.tag and "pssv" in t.tag and not t.lemmas & _NOT_DEEDS
            and any(s <= t.start < p[0] < e for s, e in r.sentences for p in promised)
            and not any(p[0] <= t.start < p[1] for p in promised)]


_YES_WORDS = frozenset({"да", "конечно", "разумеется"})
_CALMING = frozenset({"переживать", "волноваться", "беспокоиться", "сомневаться", "бояться"})


def vouched_yes(r: Reply, promised: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """«Да, обязательно появится, гарантирую…», «Не волнуйтесь, ипотеку вам точно одобрят» to «появится ли?»,
    «одобрят?»: a sentence of a promise opening with a yes or a «не волнуйтесь» vouches for an outcome and answers
    nothing. To «можно ли…?» the yes tells what is allowed and stands («Конечно, рассрочку вам одобрят точно»)."""
    if any(t.lower in ("можно", "могу", "можем") for t in r.customer_tokens):
        return []
    found = []
    for s, e in r.sentences:
        words = r.tokens_in(s, e)[:2]
        if any(s <= p[0] < e for p in promised) and words and (
                words[0].lower in _YES_WORDS or words[0].lower == "не" and len(words) > 1
                and words[1].lemmas & _CALMING):
            found.append((s, e))
    return found


# «Порядок возврата описан на сайте в разделе «Помощь»», «часы работы указаны на карте в приложении»: where to read
# the answer is no answer — unless the sentence gives a figure itself.
_WRITTEN = frozenset({"описать", "указать", "опубликовать", "перечислить", "прописать", "разместить", "изложить",
                      "выложить"})
_READ_AT = frozenset({"сайт", "раздел", "приложение", "кабинет", "страница", "карта", "база", "новость", "договор",
                      "правило", "инструкция", "условие", "оферта", "аккаунт", "профиль"})


def pointers(r: Reply, where_asked: bool = True) -> list[Span]:
    if where_asked and any(t.lower in ("где", "куда") for q in questions(r) for t in tokenize(q)):
        return []  # «где посмотреть расписание?» is answered by where
    found = []
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        written = any(t.tag.startswith("PRTS") and t.lemmas & _WRITTEN for t in words) or _told_there(words)
        if written and any(t.lemmas & _READ_AT for t in words) and not any(is_number(t) for t in words) \
                and not re.search(r"https?://|www\.|\.ru\b|\.com\b", r.text[start:end]):
            found.append((start, end - start))
    return found


# «Информация о сертификатах есть в разделе «Вопросы»», «подробности — на странице тарифа»: a word for what is
# written about the matter, said to be there
_WRITINGS = frozenset({"информация", "подробность", "сведения", "описание", "инструкция", "правило", "условие"})


def _told_there(words: list) -> bool:
    """The sentence opens on a word for writings and says only that they are somewhere («есть», «находятся»,
    «доступны»): no other verb tells anything of the customer's matter."""
    return bool(words) and bool(words[0].lemmas & _WRITINGS) \
        and any(t.lower in _ARE_THERE for t in words) \
        and not any(t.tag.startswith(("VERB", "INFN")) and t.lower not in _ARE_THERE for t in words)


_ARE_THERE = frozenset({"есть", "находится", "находятся", "имеется", "имеются", "доступна", "доступны", "доступно"})


# «Кстати, с нашей премиальной картой…»: an aside that offers something else, and the offer that follows it.
_OFFERING = frozenset({"оформить", "подключить", "купить", "попробовать", "перейти", "заказать", "приобрести"})
_PROMO = frozenset({"скидка", "балл", "бонус", "акция", "подарок", "распродажа", "предложение", "кешбэк", "промокод"})


def digressions(r: Reply) -> list[Span]:
    found = []
    for n, (start, end) in enumerate(r.sentences):
        words = r.tokens_in(start, end)
        if not words or words[0].lower != "кстати":
            continue
        nxt = r.sentences[n + 1] if n + 1 < len(r.sentences) else (end, end)
        offer = r.tokens_in(start, nxt[1])
        if not any(t.lemmas & (_OFFERING | _PROMO) or t.lower.startswith(("бесплатн", "выгодн")) for t in offer) \
                and not find_phrases(offer, r.lex.adverts, gap=1):
            continue  # «Кстати, деньги уже вернулись на карту» is news, not an offer
        found.append((start, end - start))
        if any(t.lemmas & _OFFERING for t in r.tokens_in(nxt[0], nxt[1])):
            found.append((nxt[0], nxt[1] - nxt[0]))
    return found


_WRITE_BACK = frozenset({"написать", "сообщить", "обратиться", "связаться", "позвонить", "дать"})
_NOTHING_MORE = frozenset({"пожалуйста", "нам", "мне", "сюда", "снова", "еще", "ещё", "знать", "в", "чат"})


def bare_fallback(r: Reply, span: Span) -> bool:
    """«Если не найдёте, напишите.»: the customer may write back if the problem stays — an invitation, no step. With
    what the operator will then do («…напишите — я открою розыск») it is one."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _WRITE_BACK:
        return False
    start, end = r.sentence_at(span[0])
    words = r.tokens_in(start, end)
    after = [t for t in r.tokens[idx + 1:] if t.start < end and t.lower not in _NOTHING_MORE]
    return bool(words) and words[0].lower == "если" and not after


_LOOK = frozenset({"проверить", "посмотреть", "отследить", "найти", "поискать", "глянуть", "свериться"})
# Where the company's own records are shown to the customer.
_RECORDS = frozenset({"кабинет", "приложение", "сайт", "раздел", "профиль", "аккаунт"})


def sent_to_look(r: Reply, span: Span) -> bool:
    """«Проверьте заказ 90127 в личном кабинете», «статус посмотрите в приложении»: the customer is sent to look up
    what the operator can see and tell — no step, unless the customer asked where or how to find it. «Проверьте
    папку «Спам»» sends the customer to what only he can see, and stays a step."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _LOOK:
        return False
    if asks_how(r) or any(t.lower in ("где", "куда") for q in questions(r) for t in tokenize(q)):
        return False
    clause = next((m for m in re.finditer(r"[^.!?…\n;:]+", r.text) if m.start() <= span[0] < m.end()), None)
    return clause is not None and any(t.lemmas & _RECORDS for t in r.tokens_in(clause.start(), clause.end()))


# Where something is done, named without the way through it.
_PLACES = frozenset({"кабинет", "приложение", "сайт", "раздел", "профиль", "аккаунт", "настройка", "меню", "отчёт",
                     "отчет", "офис", "отделение", "страница", "личный", "там", "тут", "здесь"})
_SEEING = frozenset({"увидеть", "видеть", "найти", "посмотреть", "глянуть", "разобраться", "понять", "всё", "весь"})


def bare_place(r: Reply, span: Span) -> bool:
    """«Оформить возврат можно в личном кабинете», «Посмотрите в настройках» to «Как это сделать?»: only the place
    is named — no path («Заказы» → «Вернуть»), no thing to do there besides what the customer already said."""
    if not asks_how(r):
        return False
    clause = next((m for m in re.finditer(r"[^.!?…\n;:]+", r.text) if m.start() <= span[0] < m.end()), None)
    if clause is None or re.search(r"[«\"→]|https?://|www\.", clause.group()):
        return False
    theirs = r.customer_lemmas
    words = [t for t in r.tokens_in(clause.start(), clause.end()) if t.start != span[0]]
    # the step's own object («Оформить возврат») names the doing, not the way
    at = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), -1)
    doing = r.tokens[at + 1] if 0 <= at < len(r.tokens) - 1 and r.tokens[at + 1].tag.startswith("NOUN") else None
    rest = [w for w, lemmas in content([t for t in words if t is not doing and "Name" not in t.tag]).items()
            if not lemmas & (theirs | _PLACES | _SEEING)]  # nor is the customer's name
    return not rest and any(t.lemmas & _PLACES for t in words) and not any(is_number(t) for t in words)


_YES_NO_OPENERS = frozenset({"да", "нет", "конечно"})
_ASKED_WHAT = frozenset({"когда", "сколько", "где", "куда", "откуда", "почему", "зачем", "как", "какой", "кто", "чей",
                         "можно", "ли"})


def yes_said_back(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Доставляете в Кудрово?» — «Да, доставляем»: a question about what the company does (its verb in the second
    person plural, no question word, no «можно») is answered in full by a yes or a no that says the verb back in the
    first person plural («Нет, по субботам не работаем») — there is nothing more the customer needs to know."""
    verbs = [t for q in questions(r) for t in tokenize(q)
             if not any(w.lower in _ASKED_WHAT for w in tokenize(q))
             and t.tag.startswith("VERB") and "2per" in t.tag and "plur" in t.tag and "impr" not in t.tag]
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        if not words or words[0].lower not in _YES_NO_OPENERS or any(a[0] <= start < a[1] for a in aside):
            continue
        back = next((t for t in words[1:] if "1per" in t.tag and "plur" in t.tag
                     and any(t.lemmas & v.lemmas for v in verbs)), None)
        if back is not None:
            return [(back.start, back.end - back.start)]
    return []


_BARE_YES = frozenset({"да", "нет", "конечно", "можно", "нельзя", "разумеется"})


def bare_can(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Можно оплатить обучение в рассрочку?» — «Да, можно.», and nothing more about the instalments: the customer
    asked to do something and now has to ask how. Found when a sentence of yes-words alone is all the reply says to
    a «можно …?» question — no other sentence takes up any word of that question."""
    bare = [(s, e) for s, e in r.sentences
            if (words := r.tokens_in(s, e)) and all(t.lower in _BARE_YES for t in words)
            and any(t.lower == "можно" for t in words)]
    if not bare:
        return can_for_how(r, aside)  # «Как поменять?» — «поменять можно, это бесплатно»
    said: set[str] = set()
    for s, e in r.sentences:
        if (s, e) in bare or any(a[0] <= s < a[1] for a in aside):
            continue
        for lemmas in content(r.tokens_in(s, e)).values():
            said |= lemmas | {x[:5] for x in lemmas if len(x) >= 6}
    for q in questions(r):
        words = tokenize(q)
        at = next((i for i, t in enumerate(words) if t.lower == "можно"), None)
        if at is None or any(t.lower in _ASKED_WHAT - {"можно", "ли"} for t in words[:at]) \
                or not any(t.tag.startswith("INFN") for t in words[at + 1:at + 5]):
            continue
        asked = [lemmas for w, lemmas in content(words).items() if w != "можно"]
        if asked and not any(touched(lemmas, said) for lemmas in asked):
            last = r.tokens_in(bare[0][0], bare[0][1])[-1]
            return [(bare[0][0], last.end - bare[0][0])]
    return []


# Words by which the customer says a thing was tried before: «уже перезагружал», «три раза перезагружал».
# what tells that a step was taken before: «уже», «три раза», «пробовала», or that it did not help: «не помогло»,
# «заново», «снова», «опять», «бесполезно»
_BEFORE_RE = re.compile(r"(?i)\bуже\b|\bраза?\b|\bнесколько\b|\bпробовал|\bне помогл|\bзаново\b|\bснова\b|\bопять\b"
                        r"|\bповторно\b|\bбезрезультатно\b|\bбесполезно\b|\bбез толку\b")
# a step that only leads in what to do: «Попробуйте переустановить…», «Рекомендуем перезагрузить…»
_LEAD_INS = frozenset({"попробовать", "пробовать", "рекомендовать", "советовать", "стоить", "нужно", "надо"})


def tried_already(r: Reply, span: Span) -> bool:
    """«Перезагрузите роутер» to «роутер уже три раза перезагружал»: the step is what the customer says they have
    already done (a past verb of the same stem, with «уже», «… раз», «несколько», «не помогло», «заново») — no step
    for them. A lead-in («Попробуйте переустановить приложение и перезагрузить телефон») is judged by what it leads
    to: every verb it names must have been tried."""
    i = next((k for k, t in enumerate(r.tokens) if t.start == span[0]), None)
    if i is None:
        return False
    verbs = [r.tokens[i]]
    if r.tokens[i].lemmas & _LEAD_INS:
        clause = clause_at(r.text, span[0])
        end = clause[1] if clause else len(r.text)
        verbs = [t for t in r.tokens[i + 1:] if t.start < end and t.tag.startswith("INFN")] or verbs
    tried = set()
    for message in r.customer_messages:
        for chunk in message_sentences(message):
            if _BEFORE_RE.search(chunk):
                tried |= {x[:7] for t in tokenize(chunk) if "past" in t.tag for x in t.lemmas if len(x) >= 7}
    return all({x[:7] for x in v.lemmas if len(x) >= 7} & tried for v in verbs)


# What is done to a request as such — taken in, registered, considered, passed on — and not to the customer's matter.
_PROCESSED = frozenset({"принять", "зарегистрировать", "рассмотреть", "обработать", "передать", "направить",
                        "получить", "взять"})


def request_processed(r: Reply) -> list[Span]:
    """«Ваш запрос зарегистрирован и будет рассмотрен в течение 24 часов», «Обращение передано в отдел»: a request
    (запрос, обращение, заявка…) and a passive participle of its processing in one clause — the template's shape: its
    time is the queue's, not the answer's. The span runs from the noun to the last such participle."""
    found = []
    for m in CLAUSE_RE.finditer(r.text):
        words = r.tokens_in(m.start(), m.end())
        nouns = [t for t in words if t.tag.startswith("NOUN") and t.lemmas & _REQUESTS]
        done = [t for t in words if t.tag.startswith(("PRTS", "PRTF")) and t.lemmas & _PROCESSED]
        if nouns and done:
            start = min(nouns[0].start, done[0].start)
            end = max(t.end for t in nouns[:1] + done)
            found.append((start, end - start))
    return found


def under_way(r: Reply, frame: Span) -> bool:
    """«Разработчики уже разбираются», «мы уже проверяем»: «уже» by people's verb in the present imperfective says
    the work has begun, not when it ends — unlike «уже вернули», «уже в пути», or a thing that «уже работает»."""
    if r.text[frame[0]:frame[0] + frame[1]].lower() != "уже":
        return False
    part = r.part_at(frame[0])
    words = r.tokens_in(part[0], part[1]) if part else []
    people = any(t.lower in ("я", "мы", "они") or t.tag.startswith("NOUN") and "anim" in t.tag and "nomn" in t.tag
                 for t in words)
    return people and any(t.tag.startswith("VERB") and "pres" in t.tag and "impf" in t.tag for t in words) and not any(
        t.tag.startswith("PRTS") or t.tag.startswith("VERB") and "past" in t.tag and "perf" in t.tag for t in words)


def asked_back(r: Reply, span: Span) -> bool:
    """«А для какой цели вам нужен БИК?»: a word said in the operator's own question asks, it tells nothing — not a
    button's name in quotes («Забыли пароль?»)."""
    for start, end in r.sentences:
        if start <= span[0] < end:
            return r.text[start:end].rstrip().endswith("?") and r.text[end:end + 1] not in ("»", '"', "“", "”")
    return False


def owner_named(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Можно узнать, чей это номер?» — «Это номер нашей службы доставки»; «Кто мне звонил?» — «Это звонил наш
    курьер»: to «чей …?» a statement that takes up the asked noun and names its owner after it, in the genitive
    («службы», «банка-партнёра»); to «кто …?» one that opens with «это» and names who, a living noun in the
    nominative — either not written by the customer. Natasha's names catch people and firms; these are told as
    nouns."""
    asked = [tokenize(q) for q in questions(r) + _told_questions(r)]
    whose = [q for q in asked if any(t.lower in ("чей", "чья", "чьё", "чьи") for t in q)]
    who = [q for q in asked if any(t.lower == "кто" for t in q)]
    if not whose and not who:
        return []
    theirs = r.customer_lemmas
    nouns = {x for q in whose for t in q if t.tag.startswith("NOUN") for x in t.lemmas}
    for start, end in r.sentences:
        if any(a[0] <= start < a[1] for a in aside) or r.text[start:end].rstrip().endswith("?"):
            continue
        said = r.tokens_in(start, end)
        for i, t in enumerate(said[:-1]):
            owner = said[i + 1]
            if t.lemmas & nouns and owner.tag.startswith(("NOUN", "ADJF")) and "gent" in owner.tag \
                    and not owner.lemmas & theirs:
                last = i + 1  # «номер нашей службы доставки»: the owner's whole name, in the genitive
                while last + 1 < len(said) and "gent" in said[last + 1].tag:
                    last += 1
                return [(t.start, said[last].end - t.start)]
        if who and said and said[0].lower == "это" and any(
                t.tag.startswith("NOUN") and "anim" in t.tag and "nomn" in t.tag and not t.lemmas & theirs
                for t in said[1:5]):
            return [(said[0].start, said[min(4, len(said)) - 1].end - said[0].start)]
    return []


# Being there for the customer to use: «доступна», «открыт», «готов к выдаче».
_AVAILABLE = frozenset({"доступный", "открытый", "открыть", "готовый"})
# What puts it off or narrows it: «будет доступна», «после проверки», «только для…», «пока не…».
_NOT_YET = frozenset({"будет", "будут", "станет", "станут", "после", "когда", "если", "только", "лишь", "пока", "скоро",
                      "не"})


def available_now(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Пропустила вебинар» — «Запись вебинара доступна в личном кабинете»; «Заказ собрали?» — «Заказ готов к
    выдаче»: what the customer wrote of (one of their nouns) is there for them to use now — a short adjective or
    participle of being available, open or ready, in the present, with no «будет», condition or «только». The customer
    can take it up at once: no time is needed."""
    # «онлайн-лекция» is a lecture: the last part of a compound names the thing
    theirs = {y for t in r.customer_tokens if t.tag.startswith("NOUN") for x in t.lemmas
              for y in (x, x.split("-")[-1])}
    for m in PART_RE.finditer(r.text):
        if any(a[0] <= m.start() < a[1] for a in aside) or any(
                s <= m.start() < e and r.text[s:e].rstrip().endswith("?") for s, e in r.sentences):
            continue
        words = r.tokens_in(m.start(), m.end())
        short = next((t for t in words if t.tag.startswith(("ADJS", "PRTS")) and t.lemmas & _AVAILABLE), None)
        if short is not None and not any(t.lower in _NOT_YET for t in words) \
                and any(t.tag.startswith("NOUN") and t.lemmas & theirs for t in words):
            return [(short.start, short.end - short.start)]
    return []
