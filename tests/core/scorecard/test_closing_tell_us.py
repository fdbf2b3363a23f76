"""«Если понадобится …, сообщите нам» ends a reply with an invitation to write — a closing (found on blind set ZT's tune
half); an ask to tell someone else is not."""

from __future__ import annotations

import pytest

from reply_cases import card

CUSTOMER = ["Когда вернут деньги за отменённый концерт?"]
ANSWER = "Добрый день! 3 200 ₽ вернутся на вашу карту до 12 декабря. "


@pytest.mark.parametrize("ending", [
    "Если понадобится справка о возврате, сообщите нам.",
    "Если нужен чек на бумаге, скажите мне.",
    "Если потребуется подтверждение для бухгалтерии, сообщите.",
])
def test_an_ask_to_tell_us_if_needed_closes(ending):
    assert card(ANSWER + ending, CUSTOMER)["closing"].passed


@pytest.mark.parametrize("ending", [
    "Если нужна выписка, сообщите в свой банк.",
    "Если нужна справка, скажите своему бухгалтеру.",
    "Если нужна выписка за год, скажите об этом в отделении.",
])
def test_an_ask_sending_elsewhere_does_not_close(ending):
    assert not card(ANSWER + ending, CUSTOMER)["closing"].passed
