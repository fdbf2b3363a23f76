"""«Какие условия?» answered by the terms themselves, not by the word «условия»."""

from __future__ import annotations

import pytest

from app.core.scorecard.conditions import asks_terms, terms_answered
from app.core.scorecard.reply import read_reply

from reply_cases import card


def _reply(text, customer):
    return read_reply(text, customer)


@pytest.mark.parametrize("question, asks", [
    ("Какие условия у кредитных каникул?", True),
    ("Есть ли ограничения по сумме?", True),
    ("Сколько стоит подписка?", False),
])
def test_a_question_about_terms_is_told_by_its_word(question, asks):
    assert asks_terms(question) is asks


@pytest.mark.parametrize("text", [
    "Здравствуйте! Страховка оформляется бесплатно для держателей карты «Плюс». Хорошего дня!",
    "Здравствуйте! Каникулы дают до 6 месяцев, если доход упал больше чем на 30%. Хорошего дня!",
    "Здравствуйте! Кешбэк — 3% на каждую покупку в кафе. Хорошего дня!",
])
def test_terms_are_stated_by_a_limit_and_its_measure(text):
    assert terms_answered(_reply(text, ["Какие условия?"]), "Какие условия?")


@pytest.mark.parametrize("text", [
    "Здравствуйте! Все условия каникул описаны в договоре, раздел 7. Хорошего дня!",
    "Здравствуйте! Каникулы оформляются в приложении. Хорошего дня!",
])
def test_where_the_terms_are_written_or_a_bare_way_states_none(text):
    assert not terms_answered(_reply(text, ["Какие условия?"]), "Какие условия?")


def test_a_reply_stating_the_terms_answers_the_terms_question_beside_another():
    customer = ["Как подключить семейный тариф? Какие условия?"]
    told = card("Здравствуйте! Подключить можно в приложении: «Тариф» → «Семейный» → «Подключить». Второй номер — "
                "бесплатно, если он оформлен на вас. Хорошего дня!", customer)
    assert told["solution"].passed is True


def test_an_offer_word_among_the_asked_terms_is_no_advert():
    from app.core.scorecard.adverts import adverts
    from app.core.scorecard.conditions import terms_told
    customer = ["Какие условия у семейной подписки? Если через 2 месяца передумаю, деньги вернут?"]
    text = ("Здравствуйте! При оплате сразу за год скидка 15 % к цене по месяцам. Если откажетесь через 2 месяца, "
            "мы вернём остаток на карту за 5 рабочих дней. Хорошего дня!")
    r = _reply(text, customer)
    assert adverts(r) == []
    assert card(text, customer)["solution"].passed is True
    # the same offer, to a customer who asks nothing about terms, is still an advert
    other = _reply("Здравствуйте! Деньги вернём за 5 рабочих дней. При оплате сразу за год скидка 15 %.",
                   ["Когда вернут деньги за подписку?"])
    assert adverts(other) and not terms_told(other, adverts(other)[0])
