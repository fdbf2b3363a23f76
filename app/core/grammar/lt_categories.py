"""LanguageTool's category ids (pylat-ru and the LanguageTool server share them) → our categories."""

from __future__ import annotations

from app.core.grammar.findings import Category

# The one table: every category the Russian rules of LanguageTool 6.8 use, plus the English ones.
CATEGORIES: dict[str, Category] = {
    "TYPOS": Category.SPELLING,
    "CASING": Category.SPELLING,  # capital letters are part of Russian orthography
    "COMPOUNDING": Category.SPELLING,
    "GRAMMAR": Category.GRAMMAR,
    "EXTEND": Category.GRAMMAR,  # ru: gender of nouns, forms of words, government
    "CONFUSED_WORDS": Category.GRAMMAR,
    "COLLOCATIONS": Category.GRAMMAR,
    "PUNCTUATION": Category.PUNCTUATION,
    "TYPOGRAPHY": Category.TYPOGRAPHY,
    "STYLE": Category.STYLE,
    "LOGIC": Category.STYLE,  # ru: wrong word choice («задать тест», «длительный путь»)
    "CREATIVE_WRITING": Category.STYLE,
    "REDUNDANCY": Category.STYLE,
    "REPETITIONS_STYLE": Category.STYLE,
    "PLAIN_ENGLISH": Category.STYLE,
    "SEMANTICS": Category.STYLE,
    "NONSTANDARD_PHRASES": Category.STYLE,
    "REGIONALISMS": Category.STYLE,
    "GENDER_NEUTRALITY": Category.STYLE,
}

# Rules filed under a category that misdescribes them (mostly LanguageTool's catch-all MISC).
RULES: dict[str, Category] = {
    "CHTO_CHTOBY": Category.SPELLING,
    "LC_AFTER_PERIOD_RU": Category.SPELLING,
    "RU_COMPOUNDS": Category.SPELLING,
    "RU_SIMPLE_REPLACE": Category.SPELLING,
    "WORD_REPEAT_RULE": Category.GRAMMAR,
    "RU_WORD_COHERENCY": Category.STYLE,
    "RU_WORD_ROOT_REPEAT": Category.STYLE,
    "RU_WORD_REPEAT": Category.STYLE,
}

# LanguageTool's issueType, for categories not in the table.
ISSUE_TYPES: dict[str, Category] = {
    "misspelling": Category.SPELLING,
    "typographical": Category.TYPOGRAPHY,
    "whitespace": Category.TYPOGRAPHY,
    "style": Category.STYLE,
    "register": Category.STYLE,
    "locale-violation": Category.STYLE,
    "duplication": Category.GRAMMAR,
    "grammar": Category.GRAMMAR,
}


def category_for(category_id: str, rule_id: str = "", issue_type: str = "") -> Category:
    """Our category for a LanguageTool match; grammar when nothing says otherwise."""
    return (RULES.get(rule_id) or CATEGORIES.get(category_id) or ISSUE_TYPES.get(issue_type)
            or Category.GRAMMAR)
