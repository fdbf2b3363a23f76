"""LanguageTool's categories mapped to ours: a rule's own entry first, then its category, then its issue type."""

from app.core.grammar.findings import Category
from app.core.grammar.lt_categories import category_for


def test_a_category_maps_to_ours():
    assert category_for("TYPOS") is Category.SPELLING
    assert category_for("CASING") is Category.SPELLING  # capitals are orthography in Russian
    assert category_for("PUNCTUATION") is Category.PUNCTUATION
    assert category_for("LOGIC") is Category.STYLE


def test_a_rule_filed_under_a_misleading_category_is_put_right():
    assert category_for("MISC", "RU_SIMPLE_REPLACE") is Category.SPELLING
    assert category_for("GRAMMAR", "RU_WORD_REPEAT") is Category.STYLE


def test_an_unknown_category_falls_back_to_the_issue_type_then_to_grammar():
    assert category_for("MISC", "SOME_RULE", "whitespace") is Category.TYPOGRAPHY
    assert category_for("MISC", "SOME_RULE", "misspelling") is Category.SPELLING
    assert category_for("NEW_CATEGORY") is Category.GRAMMAR
