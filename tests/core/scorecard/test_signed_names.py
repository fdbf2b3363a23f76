"""A name from another language signs the message after thanks or alone at its end, though the dictionary reads it
as a surname, a rare common noun or not at all; a frequent word there signs nothing."""

from __future__ import annotations

import pytest

from app.core.scorecard.signed_names import foreign_signature
from reply_cases import card


@pytest.mark.parametrize("message, name", [
    ("Where is my refund? Thanks, Хорхе", "Хорхе"),
    ("Посылка не пришла, проверьте пожалуйста\nСпасибо Карлос", "Карлос"),
    ("Не проходит оплата картой, помогите.\nЛинь", "Линь"),
    ("Счёт не закрывается третий день. Нгуен", "Нгуен"),
])
def test_a_foreign_name_signs(message, name):
    assert foreign_signature(message) == name


@pytest.mark.parametrize("message", [
    "Посылка не пришла. Безобразие.",
    "Где мой возврат? Клиент",
    "У меня вопрос по тарифу. Мама",
    "Не приходит код. Спасибо",
    "Верните деньги. Жду.",
    "Заранее спасибо, Команда",
    "Можно сменить номер через приложение? Андроид.",  # an animate noun after a full stop names the phone
    "Пришлите акт сверки. ООО «Ромашка», бухгалтер А. В. Сидорова",  # a surname after initials
])
def test_a_common_word_at_the_end_signs_nothing(message):
    assert foreign_signature(message) == ""


def test_the_operator_is_held_to_the_signed_name():
    customer = ["Не могу войти в приложение банка, пишет «ошибка 403».\nЛинь"]
    c = card("Здравствуйте, Линь! Извините за неудобство. Ошибку 403 мы исправили, войдите заново. Хорошего дня!",
             customer=customer)
    assert c["name"].passed is True
    c = card("Здравствуйте! Извините за неудобство. Ошибку 403 мы исправили, войдите заново. Хорошего дня!",
             customer=customer)
    assert c["name"].passed is False
