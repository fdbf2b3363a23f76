"""A rule told to a customer who asks what to do is no way forward."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.reply import read_reply
from app.core.scorecard.rule_for_deed import asks_what_to_do

_ASKED = "Мне за перевод на карту другого банка взяли комиссию. Что сделать, чтобы не платить?"


@pytest.mark.parametrize("reply, passed", [
    ("Здравствуйте! Комиссия берётся при переводе в другой банк больше 100 000 ₽ в месяц. Хорошего дня!", False),
    ("Здравствуйте! Комиссия берётся при переводе в другой банк больше 100 000 ₽ в месяц, поэтому переводите до "
     "этой суммы или через СБП — там бесплатно. Хорошего дня!", True),
    ("Здравствуйте! Без комиссии можно переводить до 100 000 ₽ в месяц. Хорошего дня!", True),
])
def test_a_rule_alone_is_no_step(reply, passed):
    assert score_reply(reply, [_ASKED])["solution"].passed is passed


@pytest.mark.parametrize("customer, asks", [
    ("Курьер не приехал, что мне теперь делать?", True),
    ("Как быть, если паспорт просрочен?", True),
    ("Что входит в тариф?", False),
])
def test_what_to_do_is_asked(customer, asks):
    assert asks_what_to_do(read_reply("Здравствуйте!", [customer])) is asks
