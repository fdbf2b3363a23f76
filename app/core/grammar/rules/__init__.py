"""Our own Russian rules for what LanguageTool's rules miss in chat replies.

``check_rules(text, language)`` runs every rule family over the text and returns findings with
``source="ours"``; ``RULES`` maps each rule id to its title, message, explanation and category
(for the GUI and the documentation). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.grammar.findings import Finding
from app.core.grammar.rules import (address, agreement, capitals, conjunctions, extra_commas,
                                    introductory, prepositions, style, together_apart, tsya, typography)
from app.core.grammar.rules._base import RuleInfo, Text

_FAMILIES = (address, introductory, conjunctions, prepositions, together_apart, tsya, agreement,
             extra_commas, typography, capitals, style)

RULES: dict[str, RuleInfo] = {rule.rule_id: rule for family in _FAMILIES for rule in family.RULES}

_CHECKS: tuple[Callable[[Text], list[Finding]], ...] = tuple(family.check for family in _FAMILIES)


def check_rules(text: str, language: str) -> list[Finding]:
    """Findings of our rules, sorted by offset; [] for any language but Russian."""
    if language != "ru" or not text:
        return []
    t = Text(text)
    found = {(f.offset, f.length, f.rule_id): f for check in _CHECKS for f in check(t)}
    return sorted(found.values(), key=lambda f: (f.offset, f.length, f.rule_id))


__all__ = ["RULES", "RuleInfo", "check_rules"]
