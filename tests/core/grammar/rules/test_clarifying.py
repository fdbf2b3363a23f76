"""A phrase that names the place of a place adverb more exactly is set off by commas."""

import pytest

from app.core.grammar.rules import RULES, check_rules


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_CLARIFYING_COMMA"]


@pytest.mark.parametrize("text, fixes", [
    ("Внизу под горой текла река.", ["Внизу, под", "горой, текла"]),
    ("Вдали за рекой виднелся лес.", ["Вдали, за", "рекой, виднелся"]),
    ("Внизу под горой мы увидели реку.", ["Внизу, под", "горой, мы"]),
    ("Впереди возле вагона кто-то машет фонарём.", ["Впереди, возле", "вагона, кто-то"]),
    ("Наверху на чердаке кто-то ходит.", ["Наверху, на", "чердаке, кто-то"]),  # a description, not an instruction
    ("Внизу под столом найдите розетку.", ["Внизу, под", "столом, найдите"]),  # «под» narrows the place
])
def test_the_clarifying_phrase_is_set_off(text, fixes):
    assert commas(text) == fixes


@pytest.mark.parametrize("text", [
    "Внизу, под горой, текла река.",
    "Слева от дома растёт берёза.",          # «слева от» is one preposition, nothing to clarify
    "На столе возле окна стояла ваза.",      # two phrases that make one description
    "Внизу под горой деревня и речка.",      # no verb or subject at once after the phrase
    "Справа на панели выберите «Настройки».",  # an instruction: the right side of the panel, one place
    "Вверху на странице вы увидите номер договора.",
])
def test_no_comma_where_nothing_is_clarified(text):
    assert commas(text) == []


def test_the_rule_explains_itself():
    rule = RULES["OURS_CLARIFYING_COMMA"]
    assert "уточня" in rule.explanation and rule.message.endswith("запятыми.")
