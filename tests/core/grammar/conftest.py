"""Helpers for the tests of our own Russian rules."""

import pytest

from app.core.grammar.rules import check_rules


def fired(text: str, rule_id: str, typography=None) -> list[tuple[str, tuple[str, ...]]]:
    """(flagged span, replacements) of every finding of ``rule_id`` in ``text`` (under the learner's
    ``typography`` policy, if one is given)."""
    return [(text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru", typography) if f.rule_id == rule_id]


@pytest.fixture
def rule_hits():
    return fired
