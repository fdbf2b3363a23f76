"""A request the customer took back, done anyway: what is done must fit the last state of the chat."""

from __future__ import annotations

import pytest

from app.core.scorecard.reply import read_reply
from app.core.scorecard.withdrawn import done_anyway, withdrawn
from reply_cases import card


@pytest.mark.parametrize("customer, words", [
    (["Аннулируйте бронь на 5 марта", "хотя стоп, если номер с балконом, не аннулируйте"], "не аннулируйте"),
    (["хочу сдать билет на поезд", "хотя нет, лучше поменять на другой день"], "хотя нет, лучше поменять"),
    (["Хотели бы отключить опцию", "нет, лучше приостановить на месяц"], "нет, лучше приостановить"),
])
def test_a_request_taken_back_is_read(customer, words):
    found = withdrawn(read_reply("Здравствуйте!", customer))
    assert found is not None and found[0] == words


@pytest.mark.parametrize("customer", [
    ["Аннулируйте бронь на 5 марта, пожалуйста"],  # asked once, never taken back
    ["хочу сдать билет", "и ещё: багаж тоже сдать можно?"],  # another request, nothing taken back
    ["Не продлевайте подписку, отмените её"],  # «не» before another doing
])
def test_a_request_kept_is_not_read_as_taken_back(customer):
    assert withdrawn(read_reply("Здравствуйте!", customer)) is None


def test_the_withdrawn_deed_done_fails_the_solution():
    customer = ["Аннулируйте бронь на 5 марта", "хотя стоп, если номер с балконом, не аннулируйте. С балконом?"]
    reply = "Здравствуйте! Бронь на 5 марта аннулирована, деньги вернутся за 3 дня. Номер с балконом. Всего доброго!"
    words, spans = done_anyway(read_reply(reply, customer))
    assert words == "не аннулируйте" and reply[spans[0][0]:sum(spans[0])] == "аннулирована"
    result = card(reply, customer)["solution"]
    assert result.passed is False and "передумал" in result.reason


def test_the_doing_wanted_instead_answered_is_kept():
    customer = ["хочу сдать билет на поезд", "хотя нет, лучше поменять на другой день"]
    reply = "Здравствуйте! Поменять билет можно в приложении: «Мои поездки» → «Изменить дату». Сдать его тоже можно."
    assert done_anyway(read_reply(reply, customer)) == ("", [])


def test_the_withdrawn_doing_under_not_is_no_deed():
    customer = ["Аннулируйте бронь", "хотя стоп, не аннулируйте"]
    reply = "Здравствуйте! Хорошо, бронь не аннулирую, она остаётся на 5 марта."
    assert done_anyway(read_reply(reply, customer))[1] == []


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Бронь оставила, аннулировать не стала. Если передумаете, аннулировать можно в приложении.",
    "Здравствуйте! Бронь остаётся. Аннулировать её можно до 4 марта без штрафа.",
])
def test_the_withdrawn_doing_left_as_an_option_is_no_deed(reply):
    customer = ["Аннулируйте бронь", "хотя стоп, не аннулируйте"]
    assert done_anyway(read_reply(reply, customer))[1] == []
