"""A refusal with nothing after it: «Нет, нельзя, ручная кладь — до 10 кг», «поэтому деньги не возвращаются».

The rubric fails such a reply twice: «Решение» (a refusal counts only with another way for the customer) and
«Тон» («отказ без выхода»). A reason given with the no («по правилам тарифа») is no way forward; a step for the
customer, an offer or a deed of the operator's, or «можно …» with another thing to do is.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.questions import content, touched
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import asks_back
from app.core.scorecard.words import PART_RE, first_person_future

# «нельзя», «невозможно»; «не получится», «не выйдет»; «не подлежит возврату»
_CANNOT = frozenset({"нельзя", "невозможно"})
_NOT_WORKING_OUT = frozenset({"получиться", "выйти", "удаться", "подлежать"})
# Money the customer wants back, refused: «деньги не возвращаются», «стоимость не компенсируется».
_NOT_GIVEN_BACK = frozenset({"возвращать", "возвращаться", "вернуть", "вернуться", "компенсировать",
                             "компенсироваться"})
# The customer's asking for money back: «верните», «хотим вернуть деньги», «возврат», «компенсацию».
_GIVING_BACK = frozenset({"вернуть", "возвращать", "возврат", "компенсировать", "компенсация", "возместить",
                          "возмещение"})
# What is not due: «перерасчёт в таком случае не положен», «компенсация не полагается».
_NOT_DUE = frozenset({"положить", "полагаться"})
# «перенос невозможен», «оплата наличными недоступна»: the short adjective says the no as «нельзя» does.
_IMPOSSIBLE = frozenset({"невозможный", "недоступный"})
# A rule of not giving out, in the present: «мы не сообщаем сведения о чужих картах», «информация не предоставляется».
_NOT_GIVEN_OUT = frozenset({"сообщать", "сообщаться", "предоставлять", "предоставляться", "выдавать", "выдаваться",
                            "разглашать", "раскрывать"})
# A bureaucratic no in the present: «возврат не производится», «перевод не осуществляется».
_NOT_DONE = frozenset({"производиться", "осуществляться", "проводиться"})
# No room left: «группы заполнены», «билеты распроданы» — the no said as a state, as «невозможен» says it.
_FULL = frozenset({"заполнить", "распродать"})
_CAN = frozenset({"можно", "можете", "сможете", "могу", "можем", "сможем", "могли"})
# A no with no «не» of its own: «бронь невозвратная», «в возврате вам отказано».
_NO_RETURN = frozenset({"невозвратный"})
_REFUSED = frozenset({"отказать"})
# A formula of regret or apology before «но»: «Сожалею, но…», «Простите, но…», «Увы, но…».
_REGRET = frozenset({"сожалеть", "сожаление", "жаль", "извинить", "простить", "увы", "извиняться"})


def refused_outright(r: Reply) -> list[Span]:
    """Where the reply says no to what the customer asks for, when it offers no other way: the «нельзя» (or «не
    получится», «не возвращаются») of a clause about the customer's own subject — not «коды нельзя сообщать никому»,
    a warning about something the customer did not raise."""
    toks = r.tokens
    nos = [i for i, tok in enumerate(toks) if tok.lower in _CANNOT
           or tok.lemmas & _IMPOSSIBLE and tok.tag.startswith("ADJS") or tok.lemmas & _FULL and tok.tag.startswith("PRTS")
           or tok.lemmas & _NO_RETURN or tok.lemmas & _REFUSED and tok.tag.startswith("PRTS")
           or i and toks[i - 1].lower == "не" and (tok.lemmas & (_NOT_WORKING_OUT | _NOT_GIVEN_BACK)
                                                   or tok.lemmas & (_NOT_GIVEN_OUT | _NOT_DONE) and "pres" in tok.tag
                                                   or tok.lemmas & _NOT_DUE and tok.tag.startswith(("PRTS", "VERB")))]
    if not nos or not _asks_for_something(r) or some_way(r):
        return []
    theirs = set().union(*content(r.customer_tokens).values())
    found = []
    for i in nos:
        tok = toks[i]
        negated = tok.lower not in _CANNOT and i > 0 and toks[i - 1].lower == "не"  # «не получится»: «не» in the no
        start, end = r.sentence_at(tok.start)
        if r.text[start:end].rstrip().endswith("?") or _supposed(r, start, tok.start):
            continue
        # its own clause («а коды нельзя сообщать никому»), or the sentence round a bare «Нет, нельзя, …»
        clause = next((m for m in PART_RE.finditer(r.text, start, end) if m.start() <= tok.start < m.end()), None)
        words = [t for t in r.tokens_in(clause.start(), clause.end()) if t is not tok] if clause else []
        if not content(words):
            words = [t for t in r.tokens_in(start, end) if t is not tok]
        elif not any(t.tag.startswith("NOUN") for t in words):
            # «адрес у заказа, который уже в пути, изменить нельзя»: what cannot be done to stands before the commas
            words = [t for t in r.tokens_in(start, clause.end()) if t is not tok]
        # «денежные средства не возвращаются» to «хотим вернуть деньги»: the doing refused is the one asked for
        if any(touched(lemmas, theirs) for lemmas in content(words).values()) \
                or tok.lemmas & (_NOT_GIVEN_BACK | _NO_RETURN | _REFUSED) and r.customer_lemmas & _GIVING_BACK \
                or _return_not_done(tok, words, r):
            at = toks[i - 1] if negated else tok
            found.append((at.start, tok.end - at.start))
    return found


def _return_not_done(tok, words, r: Reply) -> bool:
    """«Возврат денежных средств не производится» to «хотим вернуть деньги»: the bureaucratic no said of the return
    itself, to a customer who asks for their money back."""
    return bool(tok.lemmas & _NOT_DONE and r.customer_lemmas & _GIVING_BACK
                and any(t.lemmas & _GIVING_BACK for t in words))


def _supposed(r: Reply, start: int, at: int) -> bool:
    """«Если перенести не получится, удержим 15 %»: a no in an «если» clause is supposed, not said."""
    return any(t.lower == "если" for t in r.tokens_in(max(start, r.text.rfind(",", start, at)), at))


_BUT = frozenset({"но", "зато", "однако"})


def some_way(r: Reply) -> bool:
    """A way forward anywhere in the reply: a step for the customer («сдайте его в багаж»), «можно / вы можете …»
    or advice («лучше купить …») with something to do, a condition of the customer's («если перенесёте даты…»), the operator's offer or promise
    («могу перевести вас», «оформлю»), a deed done («я продлила»), or what the customer sees or does themselves («вы
    видите их в дневнике»)."""
    not_steps = r.lex.not_steps
    if any(not asks_back(r, s) and not any(t.start == s[0] and t.lemmas & not_steps for t in r.tokens)
           for s in r.imperatives[0]):
        return True
    toks = r.tokens
    for i, tok in enumerate(toks):
        before = toks[i - 1].lower if i else ""
        if tok.lower in _CAN and before != "не":  # «но можно вернуть билет», «перейти на тариф … можно в приложении»
            clause = next((m for m in PART_RE.finditer(r.text) if m.start() <= tok.start < m.end()), None)
            if clause and any(t.tag.startswith("INFN") and not t.lemmas & not_steps
                              for t in r.tokens_in(clause.start(), clause.end())):
                return True
        if tok.lower == "если" and any("2per" in t.tag and "futr" in t.tag for t in toks[i + 1:i + 4]):
            return True
        # «…, поэтому лучше купить там местную сим-карту»: advice, another thing to do
        if tok.lower == "лучше" and i + 1 < len(toks) and toks[i + 1].tag.startswith("INFN") \
                and not toks[i + 1].lemmas & not_steps and before != "не":
            return True
        if tok.lower in _BUT:  # «нельзя, но отчёт сохраняется в CSV, который Excel открывает»: the other thing
            clause = next((m for m in PART_RE.finditer(r.text) if m.start() <= tok.start < m.end()), None)
            rest = r.tokens_in(tok.end, clause.end()) if clause else []
            # «Сожалею, но вернуть деньги нельзя»: after a regret in its sentence, the clause after «но» is the no
            # itself, no other thing
            regret = any(t.lemmas & _REGRET for t in r.tokens_in(r.sentence_at(tok.start)[0], tok.start))
            if content(rest) and not (regret and any(t.lower in _CANNOT or t.lemmas & _IMPOSSIBLE for t in rest)):
                return True
        if before != "не" and first_person_future(tok.lower):
            return True
        # «Оценки Саши вы всегда видите в электронном дневнике»: what the customer can do or see themselves
        if tok.tag.startswith("VERB") and "2per" in tok.tag and "plur" in tok.tag and before != "не" \
                and ("pres" in tok.tag or "futr" in tok.tag) and "вы" in {t.lower for t in toks[max(0, i - 3):i]}:
            return True
        if tok.tag.startswith("VERB") and "past" in tok.tag and "perf" in tok.tag and before in ("я", "мы"):
            return True
        if _deed_without_subject(r, i):  # «Переселила вас в каюту 6214»
            return True
        if tok.lower in _OTHER_CAN and before != "не" and _someone_else_can(r, i):
            return True
        # «шестого добавить не получится, понадобится тариф «Старт»», «нужна доверенность»: what it takes, named
        if (tok.lemmas & _TAKES and tok.tag.startswith("VERB") or tok.lemmas & {"нужный"} and tok.tag.startswith("ADJS")) \
                and before != "не" and any(t.tag.startswith("NOUN") and "inan" in t.tag for t in toks[i + 1:i + 3]):
            return True
    return False


_YOURS = frozenset({"вас", "вам", "ваш", "ваша", "ваше", "ваши", "вашу", "вашего", "вашей", "ваших"})


def _deed_without_subject(r: Reply, i: int) -> bool:
    """«Переселила вас в каюту 6214», «Оформил вам возврат»: a singular past perfective verb that opens its sentence,
    with the customer as its object right after it — the operator's own deed with the «я» left out, not «Пришло
    уведомление» (no «вас» after it)."""
    tok = r.tokens[i]
    if not (tok.tag.startswith("VERB") and "past" in tok.tag and "perf" in tok.tag and "sing" in tok.tag):
        return False
    start, _ = r.sentence_at(tok.start)
    if r.text[start:tok.start].strip(" —–-\n"):
        return False
    return i + 1 < len(r.tokens) and r.tokens[i + 1].lower in _YOURS


# What the customer would need to get it: «понадобится», «потребуется» (with «нужен / нужна» beside them).
_TAKES = frozenset({"понадобиться", "потребоваться"})


_OTHER_CAN = frozenset({"может", "сможет", "могут", "смогут"})
_SELF = frozenset({"сам", "сама", "сами", "самостоятельно"})


def _someone_else_can(r: Reply, i: int) -> bool:
    """«Он может сам открыть вам доступ», «муж сможет заказать выписку в приложении»: the refused thing is within
    reach of the person it belongs to — a person (a third-person pronoun, a noun for a living being, or «сам») who
    can do something: another way for the customer. Not «это может занять неделю» (a thing, no doer)."""
    toks = r.tokens
    clause = next((m for m in PART_RE.finditer(r.text) if m.start() <= toks[i].start < m.end()), None)
    if clause is None:
        return False
    words = r.tokens_in(clause.start(), clause.end())
    after = [t for t in words if t.start > toks[i].start]
    if not any(t.tag.startswith("INFN") and not t.lemmas & r.lex.not_steps for t in after[:4]):
        return False
    before = [t for t in words if t.start < toks[i].start]
    person = any(t.lower in ("он", "она", "они") or t.tag.startswith("NOUN") and "anim" in t.tag and "nomn" in t.tag
                 for t in before[-3:])
    return person or any(t.lower in _SELF for t in after[:2])


# «Можно взять…?», «хочу отменить», «вернёте деньги?», «верните»: the customer asks for something to be done or
# allowed — not «почему начислили штраф?», where «штраф отменить нельзя» is news, not a request turned down.
_WANTING = frozenset({"можно", "мочь", "хотеть", "нужно", "надо", "нужный", "просить", "получиться", "реально"})


def _asks_for_something(r: Reply) -> bool:
    told = r.customer_tokens
    return any(t.lemmas & _WANTING or "impr" in t.tag or "2per" in t.tag and "futr" in t.tag for t in told)


# Verbs of giving the answer itself: «подскажут», «ответят», «объяснят» — not «помогут», a service done there.
_TELLING_THERE = frozenset({"подсказать", "ответить", "объяснить", "рассказать", "уточнить", "проконсультировать",
                            "разъяснить"})
_THERE = frozenset({"там", "они", "где", "тут", "здесь"})


def answer_handed_off(r: Reply) -> list[Span]:
    """«Обратитесь на стойку регистрации, там подскажут», «напишите в бухгалтерию — они ответят»: the answer itself
    left to others (a verb of telling in the third person plural, future, right after «там» / «они», or with no
    subject at all) — the operator does not say what they could; «там вам помогут» names help given there."""
    found = []
    toks = r.tokens
    for i, tok in enumerate(toks):
        if not (tok.lemmas & _TELLING_THERE and tok.tag.startswith("VERB") and "3per" in tok.tag
                and "plur" in tok.tag and "futr" in tok.tag):
            continue
        before = [t for t in toks[max(0, i - 2):i] if t.lower not in ("вам", "вас", "всё", "все")]
        if before and before[-1].lower in _THERE:
            found.append((before[-1].start, tok.end - before[-1].start))
    return found


# Who can shrug a trouble off: the operator, the company and its people — «мы тут ни при чём», «магазин ни при чём».
_WHO_SHRUGS = frozenset({"мы", "я", "наш", "компания", "банк", "магазин", "сервис", "оператор", "служба", "отдел",
                         "поддержка", "школа", "отель", "агентство", "склад", "курьер", "сотрудник"})


def cleared_suspect(r: Reply, span: Span) -> bool:
    """«Роутер тут ни при чём: по вечерам перегружается оборудование в доме»: «ни при чём» said of a thing — the
    customer's device, browser or token — clears a suspected cause, a diagnosis; only said of the company, its
    people or the speaker («мы тут ни при чём», «банк ни при чём, это продавец») does it shrug the trouble off."""
    toks = r.tokens
    inside = [i for i, t in enumerate(toks) if span[0] <= t.start < span[0] + span[1]]
    if not inside or "при" not in {toks[i].lower for i in inside}:
        return False
    start, _ = r.sentence_at(toks[inside[0]].start)
    # the subject: the nearest noun or pronoun before the phrase, inside its sentence
    at = next((j for j in range(inside[0] - 1, -1, -1)
               if toks[j].start >= start and (toks[j].tag.startswith("NOUN") or toks[j].tag.startswith("NPRO"))), None)
    # «регистр букв тут ни при чём»: a noun in the genitive right after another noun belongs to it
    while at is not None and at > 0 and "gent" in toks[at].tag and toks[at - 1].tag.startswith("NOUN") \
            and toks[at - 1].start >= start:
        at -= 1
    subject = toks[at] if at is not None else None
    if subject is not None and (subject.lower in ("вы", "вас") or at and "ваш" in toks[at - 1].lemmas):
        return True  # «Вы тут ни при чём, сбой был у нас», «ваш сын ни при чём»: the customer's side cleared, a comfort
    if subject is None or subject.lemmas & _WHO_SHRUGS or "NPRO" in subject.tag or "anim" in subject.tag.split(" ")[0]:
        return False
    # «регистр», «браузер»: an inanimate nominative reads as the accusative of the same form
    return "nomn" in subject.tag or "accs" in subject.tag and "inan" in subject.tag or subject.tag.startswith("LATN")
