"""tone_nothing_to_fear: «бояться нечего» calms; «нечего» on its own or «нечего было» still reproaches."""

from __future__ import annotations

import pytest

from reply_cases import card

WORRIED = ["Здравствуйте, мне пришло письмо, что карта заблокирована, я очень боюсь потерять деньги!"]


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Понимаю ваше волнение, но переживать нечего: письмо прислали не мы, карта работает. Всего доброго!",
    "Здравствуйте! Понимаю, как это тревожит. Вам бояться нечего — деньги на счёте, карта активна. Всего доброго!",
])
def test_nothing_to_fear_is_no_rudeness(reply):
    c = card(reply, WORRIED)
    assert c["tone"].passed is True, c["tone"].reason


@pytest.mark.parametrize("reply", [
    "Здравствуйте! Нечего было открывать такие письма, карта работает. Всего доброго!",
    "Здравствуйте! Нечего тут писать, карта работает. Всего доброго!",
])
def test_nothing_as_a_reproach_stays_rude(reply):
    c = card(reply, WORRIED)
    assert c["tone"].passed is False, c["tone"].reason
