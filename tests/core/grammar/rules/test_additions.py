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


@pytest.mark.parametrize("text, fix", [
    ("Мы работаем каждый день кроме воскресенья.", "день, кроме"),
    ("В коробке не было ничего кроме инструкции.", "ничего, кроме"),
    ("У нас не осталось выбора кроме как ждать курьера.", "выбора, кроме"),
    ("Все пункты выдачи открыты за исключением двух.", "открыты, за"),
])
def test_a_phrase_that_takes_a_part_out_is_set_off(text, fix):
    assert additions(text) == [("Оборот со значением исключения («кроме…», «за исключением…») отделяется запятой.",
                                fix)]


@pytest.mark.parametrize("text", [
    "Кроме паспорта ничего не нужно.",           # the phrase opens the sentence
    "Всё готово и кроме того курьер уже выехал.",  # «кроме того» is the introductory rule's
    "Мы проверили всё, кроме адреса.",           # the comma is there
])
def test_no_exclusion_comma_where_none_is_missing(text):
    assert not [fix for _, fix in additions(text) if ", кроме" in fix]
