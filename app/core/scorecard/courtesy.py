"""Judges of the courtesies: greeting, the customer's name, empathy where due, closing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import Token, analyse, edit_distance, find_phrases, quote
from app.core.phrase import phrase


def greeting(r: Reply) -> ElementResult:
    """In the first sentence; not expected again later in a chat."""
    first_end = r.sentences[0][1] if r.sentences else 0
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
    if name_spans:
        return ElementResult("name", True, phrase('Оператор обращается к клиенту по имени ({first}).', first=first), name_spans[:1])
    return ElementResult("name", False, phrase('Клиент назвал своё имя ({first}), а в ответе нет обращения по имени.', first=first))


def _name_spans(tokens: Sequence[Token], customer_name: str) -> list[Span]:
    wanted = set()
    for part in customer_name.split()[:2]:
        lower = part.lower().replace("ё", "е")
        wanted |= {lower} | set(analyse(lower)[0])
    first = customer_name.split()[0].lower().replace("ё", "е")
    spans = []
    for tok in tokens:
        if tok.text[:1].isupper() and (tok.lower in wanted or (tok.lemmas & wanted and tok.lower[:3] == first[:3])):
            spans.append((tok.start, tok.end - tok.start))
    return spans


def empathy(r: Reply) -> ElementResult:
    excluded = [s for _, s in find_phrases(r.tokens, r.lex.empathy_exclude, gap=0)]
    emp = [s for _, s in find_phrases(r.tokens, r.lex.empathy)
           if not any(e[0] <= s[0] and s[0] + s[1] <= e[0] + e[1] for e in excluded)]
    if not r.complaint:
        return ElementResult("empathy", None, phrase('Клиент спокоен: ни жалобы, ни гнева, ни спешки, ни растерянности — извинение не требуется.'), emp[:1])
    why = r.customer.describe()
    if emp:
        return ElementResult("empathy", True,
                             phrase('Клиент {why}, и оператор выражает сочувствие: {quoted}.', why=why, quoted=quote(r.text, emp)), emp[:2])
    return ElementResult("empathy", False, phrase('Клиент {why}: нужно извиниться или посочувствовать, а в ответе нет ни извинения, ни сочувствия.', why=why))


def _sends_away(r: Reply, phrase, span: Span) -> bool:
    """«Обращайтесь к своему программисту», «пишите в банк»: an invitation addressed elsewhere is no closing;
    «Напишите верный адрес» asks for data, it does not invite the customer back («Напишите, какой день
    удобнее» does)."""
    if phrase.words[-1] not in ("обращаться", "пишите", "писать", "напишите"):
        return False
    after = [t for t in r.tokens if t.start >= span[0] + span[1] and t.lower != "пожалуйста"][:2]
    if after and after[0].lower in ("к", "в", "во", "на"):
        return True
    if phrase.words[-1] != "напишите" or not after:
        return False
    between = re.sub(r"\s*,?\s*пожалуйста\s*,?", "", r.text[span[0] + span[1]:after[0].start]).strip()
    if between.startswith("«"):  # «напишите «да»»: a word to send, not an invitation
        return True
    data = [t for t in after if t.tag.startswith("NOUN") and "accs" in t.tag]
    return "," not in between and bool(data) and (after[0] is data[0] or after[0].tag.startswith(("ADJF", "PRTF")))


# Verbs of getting back to the customer: «я напишу, когда…», «отвечу через 5 минут».
_GET_BACK = frozenset({"написать", "ответить", "сообщить", "связаться", "перезвонить", "позвонить", "отписаться"})
# Verbs that ask the customer to answer: «Напишите, какой рейс выбираете», «Скажите, когда удобно».
_TELL_ME = frozenset({"написать", "сказать", "сообщить", "ответить", "подсказать"})
_WHICH = frozenset({"какой", "который", "когда", "где", "как", "во", "сколько", "удобный", "удобно", "удобнее", "ли"})


def _invites_reply(r: Reply, tail_start: int) -> list[Span]:
    """The reply ends by inviting an answer: a question to the customer («Подойдёт такое время?», «Хотите, я
    рассчитаю?»), an ask to tell a choice («Напишите, в какое время удобно», «напишите удобное время»), or
    the operator's promise to get back («я напишу, когда всё заработает», «отвечу через 5 минут»)."""
    start, end = r.sentences[-1]
    if r.text[start:end].rstrip().endswith("?"):
        return [(start, end - start)]
    for tok in (t for t in r.tokens if t.start >= tail_start):
        if tok.tag.startswith("VERB") and "1per" in tok.tag and "futr" in tok.tag and tok.lemmas & _GET_BACK:
            return [(tok.start, tok.end - tok.start)]
    last = [t for t in r.tokens if t.start >= start]
    for i, tok in enumerate(last):
        if "impr" in tok.tag and tok.lemmas & _TELL_ME and any(t.lemmas & _WHICH for t in last[i + 1:i + 5]):
            return [(tok.start, tok.end - tok.start)]
    return []


def closing(r: Reply) -> ElementResult:
    """In the last two sentences."""
    tail_start = r.sentences[-2][0] if len(r.sentences) >= 2 else 0
    close = [s for p, s in find_phrases(r.tokens, r.lex.closing) if s[0] >= tail_start and not _sends_away(r, p, s)]
    if not close and r.sentences:  # «Хорошего переезда!», «Спасибо!»: a wish opening the last sentence
        last = [t for t in r.tokens if t.start >= r.sentences[-1][0]][:1]
        close = [s for _, s in find_phrases(last, r.lex.wishes, gap=0)]
    if not close and r.sentences:
        close = _invites_reply(r, tail_start)
    if close:
        return ElementResult("closing", True, phrase('Есть завершение: {quoted}.', quoted=quote(r.text, close)), close[:1])
    return ElementResult("closing", False, phrase('Нет завершения: предложите помощь или попрощайтесь («Если будут вопросы, пишите»).'))
