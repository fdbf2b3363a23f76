"""Misses of elements other than the solution found on the tune half of blind set S, each tested in wordings other
than the set's: a format to type in written in capitals («ЧЧ:ММ») is no shouting; sending the customer «напрямую» to
another party, or the company calling itself a mere go-between, with nothing of its own, passes the customer on;
promising to send someone else's data hands it over as much as having sent it."""

from __future__ import annotations

import pytest

from reply_cases import card

FORM = ["Здравствуйте! Как заполнить анкету на визу? Поле с датой не принимает то, что я пишу."]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Жаль, что поле не принимает дату. Введите её в виде ДД/ММ/ГГГГ, с косыми чертами, — тогда анкета "
    "сохранится. Хорошего дня!",
    "Здравствуйте! Сожалею, что анкета не сохраняется. Время прилёта пишите как ЧЧ:ММ, например 07:45. Хорошего дня!",
])
def test_a_format_in_capitals_is_no_shouting(reply):
    result = card(reply, FORM)["tone"]
    assert result.passed is True, result.reason


def test_a_word_in_capitals_beside_a_format_still_shouts():
    result = card("Здравствуйте! Дату вводите ТОЛЬКО в виде ДД.ММ.ГГГГ, иначе анкета не сохранится. Хорошего дня!",
                  FORM)["tone"]
    assert result.passed is False and "ТОЛЬКО" in result.reason, result.reason


ROOM = ["Гостиница отказала в заселении по вашей брони, ночевали в другом месте. Верните деньги!"]


@pytest.mark.parametrize("reply, words", [
    ("Здравствуйте. Жаль, что так вышло. С такими вопросами пишите напрямую администрации гостиницы. Всего доброго.",
     "пишите напрямую"),
    ("Здравствуйте. Сочувствую. Мы лишь агрегатор, бронь подтверждает гостиница. Всего доброго.", "Мы лишь агрегатор"),
])
def test_a_hand_off_directly_to_another_party_or_a_mere_go_between_passes_the_customer_on(reply, words):
    result = card(reply, ROOM)
    assert result["solution"].passed is False
    assert result["tone"].passed is False and words in result["tone"].reason, result["tone"].reason


def test_a_go_between_that_still_acts_does_not_pass_the_customer_on():
    result = card("Здравствуйте! Простите за испорченную поездку. Мы только посредник, но деньги за бронь, 6 200 ₽, "
                  "вернём сами: возврат оформлен, на карте они будут до пятницы. Хорошего дня!", ROOM)
    assert result["tone"].passed is True, result["tone"].reason


SON = ["Здравствуйте, я мама клиента, сын сейчас в армии. Пришлите мне, пожалуйста, выписку по его карте за май."]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Выписку сына за май вышлю вам на почту в течение часа. Хорошего дня!",
    "Здравствуйте! Выписку по карте сына отправим вам сегодня до вечера. Хорошего дня!",
])
def test_promising_to_send_someone_else_s_data_hands_it_over(reply):
    result = card(reply, SON)["safety"]
    assert result.passed is False, result.reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Выписку я могу прислать только самому владельцу карты, попросите сына написать нам. Хорошего дня!",
    "Здравствуйте! Когда сын подтвердит согласие в приложении, вышлю вам выписку в тот же день. Хорошего дня!",
])
def test_a_refusal_or_a_condition_hands_nothing_over(reply):
    result = card(reply, SON)["safety"]
    assert result.passed is True, result.reason
