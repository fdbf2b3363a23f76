"""A name signed in Latin letters is the customer's name, spelt in Cyrillic; a brand or a model is none."""

from __future__ import annotations

import pytest

from app.core.scorecard.latin_names import cyrillic_name, latin_signature
from reply_cases import card


@pytest.mark.parametrize("word, name", [
    ("Olga", "Ольга"), ("Natalia", "Наталия"), ("Dmitry", "Дмитрий"), ("Igor", "Игорь"), ("Ilya", "Илья"),
    ("Tatiana", "Татьяна"), ("Sergey", "Сергей"), ("Ksenia", "Ксения"), ("Yulia", "Юлия"),
    ("Egor", "Егор"), ("Mikhail", "Михаил"),
])
def test_a_latin_first_name_is_spelt_in_cyrillic(word, name):
    assert cyrillic_name(word) == name


@pytest.mark.parametrize("word", ["Samsung", "Huawei", "Pixel", "Chrome", "Safari", "Android", "Windows", "Hello"])
def test_a_brand_or_a_word_is_no_name(word):
    assert cyrillic_name(word) == ""


@pytest.mark.parametrize("message, name", [
    ("Перезагружал два раза, толку нет. Kirill", "Кирилл"),
    ("Thanks, Marina", "Марина"),
    ("ничего не грузится\n— Oleg", "Олег"),
    ("Код так и не пришёл. Svetlana K.", "Светлана"),
])
def test_a_message_signed_in_latin_letters_gives_the_name(message, name):
    assert latin_signature(message) == name


@pytest.mark.parametrize("message", [
    "Не работает камера на телефоне Samsung",  # a brand after a word, no signature
    "Приложение падает. Pixel 7",  # a model with its number
    "Marina Bay — это где?",  # a Latin word that opens a question
])
def test_a_latin_word_that_signs_nothing_gives_no_name(message):
    assert latin_signature(message) == ""


def test_the_reply_to_a_latin_signature_is_judged_on_the_cyrillic_name():
    customer = ["Интернет пропадает каждый вечер, роутер сбрасывал. Ivan"]
    right = "Иван, здравствуйте! Жаль, что связь рвётся. Я сменила канал роутера, вечером всё будет стабильно. Хорошего дня!"
    assert card(right, customer)["name"].passed
    assert not card(right.replace("Иван, здравствуйте", "Здравствуйте"), customer)["name"].passed
