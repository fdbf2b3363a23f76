"""Lists of nouns without a conjunction between them, the last joined by «и»."""

import pytest

from app.core.grammar.rules import check_rules


def lists(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_LIST_COMMA"]


@pytest.mark.parametrize("text, fix", [
    ("В офисе стоят столы стулья и шкафы.", "столы, стулья"),
    ("В магазине продают рубашки брюки и куртки.", "рубашки, брюки"),  # «брюки» may read as a genitive
    ("Мы купили новые столы удобные стулья и большой шкаф.", "столы, удобные"),
    ("Жители Твери Рязани и Калуги получат подарки.", "Твери, Рязани"),  # place names in one case
])
def test_the_list_is_parted_by_commas(text, fix):
    assert fix in lists(text)


@pytest.mark.parametrize("text", [
    "Мы проверили заказ курьера склада и магазина.",  # a genitive chain
    "Столы офиса и склада убрали.",
    "Берега реки и озера заросли камышом.",
    "Старые книги моего деда и бабушки лежат на полке.",
    "Анна Мария и Ольга пришли.",                     # names: «Анна Мария» may be one person
    "Мы ездили из Москвы в Тверь и Рязань.",          # place names in different cases
    "В офисе стоят столы, стулья и шкафы.",
])
def test_no_list_comma_where_there_is_no_list(text):
    assert lists(text) == []
