"""What a typing session is, and how its outcome is judged."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.drill import Drill
from app.core.layouts import load_layout
from app.core.metrics import Summary, passed, summarise
from app.core.plausibility import Plausibility, assess
from app.core.preferences import Preferences
from app.core.records import (
    TypingKind as SessionKind,  # a session stores an attempt of its own kind
)
from app.core.text_check import check_text
from app.core.content import Lesson
from app.core.progress import lesson_thresholds
from app.core.thresholds import CertificateThresholds, LessonThresholds
from app.core.typography import prepare_text


@dataclass(frozen=True)
class SessionSpec:
    kind: SessionKind
    title: str
    text: str  # already checked and prepared for the drill
    layout: str
    thresholds: LessonThresholds
    pack_id: str = ""
    exercise_id: str = ""
    time_limit: float | None = None  # seconds, for timed tests


def session_thresholds(kind: SessionKind, prefs: Preferences, *, lesson: Lesson | None = None,
                       certificate: CertificateThresholds | None = None) -> LessonThresholds:
    """The pass mark a session is judged by — one rule, so every screen shows the numbers that apply:

    * a lesson: its own ``min_cpm``/``min_accuracy`` from the pack, else the profile's lesson
      thresholds (180 зн/мин at 98 % unless changed in the settings);
    * a timed test: the typing test of its pack's certificate (``[certificate]``, by default
      200 зн/мин at 96 %), since the certificate takes its typing figures from a timed test;
    * own text and the adaptive drill, which belong to no pack: the profile's lesson thresholds.
    """
    if kind is SessionKind.TIMED:
        cert = certificate if certificate is not None else CertificateThresholds()
        return LessonThresholds(cert.typing_cpm, cert.typing_accuracy)
    if kind is SessionKind.LESSON and lesson is not None:
        return lesson_thresholds(lesson, prefs.thresholds)
    return prefs.thresholds


def build_session(kind: SessionKind, title: str, text: str, layout: str, prefs: Preferences, *,
                  thresholds: LessonThresholds | None = None, pack_id: str = "", exercise_id: str = "",
                  time_limit: float | None = None) -> SessionSpec:
    """The spec of a session over ``text``, made typeable by the learner's typography policy.

    Raises TextError (naming the character and where) if the layout cannot type the text.
    ``thresholds``: see :func:`session_thresholds`; the learner's own when not given.
    """
    prepared = check_text(prepare_text(text, prefs.typography), load_layout(layout))
    return SessionSpec(kind, title, prepared, layout, thresholds if thresholds is not None else prefs.thresholds,
                       pack_id=pack_id, exercise_id=exercise_id, time_limit=time_limit)


@dataclass(frozen=True)
class Outcome:
    summary: Summary
    passed: bool
    completed: bool  # the whole text was typed (a timed test usually stops earlier)
    plausibility: Plausibility  # consistency and flags; a flagged attempt never counts for a certificate


def judge_session(spec: SessionSpec, drill: Drill) -> Outcome:
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
