"""«Между нами» that names two sides of a relation is no gossip; «между нами» as a confidence about a colleague is."""

from __future__ import annotations

from reply_cases import card

ANGRY = ["Месяц гоняете меня между собой и страховой, деньги так и не вернули!"]


def test_between_us_and_another_party_is_no_gossip():
    c = card("Здравствуйте! Простите, что вопрос ходил между нами и страховой так долго. Деньги, 7 300 ₽, я отправила "
             "сегодня, они придут на карту до пятницы. Хорошего дня!", customer=ANGRY)
    assert c["tone"].passed is True, c["tone"].reason


def test_a_confidence_about_a_colleague_is_gossip():
    c = card("Здравствуйте! Простите. Между нами, коллега из страхового отдела вечно всё теряет. Деньги я отправила "
             "сегодня, они придут до пятницы. Хорошего дня!", customer=ANGRY)
    assert c["tone"].passed is False and "плетни" in c["tone"].reason, c["tone"].reason


def test_between_us_and_a_bank_is_no_gossip():
    c = card("Здравствуйте! Простите, что заявку передавали между нами и банком. Деньги вернутся до пятницы. "
             "Всего доброго!", ["Деньги не вернули, банк отправляет к вам, вы к банку!"])
    assert c["tone"].passed is True, c["tone"].reason
