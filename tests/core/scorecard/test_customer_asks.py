"""Words of an upset customer said by a calm one: «сколько раз … можно» asks a count, «уйти к вам» comes to the
company, «верните ли» is a question misspelt, a trouble a suspicious message told is no trouble that happened."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_asks import counts_times, question_form, toward_us
from test_customer import read


@pytest.mark.parametrize("message", [
    "Сколько раз за год можно бесплатно переносить занятия?",
    "Хочу перейти к вам из другого банка, уйти к вам можно с кредитом?",
    "Если сдам билет за сутки, верните ли всю сумму?",
    "Пришло письмо, что моя карта заблокирована и надо назвать код. Это правда от вас?",
])
def test_calm_questions_with_the_words_of_an_upset_customer_need_no_empathy(message):
    assert read(message).states == {}, read(message).states


@pytest.mark.parametrize("message, state", [
    ("Сколько раз вам повторять одно и то же?", "repeat"),
    ("Уйду к другому провайдеру, если не почините!", "anger"),
    ("Верните деньги за отменённый рейс!", "anger"),
    ("Моя карта заблокирована, а мне платить за квартиру сегодня.", "complaint"),
])
def test_the_same_words_said_upset_still_count(message, state):
    assert state in read(message).states, read(message).states


def test_the_readings_look_only_at_their_own_fragment():
    assert counts_times("Сколько раз можно пересдавать?", "Сколько раз")
    assert not counts_times("Сколько раз можно пересдавать?!", "Сколько раз")  # shouted, not asked
    assert toward_us("хочу уйти к вам", "уйти к") and not toward_us("хочу уйти к конкурентам", "уйти к")
    assert question_form("верните ли деньги?", "верните") and not question_form("верните деньги!", "верните")
