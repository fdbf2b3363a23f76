"""What counts as a step the customer is given, and what only looks like one.

An imperative is a step («Откройте «Заказы» → «Вернуть»»), and so are steps told in the present to someone at the
screen («Открываете приложение, дальше «Платежи»»). Not a step: an imperative in a question back («Подскажите номер
заказа?»), the customer sent to look again («проверьте ещё раз внимательно») or to do the operator's work alone
(«проверьте сами»), sent elsewhere without where exactly and with what («Обратитесь в аэропорт, там вам помогут»).
"""

from __future__ import annotations

import re

from app.core.scorecard.card import Span
from app.core.scorecard.follow_up import PLACES
from app.core.scorecard.how_doing import way_to_another
from app.core.scorecard.quoted_bids import only_quoted
from app.core.scorecard.reply import Reply
from app.core.scorecard.text_spans import span_at
from app.core.scorecard.words import Token, edit_distance, find_phrases, is_number, morph, normal_form, tokenize

# A link or a path through the interface is an answer to «где?»: «docs.example.ru/webhooks», «Настройки → Тариф».
WHERE_RE = re.compile(r"https?://\S+|www\.\S+|\b[\w.-]+\.(?:ru|com|рф|org|net|io)\b(?:/\S*)?|[→>]\s*«|»\s*[→>]"
                       r"|\w\s*→\s*\w"
                       r"|(?i:раздел\w*|пол[еяю]|вкладк\w*|меню|кнопк\w*|пункт\w*|экран\w*|ссылк\w*)\s+«")
# A clause runs to the next stop, colon, semicolon or dash — but a time or a date («до 12:00», «12.03») is no border.
CLAUSE_RE = re.compile(r"(?:[^.!?…\n:;—–]|(?<=\d)[:.](?=\d))+")


def clause_at(text: str, pos: int) -> tuple[int, int] | None:
    """The clause holding ``pos``: between stops, colons, semicolons and dashes (a time's «10:30» stays whole)."""
    return span_at(CLAUSE_RE, text, pos)

_RECHECK = frozenset({"проверить", "посмотреть", "перепроверить", "поискать", "пересмотреть"})


def look_again(r: Reply, span: Span) -> bool:
    """«Проверьте, пожалуйста, ещё раз», «посмотрите внимательнее»: the customer sent to look again — the problem
    handed back, no step."""
    tok = next((t for t in r.tokens if t.start == span[0]), None)
    if tok is None or not tok.lemmas & _RECHECK:
        return False
    clause = clause_at(r.text, span[0])
    near = [t.lower for t in r.tokens_in(clause[0], clause[1])] if clause else []
    return any(w in ("повторно", "внимательно", "внимательнее") for w in near) or \
        any(a == "еще" and b == "раз" for a, b in zip(near, near[1:]))


def on_your_own(r: Reply, span: Span) -> bool:
    """«Проверьте сами», «договоритесь с ним сами»: the operator's work handed to the customer, no step."""
    clause = clause_at(r.text, span[0])
    return clause is not None and any(t.lower in ("сами", "самостоятельно") and clause[0] <= t.start < clause[1]
                                      and t.start > span[0] for t in r.tokens)


_GOING = frozenset({"прийти", "приходить", "подойти", "приехать", "написать"})


def vague_redirect(r: Reply, span: Span) -> bool:
    """«Обратитесь туда», «обратитесь в банк»: sent elsewhere without saying where exactly and with what."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None:
        return False
    verb = r.tokens[idx]
    # «приходите в банк», «напишите в поддержку»: going or writing somewhere is a redirect when a place follows
    going = verb.lemmas & _GOING and any(t.lower in ("в", "во", "на") for t in r.tokens[idx + 1:idx + 3])
    if not (verb.lemmas & {"обратиться", "обращаться", "позвонить", "спросить", "уточнить", "узнать"} or going):
        return False
    clause = clause_at(r.text, span[0])
    after = [t for t in r.tokens[idx + 1:] if clause is None or t.start < clause[1]]
    # «Обратитесь в аэропорт, там вам помогут»: one place and a promise — what to bring or do there is missing; the
    # place's own genitive («в отделение банка», «в службу поддержки») names no second thing
    things = [t for n, t in enumerate(after) if (t.tag.startswith(("NOUN", "LATN")) and len(t.lower) >= 3
                                                 or t.tag.startswith("UNKN"))
              and not (n and "gent" in t.tag and after[n - 1].tag.startswith("NOUN"))]
    return len(things) < 2 and not any(is_number(t) for t in after) and not WHERE_RE.search(
        r.text, r.tokens[idx].end, clause[1] if clause else len(r.text))




# Asking the customer to tell the operator something is a step only with what it is for; alone after a question
# back it is none.
_BARE = frozenset({"пожалуйста", "мне", "нам", "сюда", "а", "тогда"})
_ASK_FOR = frozenset({"подсказать", "написать", "сообщить", "уточнить", "прислать", "указать", "назвать", "отправить",
                      "продиктовать", "скинуть", "предоставить", "приложить", "ответить"})


def asks_back(r: Reply, span: Span) -> bool:
    """An imperative in a question («Подскажите, пожалуйста, номер заказа?»), or a bare «Напишите, пожалуйста.»
    after one («А какая у вас карта? Напишите, пожалуйста.»): the operator asks instead of answering."""
    tok = next((t for t in r.tokens if t.start == span[0]), None)
    n = next((k for k, (s, e) in enumerate(r.sentences) if s <= span[0] < e), None)
    if tok is None or n is None:
        return False
    start, end = r.sentences[n]
    if r.text[start:end].rstrip().endswith("?") and r.text[end:end + 1] not in ("»", '"', "“", "”"):  # «Забыли пароль?» is a button
        return True
    words = [t for t in r.tokens_in(start, end) if t is not tok and t.lower not in _BARE]
    return bool(tok.lemmas & _ASK_FOR) and not words and n > 0 and r.text[:start].rstrip().endswith("?")


# Filing something is a step of its own, sending the operator what to look at is not: «напишите заявление».
_FILED = frozenset({"заявление", "заявка", "претензия", "жалоба", "обращение", "отзыв", "запрос", "анкета", "форма"})
# What the operator does with what is sent that still leaves the customer without an answer: a look or a check.
_LOOKS = frozenset({"проверить", "посмотреть", "уточнить", "разобраться", "изучить", "рассмотреть", "связаться",
                    "перезвонить", "найти", "выяснить", "понять", "глянуть", "обсудить", "подумать"})


# Being able or wanting leads a doing and is none: «чтобы я могла проверить» is the look.
_ABLE = frozenset({"мочь", "смочь", "хотеть", "суметь"})

_PHONE_RE = re.compile(r"\+?\d[\d\s()‑-]{5,}\d")  # «по номеру 8 800 555-35-35»: sent somewhere named


def data_asked(r: Reply, span: Span) -> bool:
    """«Сообщите номер карты, чтобы я проверила начисление», «Пришлите фото чека»: the customer bidden to send the
    operator something to look at — a question back put as an imperative. It leads to the answer when the sentence or
    the next one holds a deed or a reply of the operator's («Пришлите новый адрес — поменяю», «Назовите старый ПИН,
    и я подскажу PUK»); a look promised alone («и я проверю») is the company's step, which needs its own time. Not
    filing something («напишите заявление»), nor sending it somewhere named (a place, a link, a phone: «укажите
    адрес в профиле»)."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _ASK_FOR or span not in r.imperatives[0] + r.imperatives[1]:
        return False
    n = next((k for k, (s, e) in enumerate(r.sentences) if s <= span[0] < e), None)
    if n is None:
        return False
    clause = clause_at(r.text, span[0]) or r.sentences[n]
    after = [t for t in r.tokens[idx + 1:] if t.start < clause[1]]
    # where it goes: «в профиле», «через приложение» — not «скриншот из приложения», «сюда в чат»
    into = [t for k, t in enumerate(after) if k and after[k - 1].lower in ("в", "во", "на", "через")
            and t.lower not in ("чат", "чате")]
    if any(t.lemmas & _FILED for t in after) or any(t.lemmas & PLACES for t in into) \
            or (after and after[0].lower in ("в", "во", "на")) or WHERE_RE.search(r.text, span[0], clause[1]) \
            or _PHONE_RE.search(r.text, span[0], clause[1]):
        return False
    start, end = r.sentences[n][0], r.sentences[min(n + 1, len(r.sentences) - 1)][1]
    # not a verb of a «который» clause: «код из СМС, который пришёл» tells which code, no deed of the operator's
    verbs = [t for k, t in enumerate(r.tokens) if start <= t.start < end and t is not r.tokens[idx]
             and t.tag.startswith(("VERB", "INFN")) and "impr" not in t.tag and not t.lemmas & r.lex.not_steps
             and not t.lemmas & _ASK_FOR - {"подсказать", "сообщить", "ответить", "написать", "назвать"}
             and not any("который" in x.lemmas for x in r.tokens[max(0, k - 2):k])
             and not t.lemmas & _ABLE]  # «чтобы я могла проверить»: being able is no doing, the look is
    # «я проверю и оформлю замену» holds a deed beside the look; «чтобы я проверила» only the look
    return all(t.lemmas & _LOOKS for t in verbs) or not any(
        "futr" in t.tag or "past" in t.tag or t.tag.startswith("INFN") for t in verbs)


# «Открываете приложение, дальше «Платежи», выбираете карту»: steps told in the present, as to someone at the screen.
_NOT_TOLD_STEPS = frozenset({"писать", "говорить", "хотеть", "мочь", "знать", "понимать", "просить", "спрашивать",
                             "жаловаться", "волноваться", "переживать", "ждать", "видеть", "считать", "думать"})


def present_steps(r: Reply) -> list[Span]:
    found = []
    for n, tok in enumerate(r.tokens):
        if not ("2per" in tok.tag and "plur" in tok.tag and "pres" in tok.tag) or tok.lemmas & _NOT_TOLD_STEPS \
                or tok.lemmas & r.lex.not_steps:
            continue
        before = r.text[r.tokens[n - 1].end if n else 0:tok.start]
        opens = n == 0 or any(c in before for c in ".!?:;—,\n") or r.tokens[n - 1].lower in ("и", "потом", "затем", "далее")
        sentence = r.sentence_at(tok.start)
        if opens and not r.text[sentence[0]:sentence[1]].rstrip().endswith("?") \
                and not any(t.lower == "вы" for t in r.tokens[max(0, n - 2):n]):
            found.append((tok.start, tok.end - tok.start))
    return found


def told_of_others(r: Reply, span: Span) -> bool:
    """«Деньги приходят в течение дня» holds «приходить в», but a verb in the third person tells what others do: no
    step for the customer (unlike «приходите в офис», «нужно обратиться в банк»)."""
    tok = next((t for t in r.tokens if t.start == span[0]), None)
    return tok is not None and tok.tag.startswith("VERB") and "3per" in tok.tag


_LATER = frozenset({"позже", "попозже", "позднее", "потом", "later"})


def try_later(r: Reply, span: Span) -> bool:
    """«Попробуйте позже», «зайдите потом»: a step put off to no time — the rubric's blurred term («скоро»), not a
    way forward. «Попробуйте позже, после 15:00» names when."""
    clause = clause_at(r.text, span[0])
    if clause is None:
        return False
    words = r.tokens_in(clause[0], clause[1])
    return any(t.lower in _LATER for t in words) and not any(is_number(t) or t.lemmas & r.lex.units for t in words) \
        and not find_phrases(words, r.lex.time_frames, gap=0)


# Bidding the operator tell, give or send what the customer wants to know, help or look is asking for an answer, which
# may come as a way to get it oneself («скачайте в разделе…») — not for a deed of the company's.
_TELL_OR_HELP = frozenset({"подсказать", "помочь", "сказать", "объяснить", "прислать", "сообщить", "уточнить",
                           "извинить", "простить", "посмотреть", "проверить", "разобраться", "написать", "ответить",
                           "дать", "назвать", "показать", "отправить", "выслать", "скинуть", "порекомендовать",
                           "посоветовать"})
# A noun this close by navec names the doing bidden: «вернуть» ~ «возврат» 0.34.
_SAME_DOING = 0.33


def another_doing(r: Reply) -> str:
    """«Верните деньги за продление» — «отключите автопродление в профиле»: the customer bids the company do one
    thing, and the reply never speaks of that doing — not the verb (any form, a five-letter stem) nor a noun close to
    it by navec («возврат») —, only of others for the customer to do; or asks the way to a doing and is told the way to
    another on the same thing (:mod:`how_doing`). The bidden or asked word, or an empty string."""
    bidden, left = _bids_untouched(r)
    if left and len(left) == len(bidden) and not _declined_but(r):
        return left[0].text
    return way_to_another(r)  # «как удалить аккаунт?» — «Выйти из аккаунта можно…»: a way to another doing


# «нельзя», «невозможно», «не получится» before or after an infinitive: a doing the reply says cannot be done.
_CANNOT = frozenset({"нельзя", "невозможно"})


def _declined_but(r: Reply) -> bool:
    """«Менять получателя в заказе нельзя, но муж заберёт заказ по коду»: the reply says the bidden doing (in words of
    its own) cannot be done and offers another way after «но» in the same sentence — a refusal with a way, which speaks
    of the request; not a silence about it."""
    for start, end in r.sentences:
        words = r.tokens_in(start, end)
        for i, t in enumerate(words):
            if t.lower in _CANNOT and any(w.tag.startswith("INFN") for w in words[max(0, i - 4):i + 3]) \
                    and any(w.lower == "но" for w in words[i + 1:]):
                return True
    return False


def bids_left(r: Reply) -> list[Token]:
    """«Отключите подписку и верните деньги» — «Подписка отключена»: the doings the customer bids that the reply never
    speaks of, as :func:`another_doing` reads them."""
    return _bids_untouched(r)[1]


def _bids_untouched(r: Reply) -> tuple[list[Token], list[Token]]:
    """The customer's bidden doings (not to tell or help), and those the reply never speaks of."""
    from app.core.grammar.language.syntax import close_in_meaning  # the language layer holds the navec vectors
    text = "\n".join(r.customer_messages)
    theirs = tokenize(text)
    bidden = [t for i, t in enumerate(theirs) if _bids(t, theirs[i - 1] if i else None, text)
              and not t.lemmas & _TELL_OR_HELP and not only_quoted(text, t.start)]
    if not bidden:
        return [], []
    stems = {x[:5] for t in r.tokens for x in t.lemmas if len(x) >= 6} | {x for t in r.tokens for x in t.lemmas}
    nouns = [normal_form(t.lower) for t in r.tokens if t.tag.startswith("NOUN")]
    return bidden, [verb for verb in bidden if not (
        verb.lemmas & stems or any(len(x) >= 6 and x[:5] in stems for x in verb.lemmas) or any(
            close_in_meaning(normal_form(verb.lower), n, _SAME_DOING) for n in nouns))]


def _bids(tok: Token, before: Token | None, text: str) -> bool:
    """An imperative: «Верните», and «Отмените» too, whose likeliest reading is the future — any reading in the
    imperative counts outside a question and with no «вы» before it («Вы отмените?», «всё оплатите?» ask). Not the
    greeting «Здравствуйте»."""
    # «Здраствуйте» with a letter or two off is the customer's greeting all the same
    if tok.lemmas & {"здравствовать", "здравствуйте"} or (
            len(tok.lower) >= 8 and edit_distance(tok.lower, "здравствуйте") <= 2):
        return False
    if "impr" in tok.tag:
        return True
    ends = re.search(r"[.!?…\n]|$", text[tok.end:])
    asked = text[tok.end + ends.start():tok.end + ends.end()] == "?"
    return not asked and (before is None or before.lower != "вы") and any(
        "impr" in p.tag and "plur" in p.tag for p in morph().parse(tok.lower))



def deed_on_data(r: Reply, span: Span) -> bool:
    """«Напишите мне номер карты, срок действия и CVC — я проведу оплату вручную»: the operator's own doing of what
    the customer asked, once the data asked for in the same sentence comes — done in the chat, no step that waits for
    a time. A look («пришлите код, я посмотрю») stays a company step owed its time."""
    tok = next((t for t in r.tokens if t.start == span[0]), None)
    if tok is None or tok.lemmas & _LOOKS or "1per" not in tok.tag:
        return False
    start, _ = r.sentence_at(span[0])
    bids = [s for s in r.imperatives[0] + r.imperatives[1] if start <= s[0] < span[0]]
    return any(t.start == s[0] and t.lemmas & _ASK_FOR for s in bids for t in r.tokens)
