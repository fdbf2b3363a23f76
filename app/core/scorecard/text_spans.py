"""The spans a regex finds in a text, listed once per text and looked up by bisection.

The judges ask «which clause / part / sentence holds this position» tens of thousands of times per
reply, and each asking ran the regex over the whole text again. The matches of a pattern in a text
do not change, and they follow each other without overlapping, so the one holding a position is the
last one starting at or before it — if it has not ended yet. The answers are those of a scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache


@lru_cache(maxsize=512)
def spans(pattern: re.Pattern, text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """Every (start, end) of ``pattern`` in ``text`` and their starts."""
    found = tuple((m.start(), m.end()) for m in pattern.finditer(text))
    return found, tuple(s for s, _ in found)


def span_at(pattern: re.Pattern, text: str, pos: int) -> tuple[int, int] | None:
    """The first match of ``pattern`` in ``text`` that holds ``pos`` (start ≤ pos < end), None where none does —
    as ``next(m for m in pattern.finditer(text) if m.start() <= pos < m.end())`` for a pattern with no empty match."""
    return sorted_span_at(*spans(pattern, text), pos)


def sorted_span_at(found, starts, pos: int):
    """The same lookup in spans already listed (sorted, not overlapping)."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < found[i][1]:
        return found[i]
    return None
