"""A complaint's procedure asked about calmly — how or where to file it, in what term it is answered, what a claim
must hold, a paper for a court — is a calm question, not a complaint or a threat; a complaint not answered, or one
about what was done, still is."""

from __future__ import annotations

import pytest

from test_customer import read


@pytest.mark.parametrize("message", [
    "Добрый день. В течение какого срока страховая должна рассмотреть претензию по ОСАГО?",
    "Куда отправить жалобу на качество ремонта, чтобы её зарегистрировали? И какие требования к её оформлению?",
    "Мне нужна выписка по вкладу для суда о разделе имущества. Как её получить?",
    "Подскажите, как можно подать апелляцию на оценку за курсовую?",
])
def test_a_procedure_asked_about_is_a_calm_question(message):
    state = read(message)
    assert not state.needs_empathy, state.states


@pytest.mark.parametrize("message", [
    "Почему вы до сих пор не ответили на мою претензию? Прошёл месяц.",
    "Мою жалобу отклонили без объяснений. Как теперь её обжаловать?",
    "Пишу претензию: кофемашина сломалась через неделю.",
])
def test_a_complaint_told_still_asks_for_empathy(message):
    assert read(message).needs_empathy


def test_a_paper_for_a_court_is_calm_but_a_divorce_told_is_a_trouble():
    assert not read("Нужна справка о доходах для суда, заседание в феврале. Как её заказать?").needs_empathy
    assert read("Мы с женой разводимся, для суда нужна выписка по общему счёту. Как её заказать?").needs_empathy
