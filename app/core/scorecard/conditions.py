"""«Какие условия?»: a question about the terms of a product or a rule is answered by the terms themselves.

The reply need not say the word «условия»: «карта бесплатная, лимиты задаёте вы», «рассрочка на 6 или 12 месяцев без
переплаты, если цена от 10 000 ₽», «вернём всё, кроме консульского сбора» state terms. A sentence states one when it
limits or frees something — by «если / при / кроме / только / без», a bound («до», «от», «не больше», «не позже»,
«на каждого») — and names the measure of it: a figure, a sum or a percent; or when it names the cost in a word
(«бесплатно»). A closing wish or a bare «подробные условия есть в договоре» states none.
"""

from __future__ import annotations

from app.core.scorecard.card import Span
from app.core.scorecard.questions import questions
from app.core.scorecard.reply import Reply
from app.core.scorecard.words import is_number, tokenize

_TERMS = frozenset({"условие", "ограничение"})
_LIMITS = frozenset({"если", "при", "кроме", "только", "лишь", "без", "до", "от", "больше", "меньше", "позже",
                     "раньше", "максимум", "минимум", "каждый"})
_FREE = frozenset({"бесплатно", "бесплатный", "платно", "платный"})
_WRITTEN = frozenset({"договор", "сайт", "оферта", "правило", "раздел", "faq"})


def asks_terms(question: str) -> bool:
    """«Какие условия?», «какие условия у вклада?», «есть ли ограничения?»."""
    return any(t.lemmas & _TERMS for t in tokenize(question))


def terms_stated(r: Reply) -> bool:
    """A sentence of the reply that limits or frees something («на каждого ребёнка» limits too) and names its
    measure."""
    return any(_states_terms(r, start, end) for start, end in r.sentences)


def _states_terms(r: Reply, start: int, end: int) -> bool:
    words = r.tokens_in(start, end)
    if any(t.lemmas & _WRITTEN for t in words):
        return False  # «условия описаны в договоре»: where the terms are, not the terms
    limits = any(t.lemmas & _LIMITS for t in words)
    measure = any(is_number(t) for t in words) or "%" in r.text[start:end] or "₽" in r.text[start:end]
    return limits and measure or any(t.lemmas & _FREE for t in words)


def terms_told(r: Reply, span: Span) -> bool:
    """«Какие условия у годового тарифа?» — «При оплате за год скидка 20 % к помесячной цене»: to a customer who asks
    the terms, an offer's word («скидка») in a sentence that states terms by a limit and its measure is one of the
    terms asked for, not an advert. A free word alone («бесплатно») does not make an offer's sentence terms: it is
    the offer's own word."""
    if not any(asks_terms(q) for q in questions(r)):
        return False
    start, end = r.sentence_at(span[0])
    words = r.tokens_in(start, end)
    return _states_terms(r, start, end) and any(t.lemmas & _LIMITS for t in words)


def terms_answered(r: Reply, question: str) -> bool:
    return asks_terms(question) and terms_stated(r)
