"""What a typing session is, and how its outcome is judged."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.drill import Drill
from app.core.metrics import Summary, Thresholds, passed, summarise
from app.core.plausibility import Plausibility, assess
from app.core.records import TypingKind as SessionKind  # a session stores an attempt of its own kind


@dataclass(frozen=True)
class SessionSpec:
    kind: SessionKind
    title: str
    text: str  # already checked and prepared for the drill
    layout: str
    thresholds: Thresholds
    pack_id: str = ""
    exercise_id: str = ""
    time_limit: float | None = None  # seconds, for timed tests


@dataclass(frozen=True)
class Outcome:
    summary: Summary
    passed: bool
    completed: bool  # the whole text was typed (a timed test usually stops earlier)
    plausibility: Plausibility  # consistency and flags; a flagged attempt never counts for a certificate


def judge(spec: SessionSpec, drill: Drill) -> Outcome:
    """Summarise a finished drill and decide whether it meets the thresholds.

    A lesson counts only when its whole text was typed; a timed test counts
    whatever was typed in the time.
    """
    summary = summarise(drill.log, len(drill.target))
    completed = drill.position >= len(drill.target)
    ok = passed(summary, spec.thresholds) and (completed or spec.kind is SessionKind.TIMED)
    if not drill.log:
        ok = False
    return Outcome(summary, ok, completed, assess(drill.log, len(drill.target)))
