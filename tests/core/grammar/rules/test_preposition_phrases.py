"""A phrase with «несмотря на» or «судя по» that opens the sentence (or a part of it) is parted from the main
clause by a comma before the main clause's subject."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_PREPOSITION_PHRASE_COMMA"]


@pytest.mark.parametrize("text, fix", [
    ("Несмотря на пробки курьер приехал вовремя.", "пробки, курьер"),
    ("Несмотря на все наши усилия заявка не была закрыта.", "усилия, заявка"),
    ("Судя по номеру отправления мы получим посылку завтра.", "отправления, мы"),
    ("Мы долго ждали и несмотря на задержку они привезли заказ.", "задержку, они"),
])
def test_the_phrase_is_parted_from_the_main_clause(text, fix):
    assert commas(text) == [fix]
    assert RULES["OURS_PREPOSITION_PHRASE_COMMA"].explanation


@pytest.mark.parametrize("text", [
    "Несмотря на пробки, курьер приехал вовремя.",        # the comma is there
    "Несмотря на то что шёл дождь мы приехали.",         # a clause, another rule's
    "Судя по всему курьер уже выехал.",                  # an introductory phrase, another rule's
    "Благодаря вашей помощи мы успели.",                 # the comma is the writer's choice
    "Судя по отзывам магазин работает хорошо.",          # «магазин» may be an object: the end is not sure
    "Судя по их отзывам о магазине мы вернёмся.",         # «о магазине» may open the main clause
    "Курьер приехал вовремя несмотря на пробки.",         # not at the start: no comma after it is needed
])
def test_silent(text):
    assert commas(text) == []
