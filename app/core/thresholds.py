"""What a learner must reach, declared once: defaults, the ranges a setting or a pack may use,
and the two sets of thresholds (a typing lesson's and a certificate's). No Qt.

The settings screen, the stored preferences and the pack format all accept exactly these
ranges, so a value one of them accepts is never refused or clipped by another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Speed a lesson or a certificate may require, знаков в минуту; 0 in a profile: speed not required.
CPM_RANGE = (0, 2000)
# Accuracy and every other percentage a threshold is given in.
PERCENT_RANGE = (0, 100)
# Minutes of a certificate's timed typing test.
TYPING_MINUTES_RANGE = (1, 60)

LESSON_CPM = 180.0
LESSON_ACCURACY = 98.0
QUIZ_PASS_PERCENT = 80.0  # a quiz of a pack that names no pass mark
REPLY_PASS_SCORE = 80.0  # a correspondence reply's total, for a task that names no pass score


def in_range(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


@dataclass(frozen=True)
class LessonThresholds:
    """What a typing lesson needs to count as passed (KTouch-style unlocking)."""

    cpm: float = LESSON_CPM
    accuracy: float = LESSON_ACCURACY


@dataclass(frozen=True)
class CertificateThresholds:
    """What a certificate requires; a pack's ``[certificate]`` table overrides any of these."""

    typing_cpm: float = 200.0
    typing_accuracy: float = 96.0
    typing_minutes: int = 3
    grammar_percent: float = 80.0
    correspondence_score: float = 80.0
    quiz_percent: float = 80.0

    @classmethod
    def from_rules(cls, rules: Any) -> CertificateThresholds:
        """Defaults, overridden by whatever a pack's ``[certificate]`` sets (None = not set)."""
        values = {k: getattr(rules, k) for k in cls.__dataclass_fields__ if getattr(rules, k, None) is not None}
        return cls(**values)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}
