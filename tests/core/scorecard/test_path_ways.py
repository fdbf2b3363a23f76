"""A path through the interface that ends on a button named for the doing the customer asks for is the way to do it;
a path that ends on another button or on a section's noun is not read here."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.path_ways import path_ways
from app.core.scorecard.reply import read_reply


@pytest.mark.parametrize("customer, reply, path", [
    ("Как мне удалить страницу магазина?",
     "Удаление делается в кабинете: «Магазин» → «Параметры» → «Удалить страницу».",
     "«Магазин» → «Параметры» → «Удалить страницу»"),
    ("Заблокируйте, пожалуйста, мою вторую сим-карту.",
     "Блокировка доступна вам самим: «Номера» → вторая сим-карта → «Заблокировать».",
     "«Номера» → вторая сим-карта → «Заблокировать»"),
    ("Хочу отписаться от новостей школы.",
     "Это в профиле ученика, «Рассылки» -> «Отписаться от всех».",
     "«Рассылки» -> «Отписаться от всех»"),
    ("Как отменить автоплатёж за детский сад?",
     "Путь такой: «Платежи» → «Регулярные» → «Не отменять».",  # «не» is passed over: the verb is the same
     "«Платежи» → «Регулярные» → «Не отменять»"),
])
def test_a_path_ending_on_the_asked_doing_is_a_way(customer, reply, path):
    r = read_reply(reply, [customer])
    assert [r.text[s:s + n] for s, n in path_ways(r)] == [path]


@pytest.mark.parametrize("customer, reply", [
    ("Как удалить страницу магазина?", "Смотрите «Магазин» → «Параметры» → «Изменить адрес»."),  # another doing
    ("Как удалить страницу магазина?", "Это в разделе «Магазин» → «Мои страницы»."),  # a section, no button
    ("Страница магазина пропала, что случилось?", "Откройте «Магазин» → «Удалить страницу»."),  # nothing asked to do
])
def test_other_paths_are_not_read(customer, reply):
    assert path_ways(read_reply(reply, [customer])) == []


def test_the_path_answers_an_upset_customer_who_asks_to_close():
    card = score_reply(
        "Здравствуйте! Сочувствую, что вам пришлось с этим столкнуться. Закрыть счёт может только сам владелец, "
        "в своём приложении: «Счета» → «Закрыть счёт». Если будут вопросы, пишите.",
        ["Отец в реанимации, надо срочно закрыть его счёт, помогите!"])
    assert card["solution"].passed is True
