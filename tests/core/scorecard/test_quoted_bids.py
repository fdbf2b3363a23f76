"""Imperatives the customer only quotes (a message, a notice, a caller's words) bid the operator nothing."""

from __future__ import annotations

from app.core.scorecard import score_reply
from app.core.scorecard.quoted_bids import only_quoted


def test_a_word_inside_a_quoted_sentence_is_someone_elses():
    text = "Мне пришло письмо «Подтвердите вход и оплатите продление». Я ничего не подтверждала."
    assert only_quoted(text, text.index("оплатите"))
    assert not only_quoted(text, text.index("подтверждала"))


def test_a_quoted_name_is_not_a_quotation():
    text = "Отключите «Кино плюс», пожалуйста."
    assert not only_quoted(text, text.index("Кино"))


def test_a_reply_is_not_failed_for_a_doing_only_the_quoted_message_bade():
    customer = ["Получил СМС: «Переплата за интернет 600 руб., для возврата введите данные карты на сайте». "
                "Переплата у меня правда была. Это от вас?"]
    reply = ("Здравствуйте! СМС не от нас. Для возврата переплаты пришлите сюда последние 4 цифры карты, я оформлю "
             "возврат сама. Хорошего дня!")
    card = score_reply(reply, customer)
    assert card["solution"].passed, card["solution"].reason
