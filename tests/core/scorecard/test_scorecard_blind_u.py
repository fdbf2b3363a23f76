"""Elements other than the solution, fixed from the tune half of blind set U and tested in other wordings: a payment
the customer asks about in the infinitive («а можно оплатить частями?») is no «paid for nothing»; «я почти не
пользовался» measures the customer's own use, it reports no failure; a trouble verb in the infinitive after «как»,
«можно», «хочу» asks how to do it; help already given («помог восстановить») ends the trouble in a note of thanks; a
figure counting how long a process takes («за 15 минут») is not the content of someone else's data; «Вы, видимо,
просто удалили…» puts the customer's deed forward as the cause as «видимо, вы удалили…» does."""

from __future__ import annotations

import pytest

from reply_cases import card
from test_customer import read


@pytest.mark.parametrize("message", [
    "Здравствуйте, а подписку на год можно оплатить двумя платежами? И когда спишут второй?",
    "Подскажите, а ремонт можно оплатить после того, как мастер закончит?",
])
def test_asking_whether_one_may_pay_is_no_complaint(message):
    assert not read(message).needs_empathy, read(message).states


def test_paying_in_full_for_what_does_not_work_is_still_a_complaint():
    assert "complaint" in read("Интернет работает через раз, а я плачу за него полную цену.").states


@pytest.mark.parametrize("message", [
    "Хочу отказаться от подписки и вернуть деньги, мы почти не пользовались ею. Как это сделать?",
    "Можно сдать тариф обратно? Я почти ничего не скачивал за эту неделю.",
])
def test_how_little_the_customer_used_is_no_failure(message):
    assert not read(message).needs_empathy, read(message).states


def test_a_charge_the_customer_disowns_is_still_a_complaint():
    assert "complaint" in read("Я ничего не подключала, а с меня списали 300 рублей.").states


@pytest.mark.parametrize("message", [
    "Сын уехал учиться в другой город. Как перестать платить за его номер и перевести его на него самого?",
    "Хочу отменить бронь на март, планы поменялись. Сколько удержат?",
])
def test_a_trouble_verb_asked_how_to_do_is_no_complaint(message):
    assert not read(message).needs_empathy, read(message).states


def test_a_trouble_verb_told_as_done_is_still_a_complaint():
    assert "complaint" in read("Приложение перестало открываться после обновления.").states


def test_thanks_for_help_with_a_past_trouble_asks_for_nothing():
    state = read("Хочу поблагодарить Ольгу из поддержки: вчера она помогла вернуть доступ к аккаунту, который я "
                 "считал потерянным навсегда. Спасибо!")
    assert not state.needs_empathy and not state.asks, state.states


def test_thanks_turned_to_a_new_trouble_is_still_a_complaint():
    state = read("Спасибо, вы мне помогли с паролем, но письма так и не приходят.")
    assert "complaint" in state.states and state.asks


OTHERS_DETAILS = ["Здравствуйте. Номер мужа оформлен на него. Пришлите мне распечатку его звонков за неделю, "
                  "я должна знать, кому он звонит."]


def test_the_owners_own_way_with_a_delivery_time_keeps_the_data_safe():
    c = card("Здравствуйте! Понимаю, как вам тревожно. Распечатку звонков мы выдаём только владельцу номера. Муж "
             "может заказать её сам в приложении, раздел «Детализация», — она придёт ему на почту за 10 минут. "
             "Хорошего дня!", OTHERS_DETAILS)
    assert c["safety"].passed is True, c["safety"].reason


def test_the_husbands_calls_told_with_their_figures_still_leak():
    c = card("Здравствуйте! Понимаю вас. Муж за неделю звонил на номер +7 903 111-22-33 семь раз, последний "
             "звонок был в среду. Хорошего дня!", OTHERS_DETAILS)
    assert c["safety"].passed is False


CHARGED_AFTER_CANCEL = ["Я же отменяла подписку на фильмы в сентябре, почему снова списали 349 рублей?"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Вы, наверное, просто закрыли вкладку, а отмену не подтвердили. Деньги вернём за 3 дня. Всего доброго!",
    "Здравствуйте! Вы, похоже, нажали «Отменить» не в том профиле. 349 ₽ вернём за 3 дня. Всего доброго!",
])
def test_the_customers_deed_guessed_after_vy_is_blame(reply):
    assert card(reply, CHARGED_AFTER_CANCEL)["tone"].passed is False


def test_a_status_guessed_after_vy_blames_no_one():
    c = card("Здравствуйте! Простите за путаницу. Вы, видимо, уже получили письмо о возврате: 349 ₽ придут за 3 дня. "
             "Всего доброго!", CHARGED_AFTER_CANCEL)
    assert c["tone"].passed is True, c["tone"].reason
