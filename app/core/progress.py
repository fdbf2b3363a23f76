"""Which lessons of a course are open, passed, or still locked.

As in KTouch, a lesson unlocks the next one when it is passed at the
thresholds (the lesson's own, else the profile's). The first lesson is
always open; a passed lesson stays open.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.content import Lesson, Pack, TypingCourse
from app.core.thresholds import LessonThresholds


class LessonState(StrEnum):
    PASSED = "passed"
    OPEN = "open"
    LOCKED = "locked"


@dataclass(frozen=True)
class LessonStatus:
    lesson: Lesson
    index: int
    state: LessonState


def lesson_thresholds(lesson: Lesson, default: LessonThresholds) -> LessonThresholds:
    return LessonThresholds(
        lesson.min_cpm if lesson.min_cpm is not None else default.cpm,
        lesson.min_accuracy if lesson.min_accuracy is not None else default.accuracy,
    )


def course_map(course: TypingCourse, passed_ids: set[str]) -> list[LessonStatus]:
    out: list[LessonStatus] = []
    previous_passed = True
    for i, lesson in enumerate(course.lessons):
        if lesson.id in passed_ids:
            state = LessonState.PASSED
        elif previous_passed:
            state = LessonState.OPEN
        else:
            state = LessonState.LOCKED
        out.append(LessonStatus(lesson, i, state))
        previous_passed = state is LessonState.PASSED
    return out


@dataclass(frozen=True)
class UnlockPath:
    """What opens a locked lesson: passing the lesson just before it, and first the open one on the way."""

    previous: LessonStatus  # passing this lesson unlocks the locked one
    open_now: LessonStatus | None  # the open lesson to pass first, when it is not ``previous``


def unlock_path(course: TypingCourse, passed_ids: set[str], index: int) -> UnlockPath | None:
    """For the locked lesson at ``index``, which lessons stand in its way; None when it is not locked."""
    statuses = course_map(course, passed_ids)
    if statuses[index].state is not LessonState.LOCKED:
        return None
    open_now = next((s for s in statuses[:index] if s.state is LessonState.OPEN), None)
    previous = statuses[index - 1]
    return UnlockPath(previous, None if open_now is previous else open_now)


def next_lesson(course: TypingCourse, passed_ids: set[str]) -> Lesson | None:
    """The first open lesson not yet passed, or None when the course is complete."""
    for status in course_map(course, passed_ids):
        if status.state is LessonState.OPEN:
            return status.lesson
    return None


def pack_progress(pack: Pack, passed_ids: set[str]) -> tuple[int, int]:
    """(passed, total) over the pack's lessons: what the Packs screen shows as progress."""
    lesson_ids = {lesson.id for course in pack.typing for lesson in course.lessons}
    return len(lesson_ids & passed_ids), len(lesson_ids)


@dataclass(frozen=True)
class TopicProgress:
    topic: str
    done: int  # solved at the first try: what counts
    total: int
    item_ids: tuple[str, ...]
    with_help: int = 0  # right only after the key or a fix was seen (app.core.grammar_credit), not in ``done``


def topic_progress(items, passed_ids: set[str], helped_ids: set[str] = frozenset()) -> list[TopicProgress]:
    """Grammar items grouped by topic, in the order topics first appear, with how many are solved
    (``passed_ids``) and, apart, how many were solved only with help (``helped_ids``)."""
    groups: dict[str, list[str]] = {}
    for item in items:
        groups.setdefault(item.topic or "", []).append(item.id)
    return [TopicProgress(topic, sum(1 for i in ids if i in passed_ids), len(ids), tuple(ids),
                          sum(1 for i in ids if i in helped_ids and i not in passed_ids))
            for topic, ids in groups.items()]


def practice_order(item_ids, passed_ids: set[str]) -> list[str]:
    """Unsolved items first (in pack order), then the solved ones for revision."""
    return [i for i in item_ids if i not in passed_ids] + [i for i in item_ids if i in passed_ids]
