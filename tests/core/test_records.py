"""Attempt records: each kind round-trips through its JSON, old JSON still reads, SQL paths match."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from app.core import records
from app.core.records import (
    GradedKind, GrammarRecord, QuizRecord, ReplyRecord, ShiftRecord, TypingKind, TypingRecord,
)

TYPING = TypingRecord(summary={"seconds": 60.0, "cpm": 250.0}, completed=True, title="Урок 1", time_limit=180.0,
                      typography={"quotes": "allow"},
                      plausibility={"consistency": 70.0, "flags": [{"code": "pasted", "detail": ""}]})
GRAMMAR = GrammarRecord(answer="в течение дня", topic="Предлоги", exercise_kind="correct", matched_key="k1",
                        findings=({"rule_id": "R", "message": "m"},))
REPLY = ReplyRecord(reply="Здравствуйте!", scorecard={"elements": {"greeting": {"passed": True}}, "total": 90},
                    turn="t2", seconds=41.96)
SHIFT = ShiftRecord(kpis={"chats": 3}, scores=(80.0, 90.0))
QUIZ = QuizRecord(seed=5, order=("q1", "q2"), right=("q1",), answers={"q1": [0, 2]}, per_category={"Тон": 50.0})


@pytest.mark.parametrize("record, kind", [(TYPING, TypingKind.TIMED), (GRAMMAR, GradedKind.GRAMMAR),
                                          (REPLY, GradedKind.CORRESPONDENCE), (SHIFT, GradedKind.CORRESPONDENCE),
                                          (QUIZ, GradedKind.QUIZ)])
def test_each_record_comes_back_from_stored_json(record, kind):
    stored = json.loads(json.dumps(record.to_json()))
    assert stored["v"] == records.VERSION
    back = records.read(kind, stored)
    assert back == (replace(REPLY, seconds=42.0) if record is REPLY else record)  # a reply's time: to 0.1 s


def test_graded_records_know_their_kind_and_typing_is_not_graded():
    assert [records.graded_kind(r) for r in (GRAMMAR, REPLY, SHIFT, QUIZ)] == ["grammar", "correspondence",
                                                                              "correspondence", "quiz"]
    with pytest.raises(TypeError):
        records.graded_kind(TYPING)


def test_rows_from_before_versions_read_with_defaults():
    old = records.read("lesson", {"summary": {"cpm": 10}})  # no v, no title, no plausibility
    assert (old.v, old.title, old.flags, old.time_limit, old.completed) == (0, "", [], None, False)
    quiz = records.read("quiz", {"seed": 1, "order": ["a"], "right": ["a"]})
    assert quiz.answers is None and quiz.per_category == {}
    assert records.read("grammar", {}).answer == ""


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        records.read("dictation", {})


def test_kinds_are_defined_once_and_partition_the_attempts():
    assert records.TYPING_KINDS == {"lesson", "timed", "custom", "adaptive"}
    assert set(GradedKind) == {"grammar", "correspondence", "quiz"}
    assert not records.TYPING_KINDS & set(GradedKind)


@pytest.mark.parametrize("record, path, expected", [
    (TYPING, records.FLAGS_PATH, [{"code": "pasted", "detail": ""}]),
    (REPLY, records.REPLY_SECONDS_PATH, 42.0),
    (GRAMMAR, records.FINDINGS_PATH, [{"rule_id": "R", "message": "m"}]),
    (GRAMMAR, records.TOPIC_PATH, "Предлоги"),
    (REPLY, records.ELEMENTS_PATH, {"greeting": {"passed": True}}),
    (QUIZ, records.CATEGORIES_PATH, {"Тон": 50.0}),
])
def test_sql_paths_point_at_what_the_builders_write(record, path, expected):
    conn = sqlite3.connect(":memory:")
    [value] = conn.execute("SELECT json_extract(?, ?)", (json.dumps(record.to_json()), path)).fetchone()
    assert (json.loads(value) if isinstance(value, str) and value[:1] in "[{" else value) == expected
