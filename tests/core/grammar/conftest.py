"""Helpers for the tests of our own Russian rules."""

import pytest

from app.core.grammar.rules import check_rules


def fired(text: str, rule_id: str) -> list[tuple[str, tuple[str, ...]]]:
    """(flagged span, replacements) of every finding of ``rule_id`` in ``text``."""
    return [(text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id == rule_id]


@pytest.fixture
def rule_hits():
    return fired
