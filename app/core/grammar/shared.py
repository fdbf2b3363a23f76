"""The one way to build a grammar checker, for every caller: the grammar and chat screens,
``chat-trainer check``, ``grade-reply`` and certificate re-grading judge a text alike."""

from __future__ import annotations

import os

from app.core.grammar.checker import GrammarChecker
from app.core.grammar.rules import check_rules


def build_checker(engine: str = "auto", lt_url: str | None = None,
                  lt_path: str | os.PathLike | None = None) -> GrammarChecker:
    """The chosen engine (see GrammarChecker) with our own rules added to whatever it finds.

    Raises ValueError for an unknown engine or LanguageTool asked for but not configured."""
    return GrammarChecker(engine=engine, lt_url=lt_url, lt_path=lt_path, extra_rules=check_rules)
