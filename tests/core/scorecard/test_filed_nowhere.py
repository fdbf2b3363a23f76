"""A filing the customer is sent to with nowhere named is no way forward."""

from __future__ import annotations

import pytest

from app.core.scorecard.filed_nowhere import filed_nowhere, nowhere_filed_things
from app.core.scorecard.reply import read_reply
from reply_cases import card


def _at(r, word):
    tok = next(t for t in r.tokens if t.lower == word)
    return tok.start, tok.end - tok.start


@pytest.mark.parametrize("reply, verb", [
    ("Здравствуйте! Чтобы получить компенсацию, оформите претензию на возмещение.", "оформите"),  # what for, not where
    ("Здравствуйте! Да, поменять группу можно, напишите нам, и мы всё поправим.", "напишите"),  # us, no channel
    ("Здравствуйте! Да, так можно, для этого необходимо подать заявление.", "подать"),  # a modal's infinitive
])
def test_a_filing_with_nowhere_named_is_found(reply, verb):
    r = read_reply(reply, "Можно перейти в другую группу?")
    assert filed_nowhere(r, _at(r, verb)) is True


@pytest.mark.parametrize("reply, verb", [
    ("Здравствуйте! Подайте заявление в приложении: «Профиль» → «Заявления».", "подайте"),  # a path
    ("Здравствуйте! Напишите заявление в деканат, бланк выдаст секретарь.", "напишите"),  # a place after «в»
    ("Здравствуйте! Обратитесь к куратору группы, она оформит перевод.", "обратитесь"),  # a party after «к»
    ("Здравствуйте! Оставьте заявку на сайте, раздел «Переезд».", "оставьте"),  # «на» + a place
    ("Здравствуйте! Проверьте адрес на сайте, там же оставьте заявку.", "оставьте"),  # a place said before
    ("Здравствуйте! Напишите нам на почту help@school.ru.", "напишите"),  # an address
    ("Здравствуйте! Если не получится, напишите нам, мы поможем.", "напишите"),  # a fallback, judged elsewhere
    ("Здравствуйте! Пришлите нам фото чека.", "пришлите"),  # data sent to look at, no filing
])
def test_a_filing_somewhere_or_no_filing_is_left(reply, verb):
    r = read_reply(reply, "Можно перейти в другую группу?")
    assert filed_nowhere(r, _at(r, verb)) is False


def test_the_operators_own_filing_is_no_step_of_the_customers():
    r = read_reply("Здравствуйте! Я оформила заявление на перевод, ответ придёт до пятницы.",
                   "Можно перейти в другую группу?")
    assert filed_nowhere(r, _at(r, "оформила")) is False
    assert nowhere_filed_things(r) == []


def test_the_solution_verdict():
    asked = ["Можно ли вернуть деньги за абонемент, я переезжаю?"]
    for reply in ("Здравствуйте! Да, вернуть можно, для этого нужно написать заявление. Хорошего дня!",
                  "Здравствуйте! Конечно! Напишите нам, и мы всё оформим."):
        got = card(reply, asked)["solution"]
        assert got.passed is False, (reply, got.reason)
    asked_how = ["Верните деньги за сломанный роутер, как это оформить?"]
    got = card("Здравствуйте! Чтобы вернуть деньги, напишите заявление на возврат.", asked_how)["solution"]
    assert got.passed is False, got.reason
    # with where it goes, the filing is the way
    got = card("Здравствуйте! Да, вернуть можно: напишите заявление в приложении, «Абонемент» → «Возврат», деньги "
               "придут за 5 рабочих дней. Хорошего дня!", asked)["solution"]
    assert got.passed is True, got.reason
