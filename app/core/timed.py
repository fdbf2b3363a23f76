"""Texts for timed tests: enough operator prose to outlast the fastest typist."""

from __future__ import annotations

import random
from collections.abc import Sequence

TEST_MINUTES = (1, 3, 5)
# 900 зн/мин is beyond any operator's speed, so the text never runs out.
CEILING_CPM = 900


def time_is_up(time_limit: float | None, started: bool, elapsed: float) -> bool:
    """Whether a timed test is over: its clock starts at the first key, and a key at the limit is late."""
    return time_limit is not None and started and elapsed >= time_limit


def build_test_text(texts: Sequence[str], minutes: int, seed: int) -> str:
    """Join shuffled texts (repeating when needed) until a typist at 900 зн/мин cannot finish.

    The same ``seed`` gives the same text, so an attempt can be reproduced.
    """
    if minutes not in TEST_MINUTES:
        raise ValueError(f"a timed test lasts {', '.join(map(str, TEST_MINUTES))} minutes, not {minutes}")
    if not texts:
        raise ValueError("no texts for a timed test")
    rng = random.Random(seed)
    need = minutes * CEILING_CPM
    parts: list[str] = []
    length = 0
    while length < need:
        batch = list(texts)
        rng.shuffle(batch)
        for text in batch:
            parts.append(text.strip())
            length += len(text) + 1
            if length >= need:
                break
    return " ".join(parts)
