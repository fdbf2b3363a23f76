"""A «когда?» answered by the event the thing comes with («залог — при заселении»), not only by a date (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.moments import moments
from app.core.scorecard.reply import read_reply

CUSTOMER = ["Какой залог за прокат велосипеда? И когда его вносить?"]


def test_a_moment_named_by_its_event_answers_when():
    r = read_reply("Здравствуйте! Залог — 3 000 ₽, вносится при получении велосипеда.", CUSTOMER)
    assert [r.text[s:s + n] for s, n in moments(r)] == ["при получении"]
    told = card("Здравствуйте! Залог — 3 000 ₽, его вносят при получении велосипеда. Хорошей прогулки!", CUSTOMER)
    assert told["solution"].passed is True, told["solution"].reason


def test_an_event_said_of_another_matter_is_no_when():
    # «при возврате велосипеда» tells when the rent is paid, not when the deposit is due
    r = read_reply("Здравствуйте! Залог — 3 000 ₽. Прокат оплачивается при возврате велосипеда.", CUSTOMER)
    assert moments(r) == []
    half = card("Здравствуйте! Залог — 3 000 ₽. Прокат оплачивается при возврате велосипеда. Хорошей прогулки!",
                CUSTOMER)
    assert (half["solution"].passed, half["solution"].reason) == (
        False, "Клиент спросил «когда», а в ответе этого нет: ответ на половину вопроса.")
