"""«будь ты…», «будь то…», «будь у нас…» inside a sentence open a clause of condition or concession."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_CLAUSE_COMMA"]


@pytest.mark.parametrize("text, fixes", [
    ("Заказ доставят в любой день будь то суббота или воскресенье.", ["день, будь"]),
    ("Жить было бы проще будь у нас машина.", ["проще, будь"]),
    ("Такой шкаф не сдвинуть будь ты хоть трижды силачом.", ["сдвинуть, будь"]),
    ("Этот шкаф будь ты хоть силачом одному не сдвинуть.", ["шкаф, будь", "силачом, одному"]),
])
def test_the_clause_of_будь_is_set_off(text, fixes):
    assert commas(text) == fixes


@pytest.mark.parametrize("text", [
    "Будь ты внимательнее, ошибки бы не было.",   # at the start the clause's end is the other rules'
    "Иди и будь ты проклят.",                    # after a conjunction, and a wish
    "Не будь ты таким строгим.",
])
def test_no_comma_where_будь_opens_nothing_inside(text):
    assert not [fix for fix in commas(text) if fix.endswith(", будь")]
