"""A customer puzzled by a sum charged is answered by what the sum is for — even beside a reproach or a claim that the
billing cannot err, which the tone judges; a demand to give the money back is not answered by the explanation."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply

EXPLAINED = [
    (["Что за списание 250 рублей в прошлый вторник?!! Я ничего не заказывал!"],
     "Здравствуйте! Сожалею, что вас это встревожило, но у нас всё учтено верно. Это плата за выписку, которую вы "
     "запросили в приложении. Хорошего дня!", "Это плата за выписку"),
    (["Пришла квитанция на 1 900 вместо 700. Вы там ошиблись?"],
     "Здравствуйте! Ошибки тут нет, биллинг не ошибается: 1 200 ₽ — подписка на онлайн-кинотеатр. Всего доброго!",
     "1 200 ₽ — подписка на онлайн-кинотеатр"),
    (["добрый вечер", "с карты сняли 990 за обучение", "в договоре было 890, ничего не понимаю"],
     "Добрый вечер! Об этом надо было прочитать в письме от 1 марта. Теперь месяц обучения стоит 990 рублей. "
     "Всего доброго!", "Теперь месяц обучения стоит 990 рублей"),
]


@pytest.mark.parametrize("customer, reply, quoted", EXPLAINED)
def test_what_the_sum_is_for_answers_the_puzzled_customer(customer, reply, quoted):
    result = score_reply(reply, customer)["solution"]
    assert result.passed is True
    assert f"«{quoted}" in result.reason


@pytest.mark.parametrize("customer, reply", [
    (["Списали 300 рублей за подписку, верните немедленно!"],
     "Здравствуйте! 300 ₽ — это стоимость подписки за месяц. Хорошего дня!"),
    (["Что за счёт на 900 рублей?"], "Здравствуйте! Счёт — это документ, который приходит каждый месяц. Хорошего дня!"),
    (["Что за счёт на 900 рублей?"], "Здравствуйте! Все начисления проверены, система не ошибается. Хорошего дня!"),
])
def test_a_demand_or_a_sum_left_unexplained_is_no_answer(customer, reply):
    assert score_reply(reply, customer)["solution"].passed is False
