"""«Попробуйте другой браузер» to a customer who has changed the browser already is the step already taken."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.reply import read_reply
from app.core.scorecard.tried_other import changed_things, other_tried


@pytest.mark.parametrize("message, thing, changed", [
    ("Браузер уже меняла, не помогает.", "браузер", True),
    ("Карту поменял, всё равно отказ.", "карта", True),
    ("Пробовал заходить с другого телефона — то же самое.", "телефон", True),
    ("Не могу оплатить заказ, пишет «ошибка».", "браузер", False),
    ("Хочу сменить тариф.", "тариф", False),  # a wish, not a change made
])
def test_what_the_customer_changed_is_read_from_a_past_verb_of_changing_or_their_own_other(message, thing, changed):
    assert (thing in changed_things([message])) is changed


def test_a_step_bidding_another_of_a_thing_already_changed_is_taken():
    customer = "Не получается оплатить подписку, пишет «ошибка платежа». Браузер уже меняла."
    r = read_reply("Здравствуйте! Попробуйте оплатить с другого браузера. Хорошего дня!", [customer])
    step = (r.text.index("Попробуйте"), len("Попробуйте"))
    assert other_tried(r, step)
    card = score_reply("Здравствуйте! Жаль, что так вышло. Попробуйте оплатить с другого браузера или очистите кэш.",
                       [customer], grammar=None)
    assert card["solution"].passed is False
    assert "уже пробовал" in card["solution"].reason


def test_another_of_a_thing_not_yet_changed_is_a_fresh_step():
    customer = "Не получается оплатить подписку, пишет «ошибка платежа». Браузер уже меняла."
    r = read_reply("Здравствуйте! Попробуйте оплатить другой картой. Хорошего дня!", [customer])
    assert not other_tried(r, (r.text.index("Попробуйте"), len("Попробуйте")))
