"""«это» opening a part of its own after a fronted subordinate clause or after a short form takes a comma before it."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [(f.rule_id, f.replacements[0]) for f in check_rules(text, "ru") if f.category == "punctuation"]


@pytest.mark.parametrize("text, rule, fix", [
    ("Если заказ пришёл без чека это ошибка склада.", "OURS_CLAUSE_COMMA", "чека, это"),
    ("Когда клиент молчит неделю это ещё не значит, что он доволен.", "OURS_CLAUSE_COMMA", "неделю, это"),
    ("Вы совершенно правы это наша ошибка.", "OURS_LIST_COMMA", "правы, это"),
    ("Отправка задержана это связано с погодой.", "OURS_LIST_COMMA", "задержана, это"),
])
def test_a_part_opening_with_это_is_parted(text, rule, fix):
    assert (rule, fix) in commas(text)


@pytest.mark.parametrize("text", [
    "Если вы сделаете это сегодня, мы успеем.",     # «это» is the verb's object
    "Мы рады это слышать.",                         # … or the infinitive's
    "Когда это случилось, нас не было дома.",       # «это» is the clause's own subject
    "Если в магазине это было, мы купим.",          # no predicate before «это»
    "Если вы хотите что это значит, спросите.",     # a relative word after the clause's predicate
])
def test_no_comma_before_это_that_belongs_to_the_clause(text):
    assert not [c for c in commas(text) if c[1].endswith(", это")]
