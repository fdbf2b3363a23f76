"""A fraud attempt the customer only tells about: the bait's words («заблокирована», «под угрозой», «отменён») and the
customer's «не звонил» to it ask no empathy; the customer's own harm, told outside the bait, still does."""

from __future__ import annotations

import pytest

from test_customer import read


@pytest.mark.parametrize("message", [
    "Мне прислали СМС: «Ваш счёт арестован, позвоните по номеру 8 800 …». Я никуда не звонила. Это вы писали?",
    "Позвонил какой-то «менеджер банка», говорит, мой вклад закрывают и деньги надо перевести на новый счёт. "
    "Я пока ничего не переводил, положил трубку. Так бывает?",
    "Пришло письмо «Ваша посылка задержана на таможне, оплатите пошлину по ссылке». Ссылку не открывала. "
    "Посылку я правда жду. Это от вас?",
    "Вечером позвонили, сказали, что мой полёт на пятницу отменили и за новый билет надо доплатить по ссылке. "
    "Я ещё не платил. Полёт правда отменили?",
    "Звонила «служба поддержки», говорят, надо продиктовать код, который сейчас придёт, иначе номер отключат. "
    "Я сказала, что перезвоню. Вы так делаете?",
])
def test_a_bait_told_and_not_taken_needs_no_empathy(message):
    assert read(message).states == {}, read(message).states


@pytest.mark.parametrize("message, state", [
    # the bait taken: the harm is the customer's own, told in their own words
    ("Пришло СМС «Ваша карта заблокирована, позвоните по номеру». Я позвонил и назвал код, а теперь с карты украли 20 000 рублей. "
     "Это вы писали?", "complaint"),
    # no bait asked: the company's own notice of a trouble
    ("Пришло уведомление «Ваш заказ отменён». Почему?! Я ничего не отменяла!", "anger"),
    # the customer's own trouble, not what a message said
    ("Моя карта заблокирована, оплатить ничего не могу. Это правда из-за вашей проверки?", "complaint"),
])
def test_harm_or_a_trouble_of_ones_own_still_asks_empathy(message, state):
    assert state in read(message).states, read(message).states
