"""A finite verb on «ты» («найдёшь», «сможешь») fails tone as the pronoun does; the generic «ты» of a saying or a
general truth, and words in quotation marks, do not."""

from __future__ import annotations

import pytest

from reply_cases import card

ASKED = ["Подскажите, где взять квитанцию об оплате за прошлый месяц?"]


@pytest.mark.parametrize("reply, word", [
    ("Здравствуйте! Квитанцию найдёшь в личном кабинете, раздел «Платежи». Хорошего дня!", "найдёшь"),
    ("Добрый день! Если нужно, сможешь выгрузить её в PDF из раздела «Платежи». Хорошего дня!", "сможешь"),
    ("Здравствуйте! В разделе «Платежи» ты увидишь все квитанции, а ещё там же получаешь их на почту. Всего доброго!",
     "получаешь"),
])
def test_a_verb_on_thou_fails_tone(reply, word):
    c = card(reply, ASKED)
    assert c["tone"].passed is False and c["tone"].critical_failure
    assert word in c["tone"].reason, c["tone"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Искать квитанцию по всем письмам — занятие, которое врагу не пожелаешь, понимаю. Она в разделе "
    "«Платежи» личного кабинета, кнопка «Скачать». Хорошего дня!",
    "Здравствуйте! Досадно, когда ищешь бумагу и не находишь, сочувствую. Квитанция в разделе «Платежи» личного "
    "кабинета, кнопка «Скачать». Хорошего дня!",
    "Здравствуйте! Квитанция в разделе «Платежи», кнопка «Сохранишь — получишь PDF» внизу страницы. Хорошего дня!",
])
def test_a_generic_or_quoted_thou_is_no_address(reply):
    c = card(reply, ASKED)
    assert c["tone"].passed is True, c["tone"].reason
