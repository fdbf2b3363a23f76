"""Thanks opening a sentence before a clause of its own: «Спасибо я всё получила» → «Спасибо, я всё получила»."""

import pytest

from app.core.grammar.rules import check_rules


@pytest.mark.parametrize("text, span, fix", [
    ("Спасибо мы уже оплатили счёт.", "Спасибо мы", "Спасибо, мы"),
    ("Посылку забрала. Благодарю она целая.", "Благодарю она", "Благодарю, она"),
    ("Большое спасибо вы меня выручили!", "спасибо вы", "спасибо, вы"),
    ("Спасибо всё заработало.", "Спасибо всё", "Спасибо, всё"),
    ("Спасибо огромное всё понятно.", "огромное всё", "огромное, всё"),
])
def test_a_clause_after_thanks_gets_a_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_THANKS_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Спасибо, мы уже оплатили счёт.",
    "Спасибо вам за терпение.",  # whom one thanks: the dative
    "Спасибо коллегам из отдела доставки.",
    "Спасибо за быстрый ответ.",  # what for
    "Спасибо всем, кто пришёл.",
    "Спасибо всё равно, буду искать дальше.",  # thanks anyway
    "Она сказала спасибо и ушла.",  # not opening the sentence
])
def test_what_thanks_govern_is_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_THANKS_COMMA") == []


def test_one_finding_where_the_tree_asks_for_the_same_comma():
    text = "Спасибо он мне уже перезвонил."
    assert [f.rule_id for f in check_rules(text, "ru") if f.offset < len("Спасибо ")] == ["OURS_THANKS_COMMA"]
