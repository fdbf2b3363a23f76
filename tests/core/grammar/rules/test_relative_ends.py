"""The end of a «который» clause standing after the sentence's subject, before the main predicate."""

import pytest

from app.core.grammar.rules import relative_ends
from app.core.grammar.rules._base import Text


def fixes(text):
    return [f.replacements[0] for f in relative_ends.check(Text(text))]


@pytest.mark.parametrize("text, expected", [
    ("Курьеры которые работали вместе с нами тоже получат премию.", ["нами, тоже"]),
    ("Курьеры, которые работали вместе с нами тоже получат премию.", ["нами, тоже"]),  # the first comma is there
    ("Вопрос от которого зависит решение остаётся открытым.", ["решение, остаётся"]),  # the clause's own subject
    ("Менеджер которому вы отправили письмо позвонит завтра.", ["письмо, позвонит"]),
    ("Клиенты которые оставили отзыв получат скидку.", ["отзыв, получат"]),
])
def test_the_clause_is_closed_before_the_main_predicate(text, expected):
    assert fixes(text) == expected


@pytest.mark.parametrize("text", [
    "Курьер который был болен выздоровел.",                  # «был» with a short form: the clause may hold it
    "Курьер который привёз заказ и уехал сразу позвонил.",    # a conjunction between the predicates
    "Курьер который приехал быстро получил премию.",          # the adverb may be either clause's
    "Менеджер которому вы писали в пятницу позвонит завтра.",  # «в пятницу» may be either clause's
    "Курьеры, которые работали вместе с нами, тоже получат премию.",  # closed already
    "Клиент которого мы ждали позвонила сама.",              # the predicate does not agree with the subject
    "Курьер который привёз заказ сказал что торопится?",
])
def test_no_comma_where_the_border_is_not_sure(text):
    assert fixes(text) == []


def test_the_finding_is_the_clause_comma():
    text = "Клиенты которые оставили отзыв получат скидку."
    f = relative_ends.check(Text(text))[0]
    assert f.rule_id == "OURS_CLAUSE_COMMA" and text[f.offset:f.offset + f.length] == "отзыв получат"
