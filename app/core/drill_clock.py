"""What the live clock of a drill shows, and when keys after the end are ignored.

One clock: the live «время» is the *active time* of :mod:`app.core.metrics`
(gaps between keys longer than :data:`~app.core.metrics.IDLE_LIMIT` are left
out), so the figure seen while typing is the figure the result shows. While
the learner is idle the clock stands still and says so; the seconds since the
last key are added only while they would still count.

A safe end: a learner who is typing when a timed test runs out keeps typing
for a moment. Keys in the first :data:`END_GRACE` seconds after the end are
swallowed, so they can neither start a new attempt nor press a button.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.metrics import IDLE_LIMIT

END_GRACE = 1.0  # seconds after the end of an attempt during which every key is ignored


class ClockState(StrEnum):
    WAITING = "waiting"  # no key yet: the clock starts at the first key
    RUNNING = "running"
    IDLE = "idle"  # no key for longer than IDLE_LIMIT: this gap will not be counted
    PAUSED = "paused"  # Esc


@dataclass(frozen=True)
class LiveTime:
    seconds: float  # active seconds to show
    state: ClockState


def live_time(counted: float, since_last_key: float | None, paused: bool,
              idle_limit: float = IDLE_LIMIT) -> LiveTime:
    """The active time to show now.

    ``counted`` is the active time up to the last key (the sum of counted gaps);
    ``since_last_key`` the drill-clock seconds since it (None before the first key).
    The running gap is shown while it would still count; once it passes
    ``idle_limit`` it would be dropped, so the clock falls back to ``counted``
    and reports IDLE — the number never shows time the result will not.
    """
    if since_last_key is None:
        return LiveTime(0.0, ClockState.WAITING)
    counts = 0.0 <= since_last_key <= idle_limit
    seconds = counted + since_last_key if counts else counted
    if paused:  # the drill clock stands still during a pause, so the gap does not grow
        return LiveTime(seconds, ClockState.PAUSED)
    return LiveTime(seconds, ClockState.RUNNING if counts else ClockState.IDLE)


def input_ignored(ended_at: float | None, now: float, grace: float = END_GRACE) -> bool:
    """Whether a key at ``now`` falls in the grace period after an attempt ended at ``ended_at``."""
    return ended_at is not None and 0.0 <= now - ended_at < grace
