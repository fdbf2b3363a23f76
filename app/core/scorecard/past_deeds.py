"""Whose deed a past verb tells, for the solution judge: the operator's («подключила», «мы отменили», «Ваучер
отправлен» when it is what was bidden), the customer's («вы оплатили», «спасибо, что сообщили»), or what happened and
the customer reported themselves («Регистрацию закрыли за 40 минут до вылета» to «Регистрация закрылась раньше!»).

A deed done owes no time (rubric, «Решение»: «сделанная оператором операция»); passing the matter on
(«передала в отдел», «создала обращение») is no deed done: the work is still to come.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.answer_forms import sent_on
from app.core.scorecard.card import Span
from app.core.scorecard.done_deeds import agrees, alike, bade_this, bidden_done, state_reached
from app.core.scorecard.kin_words import kin_taken_up
from app.core.scorecard.passive_deeds import done_as_asked
from app.core.scorecard.reply import Reply
from app.core.scorecard.tickets import ticket_made
from app.core.scorecard.undone_told import told_undone
from app.core.scorecard.words import Token, morph, normal_form, tokenize

# A question of permission: «можно пересдать?», «могу ли я вернуть?», «разрешено ли…?», «положено ли…?».
_MAY = frozenset({"можно", "нельзя", "мочь", "разрешить", "разрешено", "положить", "положено", "возможно"})

# Looking into the matter is not doing it: «Проверила — похоже, ошибка» leaves the fix to come.
_LOOKED = frozenset({"проверить", "посмотреть", "изучить", "выяснить", "разобраться", "уточнить", "просмотреть"})

# Passing the question on is not doing it: «передала запрос в отдел переводов» needs a time like any promise.
_HAND_OFF = frozenset({"передать", "направить", "переслать", "перенаправить", "эскалировать"})


def operator_did(r: Reply, span: Span) -> bool:
    """«подключила», «мы отменили»: the operator has already made the operation (a perfective past)."""
    tokens = r.tokens
    idx = next((i for i, t in enumerate(tokens) if t.start == span[0]), None)
    if idx is not None and tokens[idx].tag.startswith("PRTS"):  # «Ваучер отправлен»: done, if it is what was asked
        return done_as_asked(r, idx) or bidden_done(r, idx)
    if idx is None or not tokens[idx].tag.startswith("VERB") or "perf" not in tokens[idx].tag or "past" not in tokens[idx].tag:
        return False
    if told_undone(r, idx):  # «Жаль, что «стоп» не сработал»: the trouble retold, not a deed
        return False
    # «Передайте благодарность курьеру» — «Передала»: passing on is the deed itself when it is what the customer bade
    passing_bidden = bade_this(r, tokens[idx])
    if tokens[idx].lemmas & _HAND_OFF and not passing_bidden:  # «передала в отдел»: the work is still to be done
        return False
    if ticket_made(r, idx):  # «Создала обращение 77120»: the work passed on too
        return False
    if sent_on(tokens, idx) and not passing_bidden:  # «отправила запрос в отдел операций», «написала куратору»
        return False
    if any(t.lower == "чтобы" for t in tokens[max(0, idx - 3):idx]):  # «чтобы мы отправили»: a purpose, not a deed
        return False
    # the words before it in its own sentence: «Простите за ожидание. Выдала…» has none
    before = [t for t in tokens[max(0, idx - 3):idx] if not re.search(r"[.!?…\n]", r.text[t.end:tokens[idx].start])]
    if any(t.lower in ("я", "мы") for t in before):
        return True
    # «Отменила заказ», «Адрес поменяли»: a past form with no subject of its own is the operator (or the company)
    # speaking — a noun before it is its subject only if it agrees with it («Результаты отправила» has none)
    # «код, который пришёл при переводе»: a relative «который» in the nominative is its subject — the clause tells of a
    # thing, neither the operator's deed nor a state reached
    if any("который" in t.lemmas and "nomn" in t.tag for t in before):
        return False
    if state_reached(r, idx):  # «Деньги вернулись на карту» to «Когда вернут деньги?»
        return True
    if any(t.lower in ("вы", "он", "она", "оно", "они") or t.tag.startswith("NOUN") and "nomn" in t.tag
           and agrees(t.tag, tokens[idx].tag) for t in before):
        return False
    if "sing" in tokens[idx].tag:
        return True
    # «Адрес поменяли» to «Можно поменять адрес?»: the plural is the company's deed when it is what the customer asked
    # for — not «Рейс отменили 5 мая» to «Почему отменили рейс?», what the customer reported
    verb = normal_form(tokens[idx].lower)
    return any((t.tag.startswith("INFN") or "impr" in t.tag) and (t.lemmas & tokens[idx].lemmas or alike(
        normal_form(t.lower), verb)) for t in r.customer_tokens)


def bygone_event(r: Reply, span: Span) -> bool:
    """«Регистрация закрылась раньше!» — «Регистрацию закрыли за 40 минут до вылета»: a past verb that is not the
    operator's deed and says again what the customer reported (the same verb, by a five-letter stem) tells what
    happened — unlike «ошибку исправили в 14:20», a fix the customer never wrote of."""
    tok = next((t for t in r.tokens if t.start == span[0]), None)
    if tok is None or not tok.tag.startswith("VERB") or "past" not in tok.tag or operator_did(r, span):
        return False
    return bool({x[:5] for x in tok.lemmas} & reported_stems(r))


def reported_stems(r: Reply) -> set[str]:
    """The five-letter stems of the customer's verbs: what they reported happened or asked to be done."""
    return {x[:5] for t in r.customer_tokens if t.tag.startswith(("VERB", "INFN", "PRTS"))
            for x in t.lemmas}


def customers_own(tokens: Sequence[Token], span: Span) -> bool:
    """«вы решили уйти», «вы оплатили»: what the customer did is no action of the operator's."""
    idx = next((i for i, t in enumerate(tokens) if t.start == span[0]), None)
    # «Спасибо, что сообщили»: thanked for, so the customer's
    return idx is not None and "past" in tokens[idx].tag and "plur" in tokens[idx].tag and \
        (any(t.lower == "вы" for t in tokens[max(0, idx - 2):idx])
         or [t.lower for t in tokens[max(0, idx - 2):idx]] == ["спасибо", "что"])


def doing_allowed(r: Reply, span: Span) -> bool:
    """«Можно пересдать экзамен?» — «Да, пересдача предусмотрена правилами»: to a question of permission, a short
    participle said of the asked doing itself, named by its noun («пересдача» of «пересдать», «возврат» of «вернуть»),
    tells that the doing is allowed or provided for — a yes, which the yes-rules judge, not a deed the operator did
    for the customer (unlike «Адрес изменён» to «можно изменить адрес?», said of the thing the doing is done to)."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].tag.startswith("PRTS"):
        return False
    tok = r.tokens[idx]
    start, end = r.sentence_at(tok.start)
    near = [t for t in r.tokens[max(0, idx - 3):idx + 3]
            if start <= t.start < end and t is not tok and t.tag.startswith("NOUN") and "nomn" in t.tag]
    if not near:
        return False
    theirs = {x for t in r.customer_tokens for x in t.lemmas}
    for message in r.customer_messages:
        for chunk in message.split("?")[:-1]:  # the questions: what comes before each «?»
            words = tokenize(chunk.rsplit(".", 1)[-1].rsplit("!", 1)[-1])
            if not any(t.lemmas & _MAY or t.lower in _MAY for t in words):
                continue
            doings = [t for t in words if t.tag.startswith(("INFN", "VERB")) and not t.lemmas & _MAY]
            if any(not n.lemmas & theirs and (any({x[:5] for x in n.lemmas} & {x[:5] for x in d.lemmas} for d in doings)
                                              or kin_taken_up(doings, [n])) for n in near):
                return True
    return False


# Doings that change nothing for the customer however they are said: looking, learning, receiving, passing on.
_NO_CHANGE = frozenset({"получить", "увидеть", "понять", "проверить", "посмотреть", "изучить", "узнать", "заметить",
                        "принять", "зарегистрировать", "зафиксировать", "уточнить", "обратить", "прочитать",
                        "разобраться", "выяснить", "сообщить", "написать", "ответить", "подумать", "решить",
                        "передать", "направить", "переслать", "перенаправить", "эскалировать", "постараться",
                        "попытаться", "попробовать", "хотеть", "захотеть", "мочь", "смочь", "начать", "стать",
                        "забыть", "успеть", "оказаться", "произойти", "случиться", "пойти", "прийти", "поступить",
                        "пройти", "уйти", "остаться"})
_PRONOUNS = frozenset({"я", "мы", "вы", "ты", "он", "она", "оно", "они", "что", "кто", "который"})


def unsaid_subject(r: Reply, aside: Sequence[Span]) -> list[Span]:
    """«Подобрала другого преподавателя — Анну Сергеевну», «Перевыпуск ускорила»: a transitive perfective past in the
    masculine or feminine singular (a person's) with no subject in its comma part — no noun or pronoun in the nominative that agrees with it, before or after —
    is the operator speaking of her own deed (the «я» left out, as chats do), whatever verb names it. Not a question,
    not negated, not a doing that changes nothing («проверила», «получила», «передала в отдел»: :func:`operator_did`
    decides the passing on)."""
    found = []
    for i, tok in enumerate(r.tokens):
        if not tok.tag.startswith("VERB") or "perf" not in tok.tag or "past" not in tok.tag \
                or "tran" not in tok.tag or not {"masc", "femn"} & set(re.split(r"[ ,]", tok.tag)) \
                or tok.lemmas & _NO_CHANGE \
                or any(a[0] <= tok.start < a[1] for a in aside):
            continue
        start, end = r.sentence_at(tok.start)
        if r.text[start:end].rstrip().endswith("?"):
            continue
        part = r.part_at(tok.start)
        words = r.tokens_in(*part) if part else []
        at = next((k for k, t in enumerate(words) if t is tok), None)
        if at is None or any(t.lower in ("не", "ни", "если", "чтобы", "когда", "как") for t in words[:at]):
            continue
        # its subject: in its own part, or before it in the sentence with no other verb between («Курьер, к сожалению,
        # уронил коробку»; not «Посылка задержалась, отправила новую»)
        ahead = r.tokens_in(start, tok.start)
        verb_at = max((k for k, t in enumerate(ahead) if t.tag.startswith("VERB")), default=-1)
        if any(_subject(t, tok) for t in words if t is not tok) or any(_subject(t, tok) for t in ahead[verb_at + 1:]):
            continue
        # «ваш сервер отклонил наши письма», «магазин запросил продление»: a noun before it that may be nominative is
        # its subject when the verb has its object after it — not «Адрес поменял на Лесную» (the noun is the object)
        if _object_after(words, at) and any(_may_be_subject(t, tok) for t in words[:at] + ahead[verb_at + 1:]):
            continue
        if operator_did(r, (tok.start, tok.end - tok.start)):
            found.append((tok.start, tok.end - tok.start))
    return found


def _subject(word: Token, verb: Token) -> bool:
    """A pronoun, or a noun in the nominative that agrees with the past verb, can be its subject."""
    return word.lower in _PRONOUNS or word.tag.startswith(("NOUN", "NPRO")) and "nomn" in word.tag \
        and agrees(word.tag, verb.tag)


def _object_after(words: Sequence[Token], at: int) -> bool:
    """The verb at ``at`` has a direct object after it in its comma part: a noun or a pronoun one of whose readings is
    the accusative («списки», read as the nominative first), not led by a preposition."""
    for k in range(at + 1, len(words)):
        t = words[k]
        if t.tag.startswith(("NOUN", "NPRO")) and any("accs" in str(p.tag) for p in morph().parse(t.lower)) \
                and not any(w.tag.startswith("PREP") for w in words[at + 1:k][-2:]):
            return True
    return False


def _may_be_subject(word: Token, verb: Token) -> bool:
    """A noun one of whose readings is the nominative agreeing with the past verb («сервер», which reads as the
    accusative first); a person's noun agrees in number alone («повар перепутала»)."""
    if not word.tag.startswith("NOUN"):
        return False
    for p in morph().parse(word.lower):
        tag = str(p.tag)
        if "NOUN" not in tag or "nomn" not in tag:
            continue
        if agrees(tag, verb.tag) or "anim" in tag and ("plur" in verb.tag) == ("plur" in tag):
            return True
    return False


def only_looked(r: Reply, done: Sequence[Span]) -> bool:
    """«Проверила: у вас 62, а у одногруппника 78 — похоже, ошибка. Разберёмся и вернёмся»: every deed done is a look
    into the matter, which changes nothing yet — the work promised after it still owes a time."""
    deeds = [t for t in r.tokens if any(t.start == d[0] for d in done)]
    return bool(deeds) and len(deeds) == len(done) and all(t.lemmas & _LOOKED for t in deeds)
