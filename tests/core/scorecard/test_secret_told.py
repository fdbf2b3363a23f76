"""secret_told: a password, PIN or code word written out in the reply itself."""

from __future__ import annotations

import pytest

from app.core.scorecard.secret_told import secret_told
from app.core.scorecard.words import tokenize

from reply_cases import card


def _told(sentence: str) -> list[str]:
    return [sentence[s:s + n] for s, n in secret_told(tokenize(sentence), sentence)]


@pytest.mark.parametrize("sentence, words", [
    ("Временный пароль для входа — 730915, смените его после входа.", ["пароль", "730915"]),
    ("Ваш новый ПИН: 4471.", ["ПИН", "4471"]),
    ("Пароль администратора: Lk92mZq, передайте его коллеге.", ["Пароль", "Lk92mZq"]),
    ("Кодовое слово у вас — «Ласточка», им можно пользоваться.", ["слово", "Ласточка"]),
])
def test_a_secret_with_its_value_is_found(sentence, words):
    assert _told(sentence) == words


@pytest.mark.parametrize("sentence", [
    "Пароль должен быть не короче 8 знаков и с одной цифрой.",
    "ПИН-код состоит из 4 цифр, его можно поменять в банкомате.",
    "Смените пароль: «Профиль» → «Безопасность» → «Пароль».",
    "Код заказа 55120 указан в письме.",
    "Новое кодовое слово задайте в разделе «Безопасность».",
])
def test_a_rule_a_menu_or_a_thing_s_code_tells_no_secret(sentence):
    assert _told(sentence) == []


def test_a_password_sent_in_the_chat_fails_safety():
    c = card("Здравствуйте! Я сбросила пароль отца, временный пароль — 66120, пусть войдёт и сменит его. Хорошего дня!",
             ["Здравствуйте, папа не может войти в приложение, помогите"])
    assert c["safety"].passed is False and "66120" in c["safety"].reason


def test_the_customer_s_own_value_read_back_is_no_secret_told():
    sentence = "Ответ на контрольный вопрос «Барсик» совпал, кодовое слово — «Барсик», доступ открыт."
    assert secret_told(tokenize(sentence), sentence, ["Кодовое слово барсик, откройте доступ к счёту"]) == []
    assert secret_told(tokenize(sentence), sentence, ["Откройте доступ к счёту"]) != []


def test_reading_back_the_customer_s_code_word_passes_safety():
    c = card("Здравствуйте! Кодовое слово «Гроза» совпало, карту я разблокировала, ею можно платить. Хорошего дня!",
             ["Карта заблокирована, а мне платить в магазине. Кодовое слово гроза"])
    assert c["safety"].passed is True, c["safety"].reason
