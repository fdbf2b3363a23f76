"""A comma before the conjunction «иначе» («а то») that joins a clause of its own (OURS_CONJ_COMMA)."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Закройте окно иначе простудитесь.", "окно иначе", "окно, иначе"),
    ("Сдайте отчёт до обеда иначе бухгалтер не успеет.", "обеда иначе", "обеда, иначе"),
    ("Поторопись иначе мы опоздаем.", "Поторопись иначе", "Поторопись, иначе"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Сейчас всё выглядит совсем иначе.",
    "Мы решили поступить иначе.",
    "Так или иначе мы справимся.",
    "Он думает иначе, чем я.",
    "Он был не иначе как волшебником.",
    "Оплатите бронь заранее, иначе её снимут.",
    "Отправьте заявку сегодня иначе бронь снимут.",  # «бронь» may be the object: the clause is not sure
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []
