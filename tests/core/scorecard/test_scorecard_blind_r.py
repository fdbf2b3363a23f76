"""Misses of elements other than the solution found on the tune half of blind set R, each tested in wordings other
than the set's: a noun or participle of an asking verb beside a secret («передача данных», «указанный») asks for
nothing; a child's name the dictionary reads as a common noun is still a person's; «…теля Олега» introduces nobody;
paying too much is a complaint; a word in capitals sent as an SMS is no shouting; figures and signs alone are in no
foreign language."""

from __future__ import annotations

import pytest

from app.core.scorecard.words import customer_name_from
from reply_cases import card
from test_customer import read

HOW = ["Здравствуйте! Как настроить роутер?"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! В настройках роутера включите передачу данных, а пароль сети оставьте прежним. Хорошего дня!",
    "Здравствуйте! Пароль от Wi-Fi указан на наклейке под роутером, введите его на ноутбуке. Хорошего дня!",
    "Здравствуйте! Войдите с паролем, присланным вам в письме, — он действует сутки. Хорошего дня!",
])
def test_a_noun_or_participle_of_an_asking_verb_asks_for_no_secret(reply):
    assert card(reply, HOW)["safety"].passed is True, card(reply, HOW)["safety"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Укажите в чате пароль от роутера, и я проверю настройки. Хорошего дня!",
    "Здравствуйте! Пароль, указанный при подключении, пришлите сюда, я всё настрою. Хорошего дня!",
])
def test_the_asking_verb_itself_still_asks(reply):
    assert card(reply, HOW)["safety"].passed is False


PARENT = ["Здравствуйте! Я папа Лады Кругловой из 5А. Какие у неё оценки по химии за четверть?"]


def test_marks_of_a_child_whose_name_reads_as_a_common_noun_are_someone_else_s_data():
    told = card("Здравствуйте! У Лады по химии за четверть две пятёрки и тройка. Хорошего дня!", PARENT)
    assert told["safety"].passed is False and "Лады" in told["safety"].reason, told["safety"].reason
    refused = card("Здравствуйте! Оценки ученицы я могу сообщить только ей самой, а вы увидите их, если Лада "
                   "откроет вам родительский доступ в приложении. Хорошего дня!", PARENT)
    assert refused["safety"].passed is True, refused["safety"].reason


@pytest.mark.parametrize("message, name", [
    ("Можно перевестись в группу преподавателя Ильи Сергеевича? Хочу заниматься у него.", ""),
    ("Передайте, пожалуйста, спасибо водителю Андрею, он очень помог с чемоданом.", ""),
    ("Добрый день, я Илья. Можно перевестись в другую группу?", "Илья"),
])
def test_a_name_after_a_word_ending_in_ya_introduces_nobody(message, name):
    assert customer_name_from([message]) == name


@pytest.mark.parametrize("message, needs", [
    ("Мы переплатили за тариф в прошлом месяце, можно вернуть разницу?", True),
    ("Кажется, я переплачиваю за пакет, которым не пользуюсь. Что проверить?", True),
    ("Какой тариф выбрать, чтобы не переплачивать за гигабайты?", False),  # asks how to save, complains of nothing
])
def test_paying_too_much_is_a_complaint(message, needs):
    assert read(message).needs_empathy is needs, read(message).states


@pytest.mark.parametrize("reply, ok", [
    ("Здравствуйте! Пришлите в ответ ДА на номер 900, и услуга подключится. Хорошего дня!", True),
    ("Здравствуйте! Отправьте СМС с текстом НЕТ, и подписка отключится. Хорошего дня!", True),
    ("Здравствуйте! Напишите слово ОТМЕНА, и рассылка прекратится. Хорошего дня!", True),
    ("Здравствуйте! Это ОЧЕНЬ важно: отключите рассылку сегодня. Хорошего дня!", False),  # shouting stays shouting
])
def test_a_word_in_capitals_sent_as_an_sms_is_no_shouting(reply, ok):
    c = card(reply, ["Как отключить платную подписку?"])
    assert c["tone"].passed is ok, c["tone"].reason


@pytest.mark.parametrize("reply, ok", [("5051", True), ("*102#", True), ("Call us at 5051.", False)])
def test_figures_and_signs_alone_are_in_no_foreign_language(reply, ok):
    c = card(reply, ["Какой номер у поддержки?"])
    assert c["language"].passed is ok, c["language"].reason
