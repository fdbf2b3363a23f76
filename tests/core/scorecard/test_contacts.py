"""contacts: to «куда звонить?» a call with no number sends the customer to look it up; with the number it answers.
Replies of our own."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.contacts import number_unsaid
from app.core.scorecard.reply import read_reply

LOOK_UP = "Клиента отправляют самого искать то, что оператор может сказать ({quoted}): это не ответ."


def test_a_call_without_the_number_to_one_who_asks_where_to_call_is_no_answer():
    got = card("Добрый вечер! Сочувствую. Позвоните в службу эвакуации, телефон есть на сайте. Хорошего вечера!",
               ["Машина заглохла на трассе, колесо пробито. По какому номеру звонить насчёт эвакуатора по КАСКО?"])[
        "solution"]
    assert (got.passed, got.reason) == (False, LOOK_UP.format(quoted="«Позвоните»"))
    got = card("Здравствуйте! Звоните в аварийную службу вашего дома. Всего доброго!",
               ["Прорвало трубу в ванной, вода хлещет! Куда звонить?"])["solution"]
    assert got.passed is False, got.reason


def test_the_same_call_with_the_number_answers():
    got = card("Добрый вечер! Сочувствую. Позвоните в службу эвакуации по номеру 8 800 500-60-70, машину заберут "
               "бесплатно. Хорошего вечера!",
               ["Машина заглохла на трассе, колесо пробито. По какому номеру звонить насчёт эвакуатора по КАСКО?"])[
        "solution"]
    assert got.passed is True, got.reason


def test_a_call_to_one_who_did_not_ask_for_a_number_stays_a_step():
    r = read_reply("Здравствуйте! Позвоните мастеру, он уже едет к вам.", ["Когда приедет мастер?"])
    at = r.text.index("Позвоните")
    assert number_unsaid(r, (at, len("Позвоните"))) is False
    r = read_reply("Здравствуйте! Позвоните в аварийную службу по номеру 104.", ["Прорвало трубу! Куда звонить?"])
    assert number_unsaid(r, (r.text.index("Позвоните"), len("Позвоните"))) is False
