"""«и, когда…, ушёл»: the comma after «и» before a clause set between two predicates, none before «то»."""

import pytest

from app.core.grammar.rules import check_rules


def junction(text):
    return [(text[f.offset:f.offset + f.length], f.replacements[0]) for f in check_rules(text, "ru")
            if f.rule_id == "OURS_JUNCTION_COMMA"]


@pytest.mark.parametrize("text, span, fix", [
    ("Мы подождали и когда дождь кончился, пошли домой.", "и когда", "и, когда"),
    ("Я открыла приложение и пока грузилась страница, успела выпить чай.", "и пока", "и, пока"),
    ("Напишите в чат и если оператор не ответит, позвоните.", "и если", "и, если"),
])
def test_the_comma_after_и_is_asked_for(text, span, fix):
    assert junction(text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "Мы подождали и, когда дождь кончился, пошли домой.",
    "Позвоните нам и если не дозвонитесь, то напишите.",  # «то» pairs with «если»
    "Я спросил, где он живёт и когда придёт.",  # two indirect questions
    "Он спал и когда мы пришли, и когда ушли.",  # a repeated «и»
    "Мама и когда устаёт, всё равно улыбается.",  # no verb before «и»
])
def test_no_comma_is_asked_for_elsewhere(text):
    assert junction(text) == []
