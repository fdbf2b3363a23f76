"""A colleague's private life — a death or a divorce in their family, their drinking — told to the customer is gossip
(issue 15); the customer's own family and the company's own steps about an absence are not."""

from __future__ import annotations

from reply_cases import card

ROOTED = ["Инструктор по вождению сорвал занятие и накричал на меня. Верните деньги за урок!"]


def test_a_colleagues_family_trouble_or_drinking_is_gossip():
    for told in ("Понимаете, у инструктора на днях умерла мать, он сам не свой.",
                 "Между делом скажу: от инструктора ушла жена, отсюда и срыв.",
                 "У инструктора сейчас развод, поэтому он такой нервный."):
        c = card(f"Здравствуйте! Простите за сорванное занятие. {told} Деньги за урок вернула на карту, придут до "
                 f"пятницы. Хорошего дня!", customer=ROOTED)
        assert c["tone"].passed is False and "сплетни" in c["tone"].reason.lower(), told


def test_the_customers_own_family_and_an_absence_are_no_gossip():
    c = card("Здравствуйте! Простите за сорванное занятие. Инструктор с завтрашнего дня на больничном, урок проведёт "
             "другой инструктор. Деньги за урок вернула на карту, придут до пятницы. Хорошего дня!", customer=ROOTED)
    assert c["tone"].passed is True
    c = card("Здравствуйте! Соболезную вам, понимаю, что у вас умер отец. Инструктор проведёт урок в другой день, "
             "деньги за сорванный вернула на карту. Хорошего дня!",
             customer=["У меня умер отец, я пропустил занятие у инструктора. Можно перенести?"])
    assert c["tone"].passed is True
