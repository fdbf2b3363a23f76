"""An abbreviation in capitals that opens a hyphenated compound («ПИН-код», «ЖК-экран») is not shouting (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.tone_caps import compound_head

CALM = ["Если я поменяю телефон, придётся заново заказывать карту оператора?"]


def test_the_head_of_a_compound_is_found():
    text = "Старая СИМ-карта подойдёт, а ПИН-код останется прежним."
    assert compound_head(text, text.index("СИМ"), text.index("СИМ") + 3)
    assert compound_head(text, text.index("ПИН"), text.index("ПИН") + 3)
    shout = "Это ОЧЕНЬ-ОЧЕНЬ важно и ВАЖНО."
    assert not compound_head(shout, shout.index("ОЧЕНЬ"), shout.index("ОЧЕНЬ") + 5)
    assert not compound_head(shout, shout.index("ВАЖНО"), shout.index("ВАЖНО") + 5)


def test_a_compound_keeps_the_tone_and_a_lone_capital_word_does_not():
    c = card("Здравствуйте! Нет, заказывать не нужно: переставьте старую СИМ-карту в новый телефон, ПИН-код "
             "останется тем же. Если будут вопросы, пишите.", customer=CALM)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Нет, заказывать НИЧЕГО не нужно: переставьте старую карту в новый телефон. "
             "Если будут вопросы, пишите.", customer=CALM)
    assert c["tone"].passed is False
