"""A thing acting on its own and a service that «лежит» are complaints (issue 15)."""

from __future__ import annotations

from app.core.scorecard.customer import read_customer
from app.core.scorecard.customer_by_itself import by_itself, service_down
from app.core.scorecard.lexicon import load_lexicon
from app.core.scorecard.words import tokenize


def states(text: str) -> dict:
    return read_customer([text], load_lexicon(), 5000).states


def test_a_thing_doing_by_itself_is_a_complaint():
    text = "Купил пылесос неделю назад. Пылесос сам выключается через пять минут."
    assert by_itself(text, tokenize(text)) == ["сам выключается"]
    assert "complaint" in states(text)


def test_people_doing_by_themselves_and_questions_are_not():
    for text in ("Я сама оформлю возврат, скажите только адрес.", "Бабушка сама оплатила заказ, всё в порядке.",
                 "Абонемент сам продлится в мае или нужно платить?"):
        assert by_itself(text, tokenize(text)) == [], text


def test_a_service_lying_down_is_a_complaint():
    text = "Вчера весь вечер лежал ваш сайт, не смогла оплатить квитанцию."
    assert service_down(text, tokenize(text)) == ["лежал"]
    assert "complaint" in states("Портал лежит с самого утра, а мне сдавать отчёт.")


def test_a_parcel_lying_in_a_pickup_point_is_no_complaint():
    text = "Заказ лежит в пункте выдачи, заберу его в субботу. Можно продлить хранение?"
    assert service_down(text, tokenize(text)) == []
