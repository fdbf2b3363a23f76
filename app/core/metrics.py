"""Typing metrics, computed from a keystroke log alone.

The same functions serve the live figures, the result screen, the stored
summary and (later) certificate verification, so a figure can always be
recomputed from the keystrokes behind it.

Definitions
-----------
* **Drill clock** starts at the first keystroke (its time is 0).
* **Active time**: the sum of the gaps between consecutive keystrokes,
  leaving out every gap longer than :data:`IDLE_LIMIT` seconds. A learner
  who stops to read or is interrupted is not penalised. Known limit: a gap
  of, say, 9 s spent honestly hunting for a key is left out as well.
* **Correct characters**: keystrokes that typed the expected character
  (Backspace and wrong-layout keystrokes are not characters).
* **зн/мин** (characters per minute) = correct characters ÷ active minutes.
* **WPM** = зн/мин ÷ 5 (the usual five-character "word").
* **Accuracy** = correct keystrokes ÷ all character keystrokes, in per cent.
  Backspace is not a character keystroke; neither is a wrong-layout key.
* **Errors per character** = wrong character keystrokes ÷ length of the text.
* **Per-key time**: for each correct keystroke whose preceding gap is
  counted in the active time, that gap, grouped by the expected character
  (lower-cased, so «А» and «а» are one key); reported as the mean in ms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.thresholds import LessonThresholds

IDLE_LIMIT = 5.0
BACKSPACE = "\b"


class StrokeLike(Protocol):
    t: float
    expected: str
    typed: str
    correct: bool
    wrong_layout: bool


def is_char_stroke(s: StrokeLike) -> bool:
    return s.typed != BACKSPACE and not s.wrong_layout


def active_seconds(times: Sequence[float], idle_limit: float = IDLE_LIMIT) -> float:
    """Sum of gaps between consecutive times, gaps over ``idle_limit`` left out."""
    total = 0.0
    for prev, cur in zip(times, times[1:]):
        gap = cur - prev
        if 0 <= gap <= idle_limit:
            total += gap
    return total


def correct_chars(log: Iterable[StrokeLike]) -> int:
    return sum(1 for s in log if s.correct and is_char_stroke(s))


def error_keystrokes(log: Iterable[StrokeLike]) -> int:
    return sum(1 for s in log if not s.correct and is_char_stroke(s))


def chars_per_minute(correct: int, seconds: float) -> float:
    """зн/мин: correct characters per minute of active time (0 when no time passed)."""
    return correct * 60.0 / seconds if seconds > 0 else 0.0


def words_per_minute(cpm: float) -> float:
    """WPM = зн/мин ÷ 5."""
    return cpm / 5.0


def accuracy(correct: int, errors: int) -> float:
    """Per cent of character keystrokes that were right (100 when none were made)."""
    total = correct + errors
    return 100.0 * correct / total if total else 100.0


def errors_per_char(errors: int, text_length: int) -> float:
    return errors / text_length if text_length else 0.0


def per_key_times(log: Sequence[StrokeLike], idle_limit: float = IDLE_LIMIT) -> dict[str, tuple[int, float]]:
    """Expected key (lower case) → (count, mean ms) over correct keystrokes with a counted gap."""
    sums: dict[str, list[float]] = {}
    for prev, cur in zip(log, log[1:]):
        gap = cur.t - prev.t
        if cur.correct and is_char_stroke(cur) and 0 <= gap <= idle_limit:
            acc = sums.setdefault(cur.expected.lower(), [0, 0.0])
            acc[0] += 1
            acc[1] += gap
    return {k: (int(n), 1000.0 * total / n) for k, (n, total) in sums.items()}


def per_key_errors(log: Iterable[StrokeLike]) -> dict[str, int]:
    """Expected key (lower case) → number of wrong keystrokes aimed at it."""
    out: dict[str, int] = {}
    for s in log:
        if not s.correct and is_char_stroke(s) and s.expected:
            key = s.expected.lower()
            out[key] = out.get(key, 0) + 1
    return out


def per_key_tally(log: Sequence[StrokeLike], idle_limit: float = IDLE_LIMIT) -> dict[str, list]:
    """Expected key (lower case) → [presses, errors, sum of counted gaps (s), number of counted gaps].

    The same rules as ``per_key_errors``/``per_key_times``, in sums that can be
    added across attempts (the dashboard keeps them in ``key_stats``).
    """
    tally: dict[str, list] = {}
    prev = None
    for cur in log:
        if is_char_stroke(cur) and cur.expected:
            acc = tally.setdefault(cur.expected.lower(), [0, 0, 0.0, 0])
            acc[0] += 1
            if not cur.correct:
                acc[1] += 1
            elif prev is not None and 0 <= cur.t - prev.t <= idle_limit:
                acc[2] += cur.t - prev.t
                acc[3] += 1
        prev = cur
    return tally


@dataclass(frozen=True)
class Summary:
    seconds: float
    correct: int
    errors: int
    backspaces: int
    wrong_layout: int
    cpm: float
    wpm: float
    accuracy: float
    errors_per_char: float

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def summarise(log: Sequence[StrokeLike], text_length: int, idle_limit: float = IDLE_LIMIT) -> Summary:
    """All headline figures of one attempt, by the definitions above."""
    seconds = active_seconds([s.t for s in log], idle_limit)
    good = correct_chars(log)
    bad = error_keystrokes(log)
    cpm = chars_per_minute(good, seconds)
    return Summary(
        seconds=seconds, correct=good, errors=bad,
        backspaces=sum(1 for s in log if s.typed == BACKSPACE),
        wrong_layout=sum(1 for s in log if s.wrong_layout),
        cpm=cpm, wpm=words_per_minute(cpm), accuracy=accuracy(good, bad),
        errors_per_char=errors_per_char(bad, text_length),
    )



@dataclass(frozen=True)
class ThresholdCheck:
    """Which thresholds an attempt reached. Speed is one check: WPM is зн/мин ÷ 5 on both sides."""

    speed: bool
    accuracy: bool

    @property
    def passed(self) -> bool:
        return self.speed and self.accuracy


def check_thresholds(summary: Summary, thresholds: LessonThresholds) -> ThresholdCheck:
    return ThresholdCheck(speed=summary.cpm >= thresholds.cpm, accuracy=summary.accuracy >= thresholds.accuracy)


def passed(summary: Summary, thresholds: LessonThresholds) -> bool:
    """A lesson is passed when both speed and accuracy reach the thresholds."""
    return check_thresholds(summary, thresholds).passed
