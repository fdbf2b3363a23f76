"""One typing attempt second by second, the keys it missed, and what to practise next.

What the result screen draws: speed and errors per second of the attempt (as Monkeytype's chart),
the expected characters that were mistyped, and one next step chosen from the thresholds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from app.core.metrics import StrokeLike, ThresholdCheck, is_char_stroke


@dataclass(frozen=True)
class Second:
    cpm: float  # correct characters typed in this second, per minute
    errors: int


def by_second(log: Sequence[StrokeLike]) -> list[Second]:
    """One entry per second from the first keystroke to the last (a pause shows as zeros)."""
    strokes = [s for s in log if is_char_stroke(s)]
    if not strokes:
        return []
    start = strokes[0].t
    correct: Counter[int] = Counter()
    errors: Counter[int] = Counter()
    for s in strokes:
        (correct if s.correct else errors)[int(s.t - start)] += 1
    last = int(strokes[-1].t - start)
    return [Second(cpm=correct[i] * 60.0, errors=errors[i]) for i in range(last + 1)]


def missed_keys(log: Sequence[StrokeLike], limit: int = 8) -> list[tuple[str, int]]:
    """The expected characters typed wrongly in this attempt, most missed first."""
    missed = Counter(s.expected for s in log if is_char_stroke(s) and not s.correct and s.expected)
    return missed.most_common(limit)


class NextStep(Enum):
    NEXT_LESSON = "next_lesson"  # passed, and there is a next lesson
    PRACTISE_KEYS = "practise_keys"  # passed or not, some keys were missed repeatedly
    SLOW_DOWN = "slow_down"  # accuracy below the threshold: speed comes after accuracy
    SPEED_UP = "speed_up"  # accurate but too slow: repeat for speed
    DONE = "done"  # passed, nothing further in this course


def next_step(check: ThresholdCheck, missed: Sequence[tuple[str, int]], has_next: bool) -> NextStep:
    if not check.accuracy:
        return NextStep.SLOW_DOWN
    if missed and missed[0][1] >= 3:
        return NextStep.PRACTISE_KEYS
    if not check.speed:
        return NextStep.SPEED_UP
    return NextStep.NEXT_LESSON if has_next else NextStep.DONE
