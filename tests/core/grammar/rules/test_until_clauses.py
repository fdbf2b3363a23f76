"""«пока (не)» as «until» opens a clause with its comma; the adverb «пока» («for now») needs none."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Нужно подождать пока не придёт код.", "подождать пока", "подождать, пока"),
    ("Держите кнопку пока экран не погаснет.", "кнопку пока", "кнопку, пока"),
    ("Заказ придёт даже если вы уедете.", "придёт даже", "придёт, даже"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Платить пока не придётся, пробный месяц бесплатный.",  # the infinitive depends on «придётся»
    "Ждать пока не понадобится: заявку уже одобрили.",
    "Менять тариф пока не получится, идут работы.",
    "Заказ пока в пути.",
    "Мы пока не знаем точной даты.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []


@pytest.mark.parametrize("text", [
    "Кешбэк пока не начислился, проверим завтра.",  # the noun opens its clause: «пока» is «yet»
    "Простите, перевод пока не зачислен.",
    "Документы пока не проверили, ждём ответа.",
    "Бонусы клиентам пока не начислили.",  # the subject further back, no predicate before «пока»
])
def test_silent_after_the_clauses_own_subject(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Не закрывайте вкладку пока не придёт код.", "вкладку пока", "вкладку, пока"),  # a verb before the noun
    ("Оставьте вкладку открытой пока оплата не пройдёт.", "открытой пока", "открытой, пока"),
])
def test_fires_after_a_main_clause(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]
