"""Two question words joined by «и» («когда и где?») want an answer of each kind."""

from __future__ import annotations

import pytest

from app.core.scorecard.reply import read_reply
from app.core.scorecard.wh_pairs import pair_half_unanswered


@pytest.mark.parametrize("reply, left", [
    ("Здравствуйте! Вводное собрание пройдёт 1 сентября в 10:00. Ждём вас!",
     ["где пройдёт вводное собрание для первокурсников"]),
    ("Здравствуйте! Вводное собрание пройдёт 1 сентября в 10:00 в актовом зале главного корпуса.", []),
    ("Здравствуйте! Собрание пройдёт онлайн, ссылку пришлём накануне.",
     ["когда пройдёт вводное собрание для первокурсников"]),
])
def test_when_and_where_each_want_their_answer(reply, left):
    customer = "Подскажите, когда и где пройдёт вводное собрание для первокурсников?"
    assert pair_half_unanswered(read_reply(reply, [customer])) == left


def test_a_time_after_in_is_no_place():
    reply = read_reply("Здравствуйте! Документы будут готовы в течение недели, в понедельник.",
                       ["Куда и когда подъехать за документами?"])
    assert pair_half_unanswered(reply) == ["Куда подъехать за документами"]
