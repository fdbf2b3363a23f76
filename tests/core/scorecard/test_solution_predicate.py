"""A yes-or-no question is answered by a clear yes or no about its own predicate, whatever the words: the same verb,
one close in meaning, its opposite with or without «не», or «мы» for the customer's «вы». A statement about another
thing answers nothing."""

from __future__ import annotations

import pytest

from reply_cases import card

MILES = ["Добрый день! Если я поменяю карту на премиальную, накопленные мили не пропадут?"]
PROMO = ["Подскажите, промокод действует на товары из раздела «Уценка»?"]
SAFE = ["Оплачивать коммуналку через ваше приложение безопасно? Боюсь мошенников."]
CALLER = ["Мне сейчас звонил мужчина, представился службой безопасности и просил продиктовать код. Это были вы?"]


@pytest.mark.parametrize("reply, customer", [
    # the opposite of the question's verb: «сохранятся» to «не пропадут»
    ("Здравствуйте! При смене карты мили сохранятся полностью и перейдут на новую.", MILES),
    ("Здравствуйте! Все накопленные мили останутся на вашем счёте, менять карту можно спокойно.", MILES),
    # a verb close in meaning, with or without «не»: «работает» to «действует?»
    ("Здравствуйте! На товары из «Уценки» промокод не работает: их цена уже снижена.", PROMO),
    ("Здравствуйте! Промокод работает и на товары из «Уценки», сумма пересчитается в корзине.", PROMO),
    # with no verb, the question turns on how a thing is: the same word said back
    ("Здравствуйте! Безопасно: платежи идут по защищённому каналу, а каждый подтверждается кодом.", SAFE),
    # «мы» for «вы», then a step without a time of its own
    ("Здравствуйте! Нет, это были не мы: банк никогда не просит коды по телефону. Пришлите номер, с которого "
     "звонили, я передам его в службу безопасности.", CALLER),
])
def test_a_predicate_said_back_in_other_words_answers(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is True, c["solution"].reason


@pytest.mark.parametrize("reply, customer", [
    # what the new card gives, and nothing of the miles
    ("Здравствуйте! Премиальная карта даёт доступ в бизнес-залы аэропортов.", MILES),
    # how to pay, and nothing of the safety asked about
    ("Здравствуйте! Коммунальные платежи находятся в разделе «Платежи» → «ЖКХ».", SAFE),
    # where the goods come from, and nothing of the promo code
    ("Здравствуйте! Товары из «Уценки» продаются со склада в Подольске.", PROMO),
])
def test_without_the_predicate_said_back_there_is_no_answer(reply, customer):
    assert card(reply, customer)["solution"].passed is False, card(reply, customer)["solution"].reason



PARKING = ["Добрый вечер! У вас в гостинице есть парковка для гостей?"]
OFFLINE = ["Здравствуйте, а в приложении есть офлайн-режим?"]


@pytest.mark.parametrize("reply, customer", [
    # whether a thing is there, answered by «есть» said back: opening the reply, bare of the thing's name
    ("Есть, во дворе, въезд со стороны Садовой улицы.", PARKING),
    # or «имеется» said of the thing itself
    ("Здравствуйте! Офлайн-режим имеется в настройках.", OFFLINE),
])
def test_is_there_answered_by_there_is(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is True, c["solution"].reason


def test_there_is_in_a_question_back_answers_nothing():
    c = card("Добрый вечер! А есть ли у вас бронь на эти даты?", PARKING)
    assert c["solution"].passed is False, c["solution"].reason


def test_a_question_with_no_noun_asks_about_the_thing_of_the_message_before():
    customer = ["Неделю назад попросил перенести тренировку на субботу", "перенесли или нет?"]
    got = card("Здравствуйте! Тренировка перенесена на субботу, 11:00, зал тот же. Хорошего дня!", customer)
    assert got["solution"].passed is True, got["solution"].reason
    got = card("Здравствуйте! Наш зал работает с 8:00 до 22:00 без выходных. Хорошего дня!", customer)
    assert got["solution"].passed is False, got["solution"].reason
