"""An added phrase («особенно …», «в том числе …», «включая …», «а именно …») is set off by a comma before it."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def additions(text):
    return [(f.message, f.replacements[0]) for f in check_rules(text, "ru") if f.rule_id == "OURS_ADDITION_COMMA"]


@pytest.mark.parametrize("text, fix", [
    ("Звоните нам в любое время особенно если заказ задерживается.", "время, особенно"),
    ("Курьеры опаздывают чаще всего зимой особенно в метель.", "зимой, особенно"),
    ("Все сотрудники в том числе новые прошли обучение.", "сотрудники, в"),
    ("Проверьте все данные включая адрес доставки.", "данные, включая"),
    ("Нам нужен один документ а именно паспорт.", "документ, а"),
    ("Скидка действует на технику в особенности на ноутбуки.", "технику, в"),
])
def test_a_comma_goes_before_the_added_phrase(text, fix):
    assert additions(text) == [("Присоединительный оборот отделяется запятой.", fix)]


@pytest.mark.parametrize("text", [
    "Мы особенно в этом уверены.",                 # «особенно» tells how much: a predicate follows
    "Нам особенно нравится ваш магазин.",          # «особенно» before a verb, no phrase added
    "Я особенно благодарен оператору.",
    "И особенно в праздники.",                     # after a conjunction
    "Звоните в любое время, особенно вечером.",     # the comma is there
    "В том числе и новые сотрудники прошли обучение.",  # the sentence starts with it
    "Скидка действует также в том числе на технику.",
])
def test_no_comma_where_no_phrase_is_added(text):
    assert additions(text) == []


def test_the_rule_explains_itself():
    rule = RULES["OURS_ADDITION_COMMA"]
    assert rule.category == "punctuation" and "особенно" in rule.explanation
