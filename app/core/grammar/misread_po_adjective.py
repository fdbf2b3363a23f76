"""LanguageTool's Pravopisanie_po-prezhnemu asks for a hyphen in «по» + an adjective in «-ому»/«-ему» with no noun
after it («по прежнему» → «по-прежнему»). Where «по-…» is no word the dictionary has («по мобильному», «по
безналичному»), the adjective stands for a noun left out — «позвоните по мобильному (телефону)», «оплата по
безналичному (расчёту)» — and is written apart; the adverbs of manner it means («по-новому», «по-другому») are all in
the dictionary.
"""

from __future__ import annotations

import re

from app.core.grammar.findings import Finding

_PO_ADJECTIVE = re.compile(r"(?i)^по\s+([а-яё]+(?:ому|ему))$")


def adjective_for_a_noun(text: str, finding: Finding) -> bool:
    """The finding's «по» + adjective makes no dictionary adverb with a hyphen: a noun is left out after it."""
    from app.core.grammar.rules._base import known, parses

    written = _PO_ADJECTIVE.match(text[finding.offset:finding.offset + finding.length])
    if written is None:
        return False
    adjective = written.group(1).lower()
    return not known("по-" + adjective) and any(p.tag.POS == "ADJF" and p.tag.case == "datv" for p in parses(adjective))
