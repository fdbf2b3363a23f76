"""Adverts in a reply: what sells a product or an offer, and what only looks like one.

An offer's phrase («оформите нашу карту», «скидка 10 %», «месяц бесплатно») is an advert when it sells what the
customer never asked about. It is none when the customer raised the offer themselves, when it is the procedure
they need («оформите заявление на возврат»), a compensation already given, an offer that ended (a reason told in the
past), a discount that explains the customer's own bill, or part of the asked price. Moved out of :mod:`solution`
unchanged; the solution judge sets aside what is left, and fails a reply that is little besides its advert.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.scorecard.answer_forms import digressions
from app.core.scorecard.card import Span
from app.core.scorecard.conditions import terms_told  # «какие условия?» — «при оплате за год скидка 20 %»
from app.core.scorecard.done_deeds import alike
from app.core.scorecard.past_deeds import operator_did
from app.core.scorecard.questions import PRICE_RE, asked_kinds, content, questions
from app.core.scorecard.reasons import gives_reason, why_questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.steps import clause_at
from app.core.scorecard.words import find_phrases, normal_form, tokenize


def adverts(r: Reply) -> list[Span]:
    """The reply's adverts: its offer phrases less those that are no advert here, and its digressions («кстати, …»)."""
    found = [s for _, s in find_phrases(r.tokens, r.lex.adverts, gap=1)]
    if found and _customer_raised(r, found):  # a promo code the customer asks about is no advert
        found = [a for a in found if _sells(r, a)]
    return [a for a in found if not _plain_offer_on_topic(r, a) and not _given(r, a) and not _bygone(r, a)
            and not _explains(r, a) and not _in_price_told(r, a) and not terms_told(r, a)
            and not _asked_about(r, a)] + digressions(r)


def little_besides(r: Reply, aside: Sequence[Span]) -> bool:
    """Set aside the advert, the greeting, the sympathy and the closing wish: fewer than three words of
    substance are left («Подключение за один день»), so the advert is the reply."""
    wishes = r.lex.wishes_set
    substance = 0
    for n, (start, end) in enumerate(r.sentences):
        words = r.tokens_in(start, end)
        if not words or (start, end) in aside or (n == 0 and find_phrases(words, r.lex.greeting)) \
                or words[0].lemmas & wishes or find_phrases(words, r.lex.empathy):
            continue
        substance += len(content(words))
    return substance < 3


# «Оформите / подключите» sells a product («оформите страховку»), unless what is to be filed is a procedure the
# customer needs: «оформите заявление на возврат», «оформите заявку на обмен».
_PLAIN_OFFERS = frozenset({"оформить", "подключить"})
_PROCEDURES = frozenset({"заявление", "заявка", "возврат", "обмен", "претензия", "жалоба", "перенос", "доверенность",
                         "запрос", "обращение", "отказ", "расторжение", "перерасчёт", "компенсация",
                         # placing the order or the booking is how the customer gets what they asked for
                         "заказ", "доставка", "бронь", "бронирование"})


_IT = frozenset({"его", "её", "ее", "их", "него", "неё", "нее", "них"})


def _sells(r: Reply, span: Span) -> bool:
    """«Оформите нашу кредитную карту» to a customer asking about their cashback: an offer to take up a product the
    customer never named is an advert, whatever else of the offer they raised."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _PLAIN_OFFERS:
        return False
    theirs = r.customer_lemmas
    return not r.tokens[idx].lemmas & theirs and not any(
        t.lemmas & theirs for t in r.tokens[idx + 1:idx + 4] if t.tag.startswith("NOUN"))


def _plain_offer_on_topic(r: Reply, span: Span) -> bool:
    """An «оформите / подключите» whose object (within the next three words) is a procedure, not a product — or
    what the customer's question names («можно ли в ЭДО?» — «подключите его в «Настройки» → «ЭДО»»)."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None or not r.tokens[idx].lemmas & _PLAIN_OFFERS:
        return False
    clause = clause_at(r.text, span[0]) or (span[0], span[0] + span[1])
    asking = questions(r)
    if not asking:  # a customer who only tells a worry («боюсь, что опять придёт огромный счёт за роуминг в Армении»)
        # asks with every word, and the offer's whole sentence may answer it («Подключите опцию «Армения»…»)
        asking = r.customer_messages
        clause = next(((s, e) for s, e in r.sentences if s <= span[0] < e), clause)
    asked = set().union(*(set().union(*content(tokenize(q)).values()) for q in asking if content(tokenize(q))))
    # «…пакет 1 ГБ на 7 дней, подключите его командой *137#»: a pronoun object stands for a noun before it, and what
    # the offer is about is said where that noun is — its own sentence or the one before
    if idx + 1 < len(r.tokens) and r.tokens[idx + 1].lower in _IT:
        n = next(i for i, se in enumerate(r.sentences) if se[0] <= span[0] < se[1])
        clause = (r.sentences[max(0, n - 1)][0], r.sentences[n][1])
        # where it is told what the thing does, its doing may be the asked one in the other aspect («блокирует» to
        # «как заблокировать?»)
        doings = {normal_form(t.lower) for q in asking for t in tokenize(q) if t.tag.startswith(("VERB", "INFN"))}
        if any(t.tag.startswith("VERB") and any(alike(normal_form(t.lower), v) for v in doings)
               for t in r.tokens_in(clause[0], clause[1]) if t is not r.tokens[idx]):
            return True
    # «Как оформить по ОСАГО?» — «оформите европротокол»: the very doing asked about
    return any(t.lemmas & _PROCEDURES for t in r.tokens[idx + 1:idx + 4]) or bool(r.tokens[idx].lemmas & asked) or any(
        t.lemmas & asked for t in r.tokens_in(clause[0], clause[1]) if t is not r.tokens[idx])


def _given(r: Reply, span: Span) -> bool:
    """«Выдала вам промокод на 500 рублей за задержку»: what the operator has already given is a compensation,
    not an advert."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None:
        return False
    return any(operator_did(r, (t.start, t.end - t.start)) for t in r.tokens[max(0, idx - 2):idx])


def _bygone(r: Reply, span: Span) -> bool:
    """«В прошлом месяце закончилась скидка по акции, поэтому счёт вырос»: an offer told in the past tense is what
    happened — a reason, not an advert."""
    idx = next((i for i, t in enumerate(r.tokens) if t.start == span[0]), None)
    if idx is None:
        return False
    # the verb next to the offer's word, not «А вы знали, что…»: a question put to the customer
    near = r.tokens[max(0, idx - 4):idx + 3]
    return any(t.tag.startswith("VERB") and "past" in t.tag and not re.search(r"[.!?…\n]", r.text[
        min(t.end, span[0]):max(t.start, span[0])]) for t in near) and not any(t.lower == "вы" for t in near)


def _explains(r: Reply, span: Span) -> bool:
    """«Почему списали за доставку?» — «она бесплатна от суммы после скидки: у вас была скидка 400 рублей, поэтому
    заказ стал 2 800»: to a why-question, a discount named in a sentence that gives the reason is the customer's own
    bill explained, not an offer."""
    if not why_questions(r):
        return False
    at = next(((s, e) for s, e in r.sentences if s <= span[0] < e), None)
    return at is not None and any(at[0] <= g[0] < at[1] for g in gives_reason(r, []))


def _in_price_told(r: Reply, span: Span) -> bool:
    """«Сколько стоит тариф на 10 пользователей?» — «…обойдутся в 48 000 ₽ за год, скидка за оплату сразу уже учтена»;
    «…стоит 2 500 ₽ на сайте и 4 000 ₽ в аэропорту, так что оплатить заранее выгоднее»: to a question of price, an offer's
    word in the sentence that gives the asked price of the customer's thing (a sum the customer did not write, beside a
    noun of theirs) is part of the answer, not an advert."""
    if "цена" not in asked_kinds(r):
        return False
    start, end = r.sentence_at(span[0])
    said = r.text[start:end]
    theirs = "\n".join(r.customer_messages)
    priced = [m for m in re.finditer(r"\d[\d\s\u00a0]*\d|\d", said) if PRICE_RE.match(said, m.end())
              or PRICE_RE.match(said, m.end() + 1)]
    # a noun of theirs, not a unit of time («первые две недели бесплатно» to «уезжаю на неделю»)
    return any(m.group().strip() not in theirs for m in priced) and any(
        t.tag.startswith("NOUN") and t.lemmas & r.customer_lemmas and not t.lemmas & (r.lex.units | r.lex.months)
        and len(t.lower) > 3 for t in r.tokens_in(start, end))


def _customer_raised(r: Reply, spans: Sequence[Span]) -> bool:
    """The customer's own messages speak of offers (a promo code, a discount, an offer), and of this one's
    subject: «месяц бесплатно» is an advert to a customer who only mentioned a month."""
    mine = r.customer_tokens
    if not find_phrases(mine, r.lex.adverts, gap=1):
        return False
    theirs = set().union(*(t.lemmas for t in mine))
    return any(t.lemmas & theirs for t in r.tokens for s in spans
               if s[0] <= t.start < s[0] + s[1] and len(t.lower) > 3)


def _asked_about(r: Reply, span: Span) -> bool:
    """«Снимать наличные в чужом банкомате бесплатно?» — «снятие до 50 000 ₽ в месяц бесплатно»: the offer's own word
    (not a unit of time) asked in the customer's question is the answer to it, not an offer sold."""
    asked = set().union(*(t.lemmas for q in questions(r) for t in tokenize(q)))
    skip = r.lex.units | r.lex.months
    return any(t.lemmas & asked and not t.lemmas & skip and len(t.lower) > 3
               for t in r.tokens_in(span[0], span[0] + span[1]))
