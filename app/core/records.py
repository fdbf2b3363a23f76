"""Attempt kinds and the typed records of what an attempt stores in its ``details`` JSON.

Every finished attempt is one row: the columns hold what every kind shares
(profile, pack, exercise, times, score, passed; typing adds its speed
columns), ``details`` holds the rest. Its shape per kind is defined here and
nowhere else: a record class per kind with ``to_json`` (the builder's output,
what the store writes) and ``from_json`` (the reader). Screens build records,
the store writes them, the dashboard, the export and certificates read them.

Versions: ``details["v"]`` is the record version that wrote it. Rows written
before records were versioned have no ``v`` and read as version 0; their
fields are those of version 1, some of them missing in the oldest rows, so
every reader gives each field a default. A later version must keep this:
add fields with defaults (or branch on ``v`` in ``from_json``), never change
the meaning of a stored one.

The dashboard aggregates a few fields in SQL; the JSON paths it uses are
declared below beside the classes that write them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

VERSION = 1


class TypingKind(StrEnum):
    """Typing attempts; a typing session has the kind of the attempt it stores."""
    LESSON = "lesson"
    TIMED = "timed"
    CUSTOM = "custom"
    ADAPTIVE = "adaptive"


class GradedKind(StrEnum):
    """Attempts graded as a whole (a score, no keystrokes)."""
    GRAMMAR = "grammar"
    CORRESPONDENCE = "correspondence"  # a reply, or a whole shift of chats (ShiftRecord)
    QUIZ = "quiz"


TYPING_KINDS = frozenset(TypingKind)

# JSON paths the dashboard's SQL reads (same keys in every version).
FLAGS_PATH = "$.plausibility.flags"  # TypingRecord: plausibility flags, [] when the attempt counts
REPLY_SECONDS_PATH = "$.seconds"  # ReplyRecord: seconds taken to answer
FINDINGS_PATH = "$.findings"  # GrammarRecord: findings, each with rule_id and message
TOPIC_PATH = "$.topic"  # GrammarRecord
ELEMENTS_PATH = "$.scorecard.elements"  # ReplyRecord: element id → {"passed": …}
CATEGORIES_PATH = "$.per_category"  # QuizRecord: category → percent


def _version(details: Mapping[str, Any]) -> int:
    v = details.get("v", 0)
    return v if isinstance(v, int) and not isinstance(v, bool) else 0


def _dict(value: Any) -> dict:
    return dict(value) if isinstance(value, Mapping) else {}


def _list(value: Any) -> list:
    return list(value) if isinstance(value, (list, tuple)) else []


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


class _Record:
    """What every record answers, whatever its kind."""
    v: int

    @property
    def flags(self) -> list[str]:
        """Plausibility flag codes; only typing attempts are assessed."""
        return []

    @property
    def consistency(self) -> float | None:
        return None

    @property
    def title(self) -> str:
        return ""


@dataclass(frozen=True)
class TypingRecord(_Record):
    summary: Mapping[str, Any]  # metrics.Summary.to_dict(): seconds, cpm, wpm, accuracy, errors …
    completed: bool = False  # the whole text was typed
    title: str = ""  # type: ignore[assignment]  # a field here, a property on other kinds
    time_limit: float | None = None  # seconds, timed tests only
    typography: Mapping[str, Any] = field(default_factory=dict)  # the policy the drill used
    plausibility: Mapping[str, Any] = field(default_factory=dict)  # {"consistency": …, "flags": [{"code": …}]}
    v: int = VERSION

    @property
    def flags(self) -> list[str]:
        return [f.get("code", "") for f in _list(self.plausibility.get("flags")) if isinstance(f, Mapping)]

    @property
    def consistency(self) -> float | None:
        return _number(self.plausibility.get("consistency"))

    def to_json(self) -> dict:
        return {"v": VERSION, "summary": dict(self.summary), "completed": self.completed, "title": self.title,
                "time_limit": self.time_limit, "typography": dict(self.typography),
                "plausibility": dict(self.plausibility)}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> TypingRecord:
        return cls(summary=_dict(d.get("summary")), completed=bool(d.get("completed", False)),
                   title=str(d.get("title") or ""), time_limit=_number(d.get("time_limit")),
                   typography=_dict(d.get("typography")), plausibility=_dict(d.get("plausibility")),
                   v=_version(d))


@dataclass(frozen=True)
class GrammarRecord(_Record):
    answer: str
    topic: str = ""
    exercise_kind: str = ""  # the grammar exercise's kind: correct, commas, choose, gap, free
    matched_key: str | None = None  # the answer key the learner's text matched, if any
    findings: Sequence[Mapping[str, Any]] = ()  # Finding.to_dict() of the checker's findings
    # Right, but only after the key or a one-click fix had been seen (app.core.grammar_credit): the
    # row is then not passed. Rows written before this field count as they did (False).
    with_help: bool = False
    v: int = VERSION

    def to_json(self) -> dict:
        return {"v": VERSION, "topic": self.topic, "kind": self.exercise_kind, "answer": self.answer,
                "matched_key": self.matched_key, "findings": [dict(f) for f in self.findings],
                "with_help": self.with_help}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> GrammarRecord:
        return cls(answer=str(d.get("answer") or ""), topic=str(d.get("topic") or ""),
                   exercise_kind=str(d.get("kind") or ""), matched_key=d.get("matched_key"),
                   findings=tuple(f for f in _list(d.get("findings")) if isinstance(f, Mapping)),
                   with_help=d.get("with_help") is True, v=_version(d))


@dataclass(frozen=True)
class ReplyRecord(_Record):
    """One reply to a correspondence task (one customer turn of it)."""
    reply: str
    scorecard: Mapping[str, Any]  # Scorecard.to_json(): elements, total, pass
    turn: str = ""  # the customer turn answered; "" for a single-message task
    seconds: float | None = None  # time taken to answer
    v: int = VERSION

    def to_json(self) -> dict:
        return {"v": VERSION, "turn": self.turn, "reply": self.reply,
                "seconds": None if self.seconds is None else round(self.seconds, 1),
                "scorecard": dict(self.scorecard)}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ReplyRecord:
        return cls(reply=str(d.get("reply") or ""), scorecard=_dict(d.get("scorecard")),
                   turn=str(d.get("turn") or ""), seconds=_number(d.get("seconds")), v=_version(d))


SHIFT_TYPE = "shift"  # details["type"] that tells a shift from a reply (both are kind "correspondence")


@dataclass(frozen=True)
class ShiftRecord(_Record):
    """A whole shift of chats: its service-level figures and every reply's score."""
    kpis: Mapping[str, Any]  # conversation.ShiftKpis fields
    scores: Sequence[float] = ()
    v: int = VERSION

    def to_json(self) -> dict:
        return {"v": VERSION, "type": SHIFT_TYPE, "kpis": dict(self.kpis), "scores": list(self.scores)}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ShiftRecord:
        return cls(kpis=_dict(d.get("kpis")), scores=tuple(_list(d.get("scores"))), v=_version(d))


@dataclass(frozen=True)
class QuizRecord(_Record):
    seed: int | str | None
    order: Sequence[str]  # question ids as drawn
    right: Sequence[str] = ()  # ids answered right
    answers: Mapping[str, Any] | None = None  # id → answer as JSON; None in runs saved before answers were kept
    per_category: Mapping[str, float] = field(default_factory=dict)  # category → percent
    v: int = VERSION

    @classmethod
    def of(cls, seed: int | str, drawn: Sequence[Any], result: Any) -> QuizRecord:
        """The record of a finished run (quiz.DrawnQuestion list, quiz.QuizResult)."""
        from app.core.quiz import answer_to_json
        return cls(seed=seed, order=tuple(d.id for d in drawn),
                   right=tuple(r.id for r in result.per_question if r.scored.correct),
                   answers={r.id: answer_to_json(r.answer) for r in result.per_question if r.answer is not None},
                   per_category={c: s.percent for c, s in result.per_category.items()})

    def to_json(self) -> dict:
        out = {"v": VERSION, "seed": self.seed, "order": list(self.order), "right": list(self.right),
               "per_category": dict(self.per_category)}
        if self.answers is not None:
            out["answers"] = dict(self.answers)
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> QuizRecord:
        answers = d.get("answers")
        return cls(seed=d.get("seed"), order=tuple(_list(d.get("order"))), right=tuple(_list(d.get("right"))),
                   answers=dict(answers) if isinstance(answers, Mapping) else None,
                   per_category=_dict(d.get("per_category")), v=_version(d))


GradedRecord = GrammarRecord | ReplyRecord | ShiftRecord | QuizRecord
AttemptRecord = TypingRecord | GradedRecord

_GRADED_KIND = {GrammarRecord: GradedKind.GRAMMAR, ReplyRecord: GradedKind.CORRESPONDENCE,
                ShiftRecord: GradedKind.CORRESPONDENCE, QuizRecord: GradedKind.QUIZ}


def graded_kind(record: GradedRecord) -> GradedKind:
    """The attempt kind a graded record is stored under."""
    try:
        return _GRADED_KIND[type(record)]
    except KeyError:
        raise TypeError(f"not a graded attempt record: {type(record).__name__}") from None


def read(kind: str, details: Mapping[str, Any]) -> AttemptRecord:
    """The record of a stored attempt, from its kind and ``details`` (any version up to VERSION)."""
    details = details if isinstance(details, Mapping) else {}
    if kind in TYPING_KINDS:
        return TypingRecord.from_json(details)
    if kind == GradedKind.GRAMMAR:
        return GrammarRecord.from_json(details)
    if kind == GradedKind.CORRESPONDENCE:
        if details.get("type") == SHIFT_TYPE:
            return ShiftRecord.from_json(details)
        return ReplyRecord.from_json(details)
    if kind == GradedKind.QUIZ:
        return QuizRecord.from_json(details)
    raise ValueError(f"unknown attempt kind: {kind!r}")
