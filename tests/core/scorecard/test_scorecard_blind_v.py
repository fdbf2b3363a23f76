"""Elements other than the solution, fixed from the tune half of blind set V and tested in other wordings: a
«почему / зачем» with a past verb reproaches even when the chat message leaves out the «?» (and a «я» that only
begins the next, unpunctuated clause is not the subject of «списали»); an opened parcel is a complaint when someone
else opened it («посылку вскрыли», «пришла вскрытая»), not when the customer says they opened the box themselves or
asks whether an opened item may be returned."""

from __future__ import annotations

import pytest

from test_customer import read


@pytest.mark.parametrize("message, word", [
    ("почему подняли цену на подписку", "подняли"),
    ("зачем поменяли мне номер договора я не просила", "поменяли"),
    ("сменила пакет на прошлой неделе а деньги взяли по прежней цене, почему", "взяли"),
])
def test_a_why_with_a_past_verb_reproaches_without_a_question_mark(message, word):
    assert any(word in w for w in read(message).states.get("complaint", [])), read(message).states


@pytest.mark.parametrize("message", [
    "почему я получаю два письма вместо одного",
    "объясните, почему так считается процент по вкладу",
])
def test_a_why_about_the_customers_own_doing_or_a_rule_is_no_reproach(message):
    assert not read(message).needs_empathy, read(message).states


@pytest.mark.parametrize("message", [
    "а если я уже вскрыла пакет с кроссовками, их возьмут назад",
    "Подскажите, можно ли обменять вскрытую упаковку корма на другой вкус?",
    "Пылесос не подошёл, коробку вскрыл. Его можно сдать?",
])
def test_the_customers_own_opened_box_is_no_complaint(message):
    assert not read(message).needs_empathy, read(message).states


@pytest.mark.parametrize("message, word", [
    ("Мою посылку кто-то вскрыл по дороге, пропал чехол", "вскрыл"),
    ("Коробку вскрыли ещё до меня, пломбы нет", "вскрыли"),
    ("Заказ доставили вскрытым, плёнка порвана", "вскрытым"),
])
def test_a_parcel_opened_by_someone_else_is_a_complaint(message, word):
    assert any(word in w for w in read(message).states.get("complaint", [])), read(message).states
