"""taken_back: a figure the customer corrected, repeated by the reply instead of the new one."""

from __future__ import annotations

from app.core.scorecard.taken_back import taken_back

from reply_cases import card


def test_a_number_corrected_by_one_group_and_repeated_is_found():
    messages = ["Заблокируйте, пожалуйста, сим-карту 8 903 412 67 90", "ой, 8 903 412 76 90, пальцы не слушаются"]
    found = taken_back("Здравствуйте! Номер 8 903 412-67-90 заблокирован. Хорошего дня!", messages)
    assert found is not None and found[1:] == ("67", "76")


def test_a_figure_named_as_the_wrong_one_is_taken_back():
    messages = ["Сколько стоит доставка в дом 17?", "точнее, в дом 71, не 17"]
    assert taken_back("Здравствуйте! Доставка в дом 17 бесплатная. Хорошего дня!", messages)[1:] == ("17", "71")


def test_a_reply_with_the_new_figure_is_not_stale():
    messages = ["Где посылка 60418?", "перепутала, посылка 60481"]
    assert taken_back("Здравствуйте! Посылка 60481 будет у вас завтра, а 60418 — не ваша. Хорошего дня!", messages) is None


def test_a_figure_added_later_corrects_nothing():
    messages = ["Где посылка 60418?", "ой, и ещё посылка 60481 тоже не пришла"]
    assert taken_back("Здравствуйте! Посылка 60418 будет у вас завтра. Хорошего дня!", messages) is None


def test_a_stale_figure_fails_the_solution_with_both_figures_named():
    c = card("Здравствуйте! Посылка 60418 прибудет в пункт выдачи завтра до 14:00. Хорошего дня!",
             ["Где посылка 60418?", "перепутала номер, посылка 60481"])
    assert c["solution"].passed is False
    assert c["solution"].reason.startswith("Клиент поправил «60418» на «60481»")
