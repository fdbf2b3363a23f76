"""Style counts vague words by what they mean in the reply: «рядом» (next to) is a place, «ряд причин» is vague."""

from __future__ import annotations

from reply_cases import card

CUSTOMER = ["Здравствуйте! Есть два места рядом на поезд до Казани на пятницу?"]


def test_seats_next_to_each_other_are_no_vague_words():
    c = card("Здравствуйте! Два места рядом есть в вагоне 5, по 2 300 ₽. Ещё рядом свободны места 14 и 15 в вагоне 7. "
             "Напишите, какие забронировать.", CUSTOMER)
    assert c["style"].passed is True, c["style"].reason


def test_a_number_of_reasons_is_still_vague():
    c = card("Здравствуйте! По ряду причин в ближайшее время мест нет. Напишите, если будут вопросы.", CUSTOMER)
    assert c["style"].passed is False
    assert c["style"].reason == "Много слов-паразитов и штампов (2): неопределённость: «ряду», «в ближайшее время»."
