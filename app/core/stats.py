"""Dashboard figures computed from per-key aggregate rows (pure; no storage, no Qt).

A key's error rate is smoothed towards the profile's overall rate (additive
prior of ``PRIOR_PRESSES`` presses) so that one slip on a rarely typed key does
not make it "the weakest"; keys with fewer than ``MIN_PRESSES`` presses are
not ranked at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from app.core.phrase import phrase

MIN_PRESSES = 20
PRIOR_PRESSES = 10


@dataclass(frozen=True)
class KeyRow:
    """Aggregate for one key: presses, wrong presses, sum and count of timed intervals (s)."""
    key: str
    presses: int
    errors: int
    interval_sum: float
    interval_count: int

    @property
    def mean_ms(self) -> float | None:
        return 1000 * self.interval_sum / self.interval_count if self.interval_count else None


@dataclass(frozen=True)
class KeyScore:
    key: str
    presses: int
    error_rate: float  # smoothed, 0..1
    mean_ms: float | None
    reason: str


def overall_error_rate(rows: Iterable[KeyRow]) -> float:
    rows = list(rows)
    presses = sum(r.presses for r in rows)
    return sum(r.errors for r in rows) / presses if presses else 0.0


def smoothed_rate(row: KeyRow, prior_rate: float) -> float:
    return (row.errors + PRIOR_PRESSES * prior_rate) / (row.presses + PRIOR_PRESSES)


def heat_values(rows: Iterable[KeyRow]) -> dict[str, float]:
    """Per-key smoothed error rate for the keyboard heat map (every key with presses)."""
    rows = [r for r in rows if r.presses > 0]
    prior = overall_error_rate(rows)
    return {r.key: smoothed_rate(r, prior) for r in rows}


def weakest_keys(rows: Iterable[KeyRow], limit: int = 5) -> list[KeyScore]:
    """Keys ranked by smoothed error rate, ties broken by slower mean interval.

    Only keys with at least ``MIN_PRESSES`` presses are ranked; the space is
    left out (it is a separator, not a key to drill).
    """
    rows = [r for r in rows if r.presses > 0]
    prior = overall_error_rate(rows)
    scored = []
    for r in rows:
        if r.presses < MIN_PRESSES or r.key == " ":
            continue
        rate = smoothed_rate(r, prior)
        ms = r.mean_ms
        share = r.errors / r.presses
        reason = (phrase("ошибки {share:.0%} из {presses} нажатий", share=share, presses=r.presses) if ms is None else
                  phrase("ошибки {share:.0%} из {presses} нажатий, в среднем {ms:.0f} мс", share=share,
                         presses=r.presses, ms=ms))
        scored.append(KeyScore(r.key, r.presses, rate, ms, reason))
    scored.sort(key=lambda s: (-round(s.error_rate, 6), -(s.mean_ms or 0.0), s.key))
    return scored[:limit]


def top_counts(counts: dict[str, int], limit: int = 5) -> list[tuple[str, int]]:
    """The most frequent items (grammar rules, topics), ties in name order."""
    return sorted(((k, n) for k, n in counts.items() if n > 0), key=lambda kv: (-kv[1], kv[0]))[:limit]


def percent(earned: float, maximum: float) -> float | None:
    """Average score in percent for a scorecard element or quiz category; None if nothing scored."""
    return 100 * earned / maximum if maximum > 0 else None


def daily_minutes(seconds_by_day: dict[str, float], today: date, days: int) -> list[tuple[str, float]]:
    """Minutes trained on each of the last ``days`` days up to ``today``, days without training as 0."""
    out = []
    for back in range(days - 1, -1, -1):
        day = (today - timedelta(days=back)).isoformat()
        out.append((day, round((seconds_by_day.get(day) or 0.0) / 60, 1)))
    return out


@dataclass(frozen=True)
class AttemptAxis:
    """An x axis of attempt numbers whose every label sits on a point: integer ticks only."""
    first: int  # number of the first attempt shown
    last: int
    step: int  # attempts between labels

    @property
    def ticks(self) -> list[int]:
        return list(range(self.first, self.last + 1, self.step))


NICE_STEPS = (1, 2, 5)


def attempt_axis(first: int, count: int, max_labels: int = 10) -> AttemptAxis:
    """Attempts ``first`` … ``first + count - 1`` labelled every 1, 2, 5, 10, 20, 50 … attempts,
    the smallest step that keeps at most ``max_labels`` labels (so no label repeats or falls between points)."""
    if count < 1:
        raise ValueError("an attempt axis needs at least one attempt")
    scale = 1
    while True:
        for nice in NICE_STEPS:
            step = nice * scale
            if (count - 1) // step + 1 <= max_labels:
                return AttemptAxis(first, first + count - 1, step)
        scale *= 10
