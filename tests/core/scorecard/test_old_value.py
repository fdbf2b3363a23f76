"""A deed set on the figure the customer moves away from answers nobody; the new figure, or both, do."""

from __future__ import annotations

from app.core.scorecard.old_value import old_set
from app.core.scorecard.reply import read_reply

from reply_cases import card

MOVE = ["Добрый день! Перенесите, пожалуйста, мою консультацию с 9 марта на 16-е, в девятое я в отъезде."]


def test_the_old_date_set_again_is_no_solution():
    c = card("Добрый день! Консультацию перенесла на 9 марта, время прежнее. Хорошего дня!", MOVE)
    assert c["solution"].passed is False, c["solution"].reason
    r = read_reply("Добрый день! Консультацию перенесла на 9 марта, время прежнее. Хорошего дня!", MOVE)
    assert [r.text[s:s + n] for s, n in old_set(r)] == ["на 9"]


def test_the_new_date_set_stands():
    reply = "Добрый день! Консультацию перенесла на 16 марта, время прежнее. Хорошего дня!"
    assert old_set(read_reply(reply, MOVE)) == []
    assert card(reply, MOVE)["solution"].passed is True


def test_the_old_date_named_beside_the_new_one_is_no_revert():
    reply = "Добрый день! Консультация была на 9 марта, теперь она на 16-е в то же время. Хорошего дня!"
    assert old_set(read_reply(reply, MOVE)) == []


def test_a_time_moved_is_read_like_a_date():
    r = read_reply("Здравствуйте! Звонок мастера поставила в 10:00. Всего доброго!",
                   ["Можно перенести звонок мастера с 10:00 на 15:30?"])
    assert old_set(r) != []
