"""A way told in trade words to a customer who shows they are new to it is no way forward; in plain words, or to a
customer at home with the words, it is."""

from __future__ import annotations

import pytest

from app.core.scorecard.jargon_steps import jargon_aside
from app.core.scorecard.reply import read_reply

from reply_cases import card

NEWCOMER = ["Добрый день. Я в компьютерах совсем не разбираюсь. Как мне поменять пароль от входа?"]
GRANDMOTHER = ["Внучка поставила мне вашу программу, а как теперь сменить пароль, я не знаю. Помогите"]
ELDER = ["Пишу за маму, ей 80 лет. Как ей подать заявку на перерасчёт через ваш сайт?"]
AT_HOME = ["Привет. Не приходит OTP на вход, 2FA включена. Как сбросить TOTP?"]
CALM = ["Подскажите, как сменить пароль от входа?"]


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Сбросьте креды через ресет-форму и подтвердите по OTP, после этого задайте новый пароль. "
     "Хорошего дня!", NEWCOMER),
    ("Здравствуйте! Включите 2FA через TOTP и смените пароль в профиле. Хорошего дня!", GRANDMOTHER),
    ("Здравствуйте! Маме нужно авторизоваться через ЕСИА и подать заявку в ЛК. Всего доброго!", ELDER),
    ("Здравствуйте! Откройте в браузере адрес 10.0.0.1 и там поменяйте пароль. Хорошего дня!", NEWCOMER),
    ("Здравствуйте! Сделайте аплоад скана через форму на сайте, потом дождитесь апрува. Хорошего дня!", GRANDMOTHER),
    ("Здравствуйте! Смените пароль через дашборд, потом сделайте бэкап кодов входа. Хорошего дня!", NEWCOMER),
])
def test_trade_words_to_a_newcomer_are_no_way(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is False, c["solution"].reason


@pytest.mark.parametrize("reply, customer", [
    ("Здравствуйте! Нажмите на надпись «Забыли пароль?» под окошком входа — на телефон придёт СМС с кодом. "
     "Впишите его, и можно будет придумать новый пароль. Хорошего дня!", NEWCOMER),
    ("Здравствуйте! Сгенерируйте новый TOTP-секрет: «Профиль» → «Безопасность» → «2FA» → «Сбросить», затем "
     "отсканируйте QR и подтвердите OTP. Хорошего дня!", AT_HOME),
    ("Здравствуйте! Сбросьте пароль через ресет-форму и подтвердите по OTP. Хорошего дня!", CALM),
    ("Здравствуйте! Маме нужно зайти на сайт через Госуслуги и в разделе «Заявки» нажать «Перерасчёт». "
     "Всего доброго!", ELDER),
])
def test_plain_words_or_a_customer_at_home_with_them_keep_the_step(reply, customer):
    c = card(reply, customer)
    assert c["solution"].passed is True, c["solution"].reason


def test_one_unknown_word_among_plain_ones_is_guessed_from_the_rest():
    r = read_reply("Здравствуйте! Нажмите синюю кнопку «Войти», потом вставьте кабель в порт LAN. Хорошего дня!",
                   NEWCOMER)
    assert jargon_aside(r) == []


def test_a_label_in_quotes_and_a_flight_code_are_no_jargon():
    r = read_reply("Здравствуйте! Рейс SU 1402 вылетает вовремя. Нажмите кнопку «Reset» на коробке и держите. "
                   "Хорошего дня!", ["Я первый раз лечу, ничего не понимаю. Что делать с роутером?"])
    assert jargon_aside(r) == []
