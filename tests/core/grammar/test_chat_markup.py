"""misread_chat_markup(): which engine findings read chat markup (emoticons, the smile «)», «1)» lists) as punctuation."""

import pytest

from app.core.grammar.chat_markup import misread_chat_markup
from app.core.grammar.findings import Category, Finding


def at(text: str, span: str, rule: str, nth: int = 0, category=Category.PUNCTUATION, source="embedded") -> Finding:
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(span, offset + 1)
    return Finding(offset=offset, length=len(span), message=rule, category=category, rule_id=rule, source=source)


@pytest.mark.parametrize("text, span, nth", [
    ("Доброй ночи)", ")", 0),
    ("Доброй ночи)))", ")", 2),  # any «)» of the run
    ("Получила, спасибо!) Вечером напишу отзыв.", ")", 0),
    ("Оплатила (по карте))) жду", ")", 1),  # the first «)» closes the bracket, the rest smile
    ("ну ты даёшь)) я в шоке", ")", 0),
    ("Супер :)))", ")", 1),
])
def test_a_smile_is_no_unpaired_bracket(text, span, nth):
    assert misread_chat_markup(text, at(text, span, "RU_UNPAIRED_BRACKETS", nth))


@pytest.mark.parametrize("text, span, nth", [
    ("Оставьте коробку) у двери.", ")", 0),  # a lone «)» in mid-sentence
    ("Мы приедем (если успеем) завтра) утром.", ")", 1),
    ("Оплатила (по карте)", ")", 0),  # it closes its «(»
])
def test_a_bracket_stays_a_bracket(text, span, nth):
    assert not misread_chat_markup(text, at(text, span, "RU_UNPAIRED_BRACKETS", nth))


def test_a_space_before_a_smile_is_no_space_before_a_bracket():
    text = "Хорошо, до завтра )"
    assert misread_chat_markup(text, at(text, " )", "COMMA_PARENTHESIS_WHITESPACE", category=Category.TYPOGRAPHY))
    text = "Заказ (два пакета ) готов."
    assert not misread_chat_markup(text, at(text, " )", "COMMA_PARENTHESIS_WHITESPACE", category=Category.TYPOGRAPHY))


def test_our_own_findings_are_never_touched():
    text = "Доброй ночи)"
    assert not misread_chat_markup(text, at(text, ")", "RU_UNPAIRED_BRACKETS", source="ours"))
