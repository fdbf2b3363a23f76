"""A reply that ends «Если <you tell us> …, <I will do> …» invites the customer to write back with the operator's own
next move: a closing, as «Пришлите адрес, поменяю» is."""

from __future__ import annotations

from reply_cases import card

ASK = ["Подскажите, где у вас можно оформить карту для ребёнка?"]


def test_the_customers_answer_as_the_condition_of_my_move_closes():
    c = card("Здравствуйте! Детскую карту оформляют в любом отделении по свидетельству о рождении. Если подскажете "
             "свой район, назову ближайшее отделение.", customer=ASK)
    assert c["closing"].passed is True


def test_a_team_promise_after_the_condition_closes_too():
    c = card("Здравствуйте! Детскую карту оформляют в любом отделении по свидетельству о рождении. Если напишете "
             "удобный день, запишем вас без очереди.", customer=ASK)
    assert c["closing"].passed is True


def test_the_next_move_left_to_others_is_no_closing():
    c = card("Здравствуйте! Детскую карту оформляют в любом отделении по свидетельству о рождении. Если напишете "
             "в отделение заранее, там подготовят документы.", customer=ASK)
    assert c["closing"].passed is False


def test_information_ending_the_reply_is_no_closing():
    c = card("Здравствуйте! Детскую карту оформляют в любом отделении по свидетельству о рождении. Если ребёнку "
             "есть 14 лет, понадобится и его паспорт.", customer=ASK)
    assert c["closing"].passed is False
