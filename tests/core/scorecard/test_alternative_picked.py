"""An alternative question («картой или наличными?») is answered by its pick alone, «Картой: …» (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.alternative_picked import alternative_picked
from app.core.scorecard.reply import read_reply

WHICH = ["Подарочный сертификат можно потратить только в магазине или на сайте тоже?"]


def test_the_pick_opening_a_sentence_answers():
    c = card("Здравствуйте! На сайте тоже: введите номер сертификата на шаге оплаты, в поле «Сертификат». "
             "Хорошего дня!", customer=WHICH)
    assert c["solution"].passed is True
    r = read_reply("Добрый день! Только в магазине — на кассе назовите номер сертификата. Всего доброго!",
                   ["Вернуть залог можно переводом или только в магазине?"])
    assert alternative_picked(r)


def test_a_statement_a_wish_or_no_question_is_no_pick():
    r = read_reply("Здравствуйте! На сайте появится новый раздел в мае. Хорошего дня!", WHICH)
    assert alternative_picked(r) == []  # a verb: a statement of its own
    r = read_reply("Здравствуйте! В течение дня пришлю ответ. Хорошего дня!",
                   ["Ответ будет в течение дня или недели?"])
    assert alternative_picked(r) == []
    r = read_reply("Здравствуйте! На сайте: в поле «Сертификат». Хорошего дня!",
                   ["Где ввести номер сертификата?"])
    assert alternative_picked(r) == []
