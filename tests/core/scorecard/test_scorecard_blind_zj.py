"""What blind set ZJ's tune half showed of the customer's name (technical trouble, told in many voices), in our own
wordings: a signature that says who the customer is before the name («Внук, Павел»), and a capitalised word that
opens a sentence with its verb after a particle («Ретраи не помогают») — a subject, not a signature."""

from __future__ import annotations

import pytest

from app.core.scorecard.words import customer_name_from
from reply_cases import card


@pytest.mark.parametrize("message, name", [
    ("Телевизор у мамы не показывает, помогите. Сын, Андрей", "Андрей"),
    ("Пароль сбросила, а войти не могу.\nБухгалтер, Ольга", "Ольга"),
    ("Интернет отваливается каждые полчаса. Арендатор, Степан.", "Степан"),
])
def test_who_the_customer_is_then_the_name_signs_the_message(message, name):
    assert customer_name_from([message]) == name


@pytest.mark.parametrize("message", [
    "Пуши не приходят со вторника. Апдейты тоже не ставятся.",
    "Сменил роутер, толку ноль. Ретраи не помогают.",
    "Почта не грузится. Вложения уже не открываются",
])
def test_a_capitalised_word_with_its_verb_after_a_particle_is_no_signature(message):
    assert customer_name_from([message]) == ""


def test_a_role_before_the_name_makes_the_name_required():
    customer = ["Приставка пишет «нет сигнала», кабели проверила. Соседка, Лариса"]
    news = "Жаль, что нет сигнала: в доме меняют оборудование до 18:00. Хорошего вечера!"
    assert card(f"Лариса, здравствуйте! {news}", customer)["name"].passed
    assert not card(f"Здравствуйте! {news}", customer)["name"].passed
