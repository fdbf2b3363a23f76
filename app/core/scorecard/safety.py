"""The data-safety judge: no secrets asked for, no other person's data given away, no impossible promises.

A breach fails the reply whatever its total (the item is critical in the core table). Each finding
names the words of the reply it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.card import ElementResult, Span
from app.core.scorecard.companions import companion
from app.core.scorecard.data_beside import from_its_part
from app.core.scorecard.data_health import staff_health
from app.core.scorecard.data_if import in_condition
from app.core.scorecard.data_marks import marks_told
from app.core.scorecard.data_told import told_by_customer
from app.core.scorecard.named_things import named_things
from app.core.scorecard.others_orders import asked_about_others_order, order_told
from app.core.scorecard.promises import promises
from app.core.scorecard.harmless_codes import harmless_code
from app.core.scorecard.their_money import their_money
from app.core.scorecard.reply import Reply
from app.core.scorecard.secret_pronoun import secret_by_pronoun
from app.core.scorecard.secret_told import secret_told
from app.core.scorecard.words import CLAUSE_BREAK_RE, Phrase, Token, find_phrases, make_phrases, morph, quote, sentences, tokenize
from app.core.phrase import joined, phrase

_PERSON_TAGS = ("Name", "Surn", "Patr")


def safety(r: Reply) -> ElementResult:
    lex, text = r.lex, r.text
    found: list[tuple[str, list[Span]]] = []
    asked_for, order_asked = _asked_for_others(r), asked_about_others_order(r)  # «муж заказал — что там?»
    who_asked = bool(_hits(r.customer_tokens, lex.identity_asks, gap=1))
    for start, end in r.sentences:
        toks = r.tokens_in(start, end)
        asked = _asked_secrets(toks, r)
        if asked:
            found.append((phrase("просьба сообщить тайные данные"), asked))
        if told := secret_told(toks, r.text, r.customer_messages):  # «новый пароль — 58214»: a secret written out in the chat
            found.append((phrase("тайные данные в самом ответе"), told))
        leak = _other_persons_data(toks, r) or (_handed_over(toks, *asked_for, text=r.text) if asked_for else []) \
            or (_full_name(toks, r) if who_asked else []) or (order_told(toks) if order_asked else []) \
            or staff_health(toks, r)  # «у преподавателя высокая температура»
        if leak:
            found.append((phrase("чужие данные"), leak))
    if not found and (by_pronoun := secret_by_pronoun(r)):  # «Код придёт в СМС. Напишите мне его сюда»
        found.append((phrase("просьба сообщить тайные данные"), by_pronoun))
    promise = promises(r)
    if promise:
        found.append((phrase("обещание, которое оператор дать не может"), promise))
    if r.task is not None and r.task.forbidden:
        bad = [s for _, s in find_phrases(r.tokens, make_phrases(r.task.forbidden), gap=1)]
        if bad:
            found.append((phrase("запрет задания нарушен"), bad))
    if not found:
        return ElementResult("safety", True, phrase('Данные в безопасности: ни кодов, ни паролей, ни чужих сведений.'))
    seen = joined("; ", [phrase("{what}: {quoted}", what=what, quoted=quote(text, spans)) for what, spans in found])
    reason = phrase("Нарушена безопасность данных — {seen}. Такой ответ не зачитывается.", seen=seen)
    spans = sorted(s for _, group in found for s in group)
    return ElementResult("safety", False, reason, spans, critical_failure=True)


def asks_secret(r: Reply, sentence: tuple[int, int]) -> bool:
    """The sentence asks the customer for a secret (a code word, a password, a code from an SMS)."""
    return bool(_asked_secrets(r.tokens_in(sentence[0], sentence[1]), r))


def _hits(tokens: Sequence[Token], phrases: Sequence[Phrase], gap: int = 1) -> list[Span]:
    return [s for _, s in find_phrases(tokens, phrases, gap=gap)]


def _asked_secrets(toks: Sequence[Token], r: Reply) -> list[Span]:
    """A secret (CVV, PIN, password, a code, the full card number) and a verb asking for it, not denied."""
    lex = r.lex
    secrets = [s for s in _hits(toks, lex.secrets, gap=0)
               if not _means(toks, s) and not _changed(toks, s) and not _happened(toks, s) and not _arrives(toks, s)]
    secrets += [s for s in _sent_code(toks) if not harmless_code(r, s[0])]
    if not _hits(toks, lex.last_digits, gap=1):
        secrets += [s for s in _hits(toks, lex.card_number, gap=1) if not _happened(toks, s)]
    if not secrets:
        return []
    # a code to collect with may go to the one who collects; a password, a PIN or a code word goes to nobody
    codes_only = all(r.text[s:s + n].lower().startswith("код") and not r.text[s:s + n].lower().startswith("кодов")
                     for s, n in secrets)
    asks = [s for s in _hits(toks, lex.ask, gap=0) if not _done_by_operator(toks, s) and not _describes(toks, s)
            and not _third_person(toks, s) and not _denied_request(r, toks, s) and not (codes_only and _to_another(toks, s, r))]
    if not asks or _warned(toks, lex, asks + secrets, r.text) or _hits(toks, lex.in_person, gap=0):
        return []  # «покажите код из СМС в пункте выдачи»: shown in person where it is meant for, not told to us
    return sorted(secrets + asks[:1])


def _to_another(toks: Sequence[Token], span: Span, r: Reply) -> bool:
    """«Код получения придёт вам — перешлите его мужу»: the one the code is passed on to is named in the dative right
    after the verb, and it is a relative or friend of the customer's, who collects with it; nobody asks it of us."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    if at is None or "impr" not in toks[at].tag:
        return False
    for tok in toks[at + 1:at + 4]:
        if "datv" in tok.tag and tok.tag.startswith("NOUN"):
            return bool(_hits([tok], r.lex.other_person, gap=0))
    return False


# «Не забудьте назвать кодовое слово» asks all the same: the «не» denies the forgetting, not the telling.
_FORGET = frozenset({"забыть", "забывать"})


def _denied_request(r: Reply, toks: Sequence[Token], span: Span) -> bool:
    """«Банк не звонит с просьбой назвать данные карты»: an infinitive of telling in a clause whose verb is denied
    describes what is never asked — a «не» anywhere before it in the same comma part (no comma or stop between)."""
    if not any(t.start == span[0] and t.tag.startswith("INFN") for t in toks):
        return False
    part = r.part_at(span[0])
    before = r.tokens_in(part[0], span[0]) if part else []
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower == "не"), None)
    return k is not None and not (k + 1 < len(before) and before[k + 1].lemmas & _FORGET)


def _means(toks: Sequence[Token], span: Span) -> bool:
    """«подтверждение по паролю», «войти через код из СМС»: the secret is how the customer confirms, in the app,
    not something told to the operator."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    if at is None or at == 0:
        return False
    if toks[at - 1].lower == "через" or "ablt" in toks[at].tag and any(
            t.lemmas & _CONFIRM for t in toks[max(0, at - 3):at]):
        return True  # «подтвердите вход кодом, который придёт»: the code confirms in the app, nobody is told it
    if "datv" not in toks[at].tag:
        return False  # «пришлите по почте пароль»: the secret itself is not what «по» governs
    for k in range(at - 1, max(-1, at - 5), -1):
        if toks[k].lower == "по":
            return True  # «по Face ID или паролю»: a few words of a list may stand between
        if toks[k].tag.startswith(("VERB", "INFN")):
            return False
    return False


_CONFIRM = frozenset({"подтвердить", "подтверждать", "войти", "входить", "авторизоваться"})


def _happened(toks: Sequence[Token], span: Span) -> bool:
    """«Если уже вводили где-то данные карты — напишите»: the secret is the object of a past verb, what the customer
    did; what the reply asks them to tell is that it happened, not the secret."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    if at is None:
        return False
    verb = next((t for t in reversed(toks[max(0, at - 3):at]) if t.tag.startswith(("VERB", "INFN"))), None)
    return verb is not None and "past" in verb.tag and not verb.lemmas & _DICTATE


def _on_you(toks: Sequence[Token], span: Span) -> bool:
    """«если номер оформлен на вас», «зарегистрирован на ваше имя»: the fact is the customer's own — «вы» or «ваш»
    right after the words."""
    nxt = next((t for t in toks if t.start >= span[0] + span[1]), None)
    return nxt is not None and (nxt.lower in ("вас", "вам", "вы") or "ваш" in nxt.lemmas)


def _yours(toks: Sequence[Token], span: Span) -> bool:
    """«Дочка пополнила ваш баланс на 500 ₽»: the data is the customer's own («ваш» just before it), whoever
    else the sentence names."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    return bool(at) and "ваш" in toks[at - 1].lemmas


def _held_by_nobody(toks: Sequence[Token], span: Span, r: Reply) -> bool:
    """«у вашей мамы на счёте 12 300 ₽» tells the mother's money; «поэтому на счёте сейчас 50 ₽» is the customer's
    own: where money is held («на счёте», «на карте») is someone else's only with that someone just before it, or
    just after it in the genitive («на карте жены», «на счёте у сына»)."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    if at is None or toks[at].lower != "на":
        return False
    before, after = toks[max(0, at - 3):at], [t for t in toks[at + 2:at + 4] if "gent" in t.tag]
    return not _hits(before + after, r.lex.other_person, gap=0) \
        and not any(t.text[:1].isupper() and _person(t) for t in before + after)


# Verbs of a code coming to the customer: «код подтверждения придёт на новый номер».
_ARRIVE = frozenset({"прийти", "приходить", "поступить", "поступать", "появиться", "появляться"})


def _arrives(toks: Sequence[Token], span: Span) -> bool:
    """«Код подтверждения придёт на новый номер»: the secret is the subject of a verb of coming right after it —
    the reply tells where the code will come, it asks nobody for it. «Код, который придёт, продиктуйте» has a
    comma between (the lexicon reads that one as a request)."""
    at = next((i for i, t in enumerate(toks) if t.end >= span[0] + span[1]), None)  # the secret's last word
    if at is None or at + 1 >= len(toks):
        return False
    verb = toks[at + 1]
    return verb.tag.startswith("VERB") and "indc" in verb.tag and bool(verb.lemmas & _ARRIVE)


def _third_person(toks: Sequence[Token], span: Span) -> bool:
    """«Смену подтвердит код из СМС», «банк сообщит пароль письмом»: a verb of asking in the third person tells what a
    thing or someone else does — a request to the customer is an imperative, a «нужно», or a verb of «вы»."""
    tok = next((t for t in toks if t.start == span[0]), None)
    return tok is not None and tok.end >= span[0] + span[1] and tok.tag.startswith("VERB") and "3per" in tok.tag


def _done_by_operator(toks: Sequence[Token], span: Span) -> bool:
    """«На почту отправила ссылку», «пришлю ссылку для нового пароля»: a verb of sending in the past tense, or the
    operator's own first person, tells what the operator does — it asks the customer for nothing."""
    tok = next((t for t in toks if t.start == span[0]), None)
    return tok is not None and tok.tag.startswith("VERB") and ("past" in tok.tag or "1per" in tok.tag) and "indc" in tok.tag


def _describes(toks: Sequence[Token], span: Span) -> bool:
    """«сеть передачи данных», «пароль, указанный в письме»: a noun or a participle made from a verb of asking
    («данных» reads as «дать» too) names or describes a thing — only the verb itself, or «нужно», asks for it."""
    tok = next((t for t in toks if t.start == span[0]), None)
    if tok is None or tok.end < span[0] + span[1]:
        return False  # a phrase of several words («в чат») stands as it is
    if tok.tag.startswith(("NOUN", "PRTF", "PRTS")):
        return True
    return tok.tag.startswith("ADJF") and not tok.lemmas & _ASKING_ADJECTIVES  # «указанный» — from «указать»


# The adjectives among the words of asking: «нужные данные», «какой код пришёл».
_ASKING_ADJECTIVES = frozenset({"нужный", "необходимый", "какой"})


# What is done to a secret when it is replaced, not told: «ссылка для смены пароля», «сбросить ПИН-код».
_CHANGING = frozenset({"смена", "сброс", "восстановление", "изменение", "замена", "сменить", "сбросить",
                       "восстановить", "изменить", "поменять", "заменить", "придумать", "задать", "установить"})


def _changed(toks: Sequence[Token], span: Span) -> bool:
    """The secret is the object of changing it (the word just before, or before «новый», or a «можно / нужно» and
    the changing verb just after): the customer sets it in the app or by a link, and nobody is told it."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    if at is None:
        return False
    before = [t for t in toks[max(0, at - 2):at] if "новый" not in t.lemmas]
    if before and before[-1].lemmas & _CHANGING:
        return True
    # «ПИН-код можно сменить в приложении», «пароль нужно поменять»: the secret as what a modal says to change
    after = toks[at + 1:at + 3]
    return len(after) == 2 and after[0].lower in ("можно", "нужно", "надо", "следует") \
        and bool(after[1].lemmas & _CHANGING)


_DICTATE = frozenset({"продиктовать", "назвать", "сообщить", "прислать", "скинуть", "переслать", "сказать", "отправить"})


def _sent_code(toks: Sequence[Token]) -> list[Span]:
    """«Я отправила код ещё раз, продиктуйте его мне»: a bare «код» the customer is told to pass on — a code
    of something («код заказа», «промокод») is no secret."""
    for i, tok in enumerate(toks):
        if "код" not in tok.lemmas or tok.lower.startswith("промо"):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.tag.startswith("NOUN") and "gent" in nxt.tag:
            continue
        if any("impr" in t.tag and t.lemmas & _DICTATE for t in toks):
            return [(tok.start, tok.end - tok.start)]
    return []


def _warned(toks: Sequence[Token], lex, spans: Sequence[Span], text: str) -> bool:
    """«Никому не сообщайте код», «мы никогда не просим пароль»: a negation at the asking verb or the secret,
    or «никому / никогда» anywhere in the sentence — a warning, not a request. A «не» elsewhere («я проверю,
    почему не пускает») changes nothing, nor does one in the clause before a comma: «если не хотите разбираться,
    пришлите код» negates the wish, the request stands."""
    if any(t.lower in ("никому", "никогда", "нельзя") for t in toks):
        return True
    starts, soon = {s[0] for s in spans}, _as_soon_as(toks)
    for i, tok in enumerate(toks):
        if tok.start in starts and any(t.lower in lex.negation_words and t.start not in soon
                                       and not CLAUSE_BREAK_RE.search(text[t.end:tok.start])
                                       and not (t.lower == "не" and nxt.lemmas & _FORGET)
                                       for t, nxt in zip(toks[max(0, i - 3):i], toks[max(1, i - 2):i + 1])):
            return True
    return False


def _other_persons_data(toks: Sequence[Token], r: Reply) -> list[Span]:
    """Data of a person other than the customer (named, or a relative or friend) told in one sentence: a fact that
    tells itself («оформлен на…», «на него жаловались»), or a kind of data with its content beside it."""
    facts = [s for s in _hits(toks, r.lex.other_facts, gap=1) + _facts_in_part(toks, r)
             if not _brought(toks, s) and not _on_you(toks, s) and not in_condition(toks, s, r.text)]
    kinds = [s for s in _hits(toks, r.lex.other_data, gap=1) if not _brought(toks, s) and not _yours(toks, s)
             and not _held_by_nobody(toks, s, r) and not in_condition(toks, s, r.text)]
    data = sorted(facts + [s for s in kinds if _content(from_its_part(toks, s, r.text))] + _mobile_numbers(toks, r)
                  + their_money(toks, r.text) + _address_told(toks, r) + marks_told(toks, r.text))
    if not data or _denied_near(toks, data, r) or told_by_customer(toks, data, r.customer_messages):
        return []
    own = {w.lower().replace("ё", "е") for w in r.customer_name.split()}
    theirs = r.customer_tokens
    if not _hits(theirs, r.lex.other_person + r.lex.ask, gap=0) and _echoes(toks, theirs, data):  # «адрес поменяла на Ленина, 12»: the customer's own words read back
        return []
    persons = [s for s in _hits(toks, r.lex.other_person, gap=0) if not companion(toks, s)] + _whose(toks, theirs, own, r) + _their_phone(toks, r)
    for i, tok in enumerate(toks):
        if i == 0 or not tok.text[:1].isupper() or tok.lower in own or tok.lemmas & own:
            continue
        if _person(tok) and not _street(toks, i):
            persons.append((tok.start, tok.end - tok.start))
    return sorted(data[:1] + persons[:2]) if persons else []


def _facts_in_part(toks: Sequence[Token], r: Reply) -> list[Span]:
    """«Дома у него сейчас проблемы», «жизнь у неё личная»: a fact of two words told in free word order — both words
    in one comma part, either first, at most three words between (the phrase list reads them in order, close). Not a
    fact with a preposition: «на Алину жалуются» tells a complaint at work, «оформлю билет мужу на рейс» nothing."""
    found = []
    for fact in r.lex.other_facts:
        if len(fact.words) != 2 or set(fact.words) & _PREPOSITIONS:
            continue
        for i, a in enumerate(toks):
            if not fact.word_matches(0, a):
                continue
            for b in toks[max(0, i - 4):i] + toks[i + 2:i + 5]:  # the next word is the phrase list's own reading
                if fact.word_matches(1, b) and r.part_at(a.start) == r.part_at(b.start) is not None:
                    first, last = min(a, b, key=lambda t: t.start), max(a, b, key=lambda t: t.start)
                    found.append((first.start, last.end - first.start))
    return found


_PREPOSITIONS = frozenset({"на", "в", "во", "с", "со", "к", "у", "о", "об", "по", "за"})


# A flat with its number («кв. 12», «квартира 41»): a home address, unlike a shop's or a pickup point's.
_FLAT_RE = re.compile(r"\b(?:кв\.?|квартир[аеуы])\s*№?\s*\d+", re.IGNORECASE)


def _address_told(toks: Sequence[Token], r: Reply) -> list[Span]:
    """«…доставка на Кирова, 7, кв. 12» to «карту привезут мужу — можно я получу?»: a home address written out where
    the customer spoke of someone else — whose home it is, the person named beside it tells (the caller checks); the
    customer's own delivery address needs nobody else in the chat."""
    if not toks or not _hits(r.customer_tokens, r.lex.other_person, gap=0):
        return []
    m = _FLAT_RE.search(r.text, toks[0].start, toks[-1].end + 8)
    return [(m.start(), m.end() - m.start())] if m else []


def _denied_near(toks: Sequence[Token], data: Sequence[Span], r: Reply) -> bool:
    """«Телефон отправителя я назвать не могу», «никому не сообщаем»: a word of negation in the clause of the data, or
    a refusal anywhere in the sentence, tells nothing; «она в декрете, поэтому не ведёт занятия» — a «не» in another
    clause — still tells."""
    if _refused(toks):
        return True
    parts, soon = [r.part_at(s[0]) for s in data], _as_soon_as(toks)
    return any(t.lower in r.lex.negation_words and t.start not in soon and any(p and p[0] <= t.start < p[1] for p in parts)
               for t in toks)


# A mobile number written out («+7 903 115-62-40», «8 (912) 404-18-27»): a person's own line, unlike a company's
# 8 800 number — beside someone else's name it is their data, whatever word («номер», «контакт») introduces it.
_MOBILE_RE = re.compile(r"(?<!\d)(?:\+7|8)[\s(-]*9\d{2}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)")


def _mobile_numbers(toks: Sequence[Token], r: Reply) -> list[Span]:
    if not toks:
        return []
    start, end = toks[0].start, toks[-1].end
    return [(m.start() + start, m.end() - m.start()) for m in _MOBILE_RE.finditer(r.text[start:end])]


def _their_phone(toks: Sequence[Token], r: Reply) -> list[Span]:
    """«…его номер +7 917 238-40-15»: a mobile number written out and said to be «его / её / их» is someone else's
    line, whoever the customer spoke of (the customer's own would be «ваш»)."""
    if not _mobile_numbers(toks, r):
        return []
    return [(t.start, t.end - t.start) for t, nxt in zip(toks, toks[1:])
            if t.lower in _POSSESSIVE and nxt.tag.startswith("NOUN")]


def _whose(toks: Sequence[Token], theirs: Sequence[Token], own: set[str], r: Reply) -> list[Span]:
    """«Задолженность по его кредитной карте — 34 500 ₽» to «я жена клиента Петрова, сколько у него осталось?»: the
    customer speaks of someone else (a relative, a named person), and the reply's «его / её / их» before a noun
    («его карте», not «его привезут») makes the data that person's."""
    if not _hits(theirs, r.lex.other_person, gap=0) and not any(
            t.text[:1].isupper() and _person(t) and not (t.lemmas | {t.lower}) & own for t in theirs[1:]) \
            and not _possessed(theirs):
        return []
    return [(t.start, t.end - t.start) for t, nxt in zip(toks, toks[1:])
            if t.lower in _POSSESSIVE and nxt.tag.startswith(("NOUN", "ADJF"))]


_POSSESSIVE = frozenset({"его", "её", "ее", "их"})
# Someone pointed at by a relative clause: «того, кто перевёл», «тех, которые звонили».
_THAT_ONE = frozenset({"тот", "того", "тому", "тем", "той", "те", "тех", "теми"})
_WHO = frozenset({"кто", "который", "которая", "которые", "которого", "которой", "которых"})


def _possessed(theirs: Sequence[Token]) -> bool:
    """«Сотрудница уволилась, нужен доступ к её переписке»: the customer speaks of someone by «её / его» before a
    person's data, though no word of the list names them."""
    return any(t.lower in _POSSESSIVE and nxt.tag.startswith(("NOUN", "ADJF")) for t, nxt in zip(theirs, theirs[1:]))


# «на Ленина, 8», «ул. Гагарина, 12»: a street named after a person, with its house number, is an address.
_ON_STREET = frozenset({"на", "ул", "улица", "улице", "улицу", "проспект", "пр", "площадь", "бульвар", "переулок"})


def _street(toks: Sequence[Token], i: int) -> bool:
    """«на Ленина, 8», «по адресу Гагарина, 12», «адрес новый Гагарина 12-45»: a word of place or «адрес» among the
    two words before, a house number after."""
    return any(t.lower in _ON_STREET or "адрес" in t.lemmas for t in toks[max(0, i - 2):i]) and i + 1 < len(toks) \
        and toks[i + 1].text[:1].isdigit()


def _full_name(toks: Sequence[Token], r: Reply) -> list[Span]:
    """The customer asked who someone is («как его зовут?», «на кого оформлен номер?»), and the reply names a person
    in full («Получатель — Сергей Викторович К.»): the name is the data — unless the sentence refuses."""
    if _refused(toks) or any(t.lemmas & {"уважение", "звать"} for t in toks):
        return []  # «С уважением, Анна Петрова», «меня зовут Анна Сергеевна»: the operator's own name
    own = {w.lower().replace("ё", "е") for w in r.customer_name.split()}
    for a, b in zip(toks, toks[1:]):
        if a.text[:1].isupper() and b.text[:1].isupper() and _person(a) and _person(b) \
                and not (a.lemmas | b.lemmas | {a.lower, b.lower}) & own:
            return [(a.start, b.end - a.start)]
    return []


# School marks in words: «две четвёрки и три пятёрки» tell the marks as figures do.
_MARKS = frozenset({"пятёрка", "пятерка", "четвёрка", "четверка", "тройка", "двойка"})
# An address told: «ул. Садовая, 8, кв. 12».
_ADDRESS = frozenset({"ул", "улица", "проспект", "пр-т", "переулок", "пер", "кв", "квартира", "шоссе", "бульвар"})


def _content(toks: Sequence[Token]) -> bool:
    """The sentence holds what the data says, not only its name: a figure, marks, an address, a full name
    («Галины Петровны»), or the data handed over («отправила»). «Оценки Кирилла видны в дневнике», «маме придёт
    СМС», «приходите с паспортом» tell nothing; nor does a figure that counts how long something takes («файл придёт
    за 15 минут», «в течение 3 дней»)."""
    if any((any(c.isdigit() for c in t.text) or t.tag.startswith("NUMR")) and not _span_of_time(toks, i)
           or t.lemmas & (_MARKS | _ADDRESS)
           or (t.lemmas & _HAND_OVER and "past" in t.tag and "indc" in t.tag) for i, t in enumerate(toks)):
        return True
    return any(_person(a) and _person(b) for a, b in zip(toks, toks[1:]) if a.text[:1].isupper() and b.text[:1].isupper())


_TIME_UNITS = frozenset({"минута", "час", "день", "сутки", "неделя", "месяц"})
_SPAN_WORDS = frozenset({"за", "через", "течение"})


def _span_of_time(toks: Sequence[Token], i: int) -> bool:
    """«за 15 минут», «через 2 дня», «в течение 3 рабочих дней»: a count of time units after «за», «через», «в
    течение» — how long a process takes, not what anyone's data says; «за 2–3 дня»: the range's second end too."""
    if i > 1 and toks[i - 1].text.isdigit() and toks[i].text.isdigit():
        i -= 1
    before = toks[i - 1].lower if i else ""
    unit = next((t for t in toks[i + 1:i + 3] if t.lemmas & _TIME_UNITS), None)
    return before in _SPAN_WORDS and unit is not None


def _brought(toks: Sequence[Token], span: Span) -> bool:
    """«Приходите вместе с сыном, возьмите оба паспорта», «оформить карту на дочь можно в отделении»: the data
    is what the customer is told to bring or do (the verb of its clause is an imperative or an infinitive) —
    the reply tells nothing about anyone. «Номер оформлен на Петрова» tells."""
    at = next((i for i, t in enumerate(toks) if t.start == span[0]), None)
    if at is None:
        return False
    if toks[at].tag.startswith("INFN"):
        return True
    for tok in reversed(toks[max(0, at - 4):at]):
        if tok.tag.startswith(("VERB", "INFN", "PRTS", "PRTF")):
            return "impr" in tok.tag and bool(tok.lemmas & _BRING)  # «Запишите телефон соседки: …» tells it
    return False


# What the customer is asked to bring or show: their documents, not anyone's data told to them.
_BRING = frozenset({"взять", "брать", "принести", "приносить", "показать", "предъявить", "захватить", "подготовить",
                    "приложить", "прийти", "приходить", "иметь"})


_THIRD_PERSON = frozenset({"его", "ее", "её", "их", "него", "нее", "неё", "них"})
_SHE_HE = frozenset({"он", "она", "они"})
# Handing something over: «отправила на почту», «высылаю», «вот данные».
_HAND_OVER = frozenset({"отправить", "выслать", "переслать", "прислать", "направить", "скинуть", "продублировать"})


def _asked_for_others(r: Reply) -> tuple[set[str], set[str]] | None:
    """What of someone else's the customer asks to be sent or told (the words of the data: «детализацию»,
    «оценки»), and that someone's names — None when the customer asks for no one else's data."""
    text = "\n".join(r.customer_messages)
    theirs = tokenize(text)
    if not _hits(theirs, r.lex.ask, gap=0):
        return None
    own = {w.lower().replace("ё", "е") for w in r.customer_name.split()}
    named = [t for i, t in enumerate(theirs) if t.text[:1].isupper() and not t.lemmas & own
             and (_person(t) or _beside_person(theirs, i, r)) and not (i and _street(theirs, i))]
    others = {lemma for t in named for lemma in t.lemmas}
    wanted_words: set[str] = set()
    someone_else = bool(others or _hits(theirs, r.lex.other_person, gap=0))
    for start, end in sentences(text):  # the data and whose it is, in one sentence: «оценки Андрея», «его звонков»
        toks = [t for t in theirs if start <= t.start < end]
        whose = [t for t in toks if t.lemmas & others or t.lower in _THIRD_PERSON] + \
            [t for s in _hits(toks, r.lex.other_person, gap=0) for t in toks if t.start == s[0]] + \
            [t for t, nxt in zip(toks, toks[1:]) if t.lower in _THAT_ONE and nxt.lower in _WHO]  # «телефон того, кто перевёл»
        if others:  # «доступ к отчётам коллеги Смирнова»: the named person's thing, whatever its kind
            asked_at = {s[0] for s in _hits(toks, r.lex.ask, gap=0)}
            wanted_words |= named_things(toks, others, asked_at, lambda t: bool(_hits([t], r.lex.other_person, gap=0)))
        for w in _hits(toks, r.lex.other_data + r.lex.other_facts, gap=1):
            at = next(i for i, t in enumerate(toks) if t.start == w[0])
            if whose and not any("мой" in t.lemmas or "свой" in t.lemmas for t in toks[max(0, at - 1):at + 3]):
                wanted_words |= set().union(*(t.lemmas for t in toks if w[0] <= t.start < w[0] + w[1]))
        # «Моя подруга остановилась у вас. В каком она номере?»: «она» is the person the messages spoke of
        pointed = whose + [t for t in toks if t.lower in _SHE_HE] if someone_else else whose
        if pointed:
            wanted_words |= _asked_which(toks, pointed)
    return (wanted_words, others) if wanted_words else None


def _beside_person(toks: Sequence[Token], i: int, r: Reply) -> bool:
    """«мама Вики Соколовой», «папа Лады»: a capitalised word the dictionary reads as something else («вика» is a plant)
    is a first name when a surname follows it or a word of kinship stands just before it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1].isupper() and _person(nxt):
        return True
    return i > 0 and bool(_hits(toks[i - 1:i], r.lex.other_person, gap=0))


def _asked_which(toks: Sequence[Token], whose: Sequence[Token]) -> set[str]:
    """«Какое у неё место?», «какой у Пети номер комнаты?»: the thing a «какой» asks of someone else is their data,
    whatever its kind (seat, room, ward, flight)."""
    found: set[str] = set()
    for i, tok in enumerate(toks):
        if "какой" in tok.lemmas:
            found |= {x for t in toks[i + 1:i + 5] if t.tag.startswith("NOUN") and t not in whose
                      and "anim" not in t.tag for x in t.lemmas}
    return found


def _handed_over(toks: Sequence[Token], wanted_words: set[str], others: set[str], text: str = "") -> list[Span]:
    """The customer asks for the data of someone else («я жена абонента…, пришлите детализацию его звонков»,
    «пришлите оценки Андрея»), and the reply sends it or says it will («детализацию отправила / пришлю на вашу
    почту») or tells it with a figure («Андрей сдал экзамен на 4») — unless that sentence refuses («…могу сообщить
    только ей самой», «не могу отправить»)."""
    if _refused(toks):
        return []
    # sent already («отправила»), or promised by the operator («пришлю сегодня», «высылаем») unless only on a
    # condition («если нотариус запросит, отправим ему»)
    promised = not any(t.lower in ("если", "когда") for t in toks)
    sent = [t for t in toks if t.lemmas & _HAND_OVER and "indc" in t.tag
            and ("past" in t.tag or (promised and "1per" in t.tag))]
    data = [t for t in toks if t.lemmas & wanted_words]
    if sent and data:
        return sorted({(t.start, t.end - t.start) for t in (data[:1] + sent[:1])})
    # «телефон +7 903 555-18-42», «остаток — 120 000 ₽»: the data asked for and, right after it, what it says
    # («отключила телефон с 15 октября» dates a deed, «оценка за проект — в «Модуль 3»» names a place)
    told = [nxt for t, nxt in zip(toks, toks[1:]) if t in data and nxt.start - t.end <= 3
            and any(c.isdigit() for c in nxt.text) and text[t.start - 1:t.start] != "«"][:1]  # «Модуль 3»: a menu item
    if told:
        told = [t for t in toks if t.start >= told[0].start and any(c.isdigit() for c in t.text)]
    if data and told:
        end = told[0].end  # the whole figure: «+7 903 555-18-42», «120 000»
        for t in told[1:]:
            if t.start - end > 2:
                break
            end = t.end
        return [(data[0].start, data[0].end - data[0].start), (told[0].start, end - told[0].start)]
    named = [t for t in toks if t.text[:1].isupper() and t.lemmas & others]
    # «81 балл», «две четвёрки», «место 14C»
    figures = [t for t in toks if any(c.isdigit() for c in t.text) or t.tag.startswith("NUMR")]
    if named and figures:
        return [(named[0].start, named[0].end - named[0].start), (figures[0].start, figures[0].end - figures[0].start)]
    return []


_MAY = frozenset({"мочь", "иметь", "вправе", "право", "сообщить", "сообщать", "дать", "давать", "выдать", "выдавать",
                  "передать", "передавать", "раскрыть", "раскрывать", "разглашать"}) | _HAND_OVER


def _refused(toks: Sequence[Token]) -> bool:
    """A refusal, not any «не» («пересдача ему не нужна»): «только владельцу», «нельзя», «не могу / не вправе /
    не передаём»."""
    soon = _as_soon_as(toks)
    if any(t.lower in ("только", "нельзя", "никому", "самому", "самой", "лично") and t.start not in soon for t in toks):
        return True
    return any(a.lower == "не" and b.lemmas & _MAY for a, b in zip(toks, toks[1:]))


def _as_soon_as(toks: Sequence[Token]) -> set[int]:
    """«Только» as half of «как только» («пришлю, как только пришлёте код»): a time — it neither warns nor refuses."""
    return {t.start for a, t in zip(toks, toks[1:]) if a.lower == "как" and t.lower == "только"}


def _person(tok: Token) -> bool:
    """A first name, surname or patronymic by the dictionary's likelier readings taken together: «Ивановой» is a
    surname in any of its cases, each alone unlikely."""
    return sum(p.score for p in morph().parse(tok.lower) if any(tag in p.tag for tag in _PERSON_TAGS)) >= 0.3


def _echoes(toks: Sequence[Token], theirs: Sequence[Token], data: Sequence[Span]) -> bool:
    """The kind of data named (address, phone), every capitalised word and every long number (a phone, a passport) of the
    sentence come from the customer's own messages, which speak of no one else and ask for nothing to be sent: the reply tells the customer nothing about anyone they had not told it."""
    said = set().union(*(t.lemmas for t in theirs)) | {t.lower for t in theirs}
    kinds = [t for t in toks if any(s[0] <= t.start < s[0] + s[1] for s in data)]
    named = [t for i, t in enumerate(toks) if (i and t.text[:1].isupper()) or (t.text.isdigit() and len(t.text) >= 5)]
    return bool(named) and all(t.lower in said or t.lemmas & said for t in kinds + named)
