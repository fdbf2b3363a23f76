"""«Что будет с деньгами?» is answered by a reply that speaks of the price or the sum (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.money_sense import money_touched

IF_CANCELLED = ["Если концерт перенесут, что будет с деньгами за билеты?"]


def test_the_price_or_the_sum_speaks_of_the_money():
    c = card("Здравствуйте! Если концерт перенесут, билеты останутся в силе, а если отменят — полную стоимость "
             "билетов вернём на карту в течение 10 дней. Хорошего дня!", customer=IF_CANCELLED)
    assert c["solution"].passed is True
    assert money_touched({"деньги"}, {"сумма", "карта"})


def test_nothing_of_money_still_leaves_it():
    c = card("Здравствуйте! Если концерт перенесут, о новой дате мы сообщим по почте за 2 недели. Хорошего дня!",
             customer=IF_CANCELLED)
    assert c["solution"].passed is False
    assert not money_touched({"билет"}, {"стоимость"})
    assert not money_touched({"деньги"}, {"карта", "билет"})
