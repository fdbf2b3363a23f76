"""A «как сделать?» asked beside another question wants the way, not only its words said back (issue 15)."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.how_parts import how_parts
from app.core.scorecard.reply import read_reply


def test_the_how_part_of_two_questions_is_found():
    r = read_reply("Здравствуйте!", ["Сколько стоит абонемент в бассейн и как оформить его на дочь?"])
    assert how_parts(r) == ["как оформить его на дочь"]
    # one question alone, or a how that points back, is left to the rules for the how-question as a whole
    assert how_parts(read_reply("Здравствуйте!", ["Как оформить абонемент на дочь?"])) == []
    assert how_parts(read_reply("Здравствуйте!", ["Хочу абонемент на дочь. Сколько стоит и как это сделать?"])) == []


def test_the_how_is_answered_by_a_way_not_by_its_words_said_back():
    customer = ["Сколько стоит абонемент в бассейн и как оформить его на дочь?"]
    for words_only in ("Абонемент в бассейн стоит 4 200 ₽ в месяц, оформить его на дочь можно.",
                       "Абонемент стоит 4 200 ₽ в месяц. Оформление абонемента на дочь занимает один день."):
        half = card(f"Здравствуйте! {words_only} Хорошего дня!", customer)
        assert (half["solution"].passed, half["solution"].reason) == (False, (
            "Клиент спросил «как оформить его на дочь», а в ответе этого нет: ответ на половину вопроса.")), words_only
    for way in ("Абонемент стоит 4 200 ₽ в месяц. Оформить его на дочь можно на ресепшене: принесите её "
                "свидетельство о рождении.",
                "Абонемент стоит 4 200 ₽ в месяц. В приложении откройте «Абонементы» → «Для ребёнка» и укажите "
                "данные дочери."):
        both = card(f"Здравствуйте! {way} Хорошего дня!", customer)
        assert both["solution"].passed is True, both["solution"].reason


def test_what_to_do_and_where_is_a_way_though_not_an_imperative():
    customer = ["Сколько стоит абонемент в бассейн и как оформить его на дочь?"]
    way = card("Здравствуйте! Абонемент стоит 4 200 ₽ в месяц. Для оформления на дочь нужно принести на ресепшен "
               "её свидетельство о рождении. Хорошего дня!", customer)
    assert way["solution"].passed is True, way["solution"].reason
