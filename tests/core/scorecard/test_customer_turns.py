"""A turn for the worse told with no complaint word (found on blind set ZA): «раньше … работало» beside «почему»,
a promised term that has passed, a thing instead of the one due asked «почему» — and the calm messages near them."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer_cues import came_instead
from app.core.scorecard.customer_turns import promise_overrun, worse_than_before
from app.core.scorecard.words import tokenize
from test_customer import read


def _run(cue, text):
    return cue(text, tokenize(text))


@pytest.mark.parametrize("text, words", [
    ("Почему приложение просит обновиться каждый день? Раньше такого не было.", "Раньше такого не было"),
    ("почему пуш-уведомления молчат\nраньше приходили сразу", "раньше приходили"),
    ("Почему за смс теперь платно, прежде их не считали?", "прежде их не считали"),
])
def test_then_against_now_beside_why(text, words):
    assert _run(worse_than_before, text) == [words]


@pytest.mark.parametrize("text", [
    "Раньше я оплачивала картой, почему сейчас только СБП?",  # the customer's own habit
    "Почему посылка приехала раньше, чем обещали?",  # a comparison
    "Раньше работало быстро, сейчас тоже нормально. Как добавить пользователя?",  # no «почему»
])
def test_then_and_now_that_is_no_trouble(text):
    assert _run(worse_than_before, text) == []


@pytest.mark.parametrize("text, words", [
    ("Оператор сказал, что вернут за 5 дней. Прошло уже две недели, где деньги?", "Прошло уже две недели"),
    ("Обещали ответ в течение суток, сутки уже прошли.", "сутки уже прошли"),
])
def test_a_term_given_and_passed(text, words):
    assert _run(promise_overrun, text) == [words]


@pytest.mark.parametrize("text", [
    "Я уже прошла половину курса, сказали, что сертификат выдадут в конце.",  # the customer went through it
    "Обещали ответ за три дня, срок ещё не прошёл?",  # not passed
    "Прошло уже 14 дней с покупки, можно вернуть?",  # no term was given: a question about the rule
])
def test_no_term_passed(text):
    assert _run(promise_overrun, text) == []


@pytest.mark.parametrize("text, found", [
    ("Почему на карту пришло 1 800 вместо 2 400?", True),
    ("Скажите, почему в тарифе 15 гб вместо 30", True),  # «почему» not first
    ("Можно 3 занятия вместо 4 в этом месяце?", False),  # asks leave, no «почему»
    ("Почему нельзя взять 3 занятия вместо 4?", False),  # asks about a rule
])
def test_a_thing_instead_of_the_one_due_asked_why(text, found):
    assert bool(_run(came_instead, text)) is found


@pytest.mark.parametrize("messages, state", [
    (["Посылка застряла на таможне", "где она сейчас?"], "complaint"),
    (["трекинг у вас врёт, пишет «вручено»"], "complaint"),
    (["когда придёт билет на почту?", "уезжаем сегодня вечером"], "urgency"),
])
def test_the_customer_state_reads_the_new_cues(messages, state):
    assert state in read(*messages).states, read(*messages).states
