"""«Вы не …» followed by the charge upheld («поэтому списание верное»), or «вы всё-таки не …» against the customer's own
account, blames the customer; «вы не …, поэтому вам положен полный возврат» still reassures."""

from __future__ import annotations

import pytest

from reply_cases import card

SAID = ["Мне насчитали 3 000 за перерасход трафика, хотя я ставила лимит в приложении! Разберитесь."]


@pytest.mark.parametrize("reply", [
    "Здравствуйте. Сожалею. По журналу лимит вы не включили, поэтому начисление корректное. Оплатить можно до 15 числа. "
    "Всего доброго.",
    "Здравствуйте. Сожалею. Лимит вы всё же не поставили. Оплатить 3 000 ₽ можно до 15 числа. Всего доброго.",
])
def test_the_charge_upheld_on_what_you_did_not_do_blames(reply):
    c = card(reply, customer=SAID)
    assert c["tone"].passed is False and "обвиня" in c["tone"].reason, c["tone"].reason


def test_what_you_did_not_do_that_gets_you_something_reassures():
    c = card("Здравствуйте! Простите за путаницу. Трафиком сверх лимита вы не пользовались, поэтому 3 000 ₽ я сняла со "
             "счёта. Хорошего дня!", customer=SAID)
    assert c["tone"].passed is True, c["tone"].reason
