"""What the customer did themselves: a deed of their own choice is no trouble that befell them; a try that came to
nothing, and a control that will not work, are."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_own import own_choice, tried_in_vain
from app.core.scorecard.words import tokenize
from test_customer import read


@pytest.mark.parametrize("message", [
    "Бронь в гостинице отменили сами, за месяц до заезда. Какую сумму вернут?",
    "Я сама отказалась от страховки при покупке, теперь хочу её оформить. Можно?",
])
def test_a_deed_of_the_customers_own_choice_is_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Вы сами отменили нашу бронь и ничего не сказали!",
    "Концерт отменили, а билеты уже куплены.",
    "Подписка сама продлилась, хотя я её не включала.",
])
def test_a_deed_done_to_the_customer_stays_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


def test_own_choice_needs_the_verb_itself_and_a_self_that_agrees():
    text = "Отменили поездку сами."
    tokens = tokenize(text)
    assert own_choice(text, tokens, 0)
    assert not own_choice(text, tokens, tokens[1].start)  # «поездку» is no verb
    text = "Банк сам закрыл мой счёт."
    assert not own_choice(text, tokenize(text), text.find("закрыл"))  # the bank is named as the doer


@pytest.mark.parametrize("message, words", [
    ("как оплатить бонусами? жму «Списать баллы» — ничего не происходит", ["ничего не происходит"]),
    ("Привязала карту в приложении, и ничего. Как проверить, что она добавлена?", ["и ничего"]),
    ("как записаться на курс? кнопка «Записаться» серая", ["кнопка «Записаться» серая"]),
    ("как отправить домашку? кнопка неактивна", ["кнопка неактивна"]),
    ("где скачать выписку, ссылка не активна", ["ссылка не активна"]),
])
def test_a_try_that_came_to_nothing_or_a_disabled_control_is_a_complaint(message, words):
    states = read(message).states
    assert all(w in states.get("complaint", []) for w in words), states


@pytest.mark.parametrize("text", [
    "Оплатила заказ, ничего страшного, если чек придёт завтра?",
    "Ничего не заказывала, просто спрашиваю: сколько стоит доставка?",
    "Машина серая, а в заказе была белая краска?",
])
def test_nothing_and_grey_in_other_senses_are_no_failed_try(text):
    assert tried_in_vain(text, tokenize(text)) == []


@pytest.mark.parametrize("message", [
    "Театр перенёс спектакль на март, а мы уже купили билеты на поезд. Можно поменять даты?",
    "Концерт в субботу отменили. Как получить деньги за билеты?",
    "У жены перенесли командировку, нам нужно сдвинуть отпуск. Какой штраф?",
])
def test_a_plan_called_off_or_moved_by_someone_else_is_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Отменила запись к мастеру, когда вернутся деньги?",
    "Мы перенесли свадьбу, можно поменять даты тура?",
    "Перенесли поездку сами на неделю позже. Сколько будет стоить?",
    "Если спектакль перенесли, билеты действуют?",
    "Хочу перенести доставку на субботу. Можно?",
])
def test_a_plan_the_customer_moved_or_only_asks_about_is_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "Я нечаянно стёрла все заметки в приложении, их можно вернуть?",
    "Сотрудник по ошибке удалил папку с договорами, восстановите, пожалуйста.",
])
def test_a_loss_by_a_slip_of_the_customers_own_is_a_complaint(message):
    assert "complaint" in read(message).states, read(message).states


@pytest.mark.parametrize("message", [
    "По ошибке оплатила заказ картой мужа, можно поменять карту?",
    "Если я случайно удалю заметку, её можно будет вернуть?",
    "Удалила старые заметки, как освободить ещё место?",
])
def test_a_slip_that_loses_nothing_or_a_deletion_meant_is_no_complaint(message):
    assert "complaint" not in read(message).states, read(message).states


def test_a_move_the_customer_thanks_for_is_no_complaint():
    assert "complaint" not in read("Спасибо, что перенесли запись на пятницу. А мастер тот же?").states
