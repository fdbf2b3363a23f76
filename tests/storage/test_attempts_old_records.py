"""A database written before attempt records were typed and versioned still reads everywhere.

The fixture was written by the program at commit 1d07d9d (see data/make_before_records.py):
a flagged timed test, a wrong grammar answer, a reply, a shift and a quiz run from before
answers were kept, all without a ``v`` field.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core.cert_evidence import collect
from app.core.thresholds import CertificateThresholds
from app.core.records import GrammarRecord, QuizRecord, ReplyRecord, ShiftRecord, TypingRecord
from app.reports.export import export_results
from app.storage import DB_FILENAME, open_store

OLD = Path(__file__).parent / "data" / "before-records.sqlite3"


@pytest.fixture
def old_store(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(OLD, data / DB_FILENAME)
    with open_store(data) as store:
        yield store


def test_every_old_row_reads_as_its_record(old_store):
    [profile] = old_store.profiles.list()
    by_exercise = {r.exercise_id: r.record for r in old_store.attempts.list(profile.id)}
    typing = by_exercise["timed-1"]
    assert isinstance(typing, TypingRecord) and typing.v == 0
    assert (typing.title, typing.time_limit, typing.flags, typing.consistency) == (
        "Тест «мир»", 180.0, ["pasted"], 75.0)
    grammar = by_exercise["g1"]
    assert isinstance(grammar, GrammarRecord) and grammar.answer == "в течении дня"
    assert [f["rule_id"] for f in grammar.findings] == ["V_TECHENIE"] and grammar.topic == "Предлоги"
    reply = by_exercise["c1"]
    assert isinstance(reply, ReplyRecord) and reply.seconds == 42.0
    assert {k: e["passed"] for k, e in reply.scorecard["elements"].items()} == {"greeting": True, "closing": False}
    assert isinstance(by_exercise["shift-1"], ShiftRecord) and by_exercise["shift-1"].scores == (70.0, 70.0)
    quiz = by_exercise["quiz-final"]
    assert isinstance(quiz, QuizRecord) and quiz.answers is None and quiz.right == ("q2",)


def test_dashboard_reads_old_rows(old_store):
    board = old_store.stats.read_dashboard(old_store.profiles.current().id)
    assert board.grammar_rules == [("V_TECHENIE", "«в течение»", 1)]
    assert board.grammar_topics == [("Предлоги", 1, 1)]
    assert dict((e, (ok, n)) for e, ok, n in board.scorecard) == {"greeting": (1, 1), "closing": (0, 1)}
    assert board.quiz_categories == [("Тон", 50.0, 1)]
    assert board.layouts["ru"].speed == []  # the only typing attempt was flagged as pasted


def test_export_keeps_old_details_and_flags(old_store, tmp_path):
    out = export_results(old_store, [old_store.profiles.current().id], tmp_path / "r.json", "json")
    [profile] = json.loads(out.read_text(encoding="utf-8"))["profiles"]
    timed = next(a for a in profile["attempts"] if a["kind"] == "timed")
    assert timed["flags"] == ["pasted"] and not timed["counts_for_certificate"]
    assert "v" not in timed["details"]  # exported as stored
    assert profile["summary"]["flagged"] == 1


def test_certificate_evidence_takes_old_reply_and_quiz(old_store):
    pack = SimpleNamespace(
        typing=(SimpleNamespace(timed_texts=("t",)),), grammar=(SimpleNamespace(id="g1"),),
        correspondence=(SimpleNamespace(id="c1"), SimpleNamespace(id="shift-1")),
        quizzes=(SimpleNamespace(id="quiz-final"),))
    rows = old_store.attempts.list(old_store.profiles.current().id)
    elig = collect(rows, pack, lambda _: [], CertificateThresholds())
    assert "typing" not in elig.raw  # a flagged test never counts
    assert elig.raw["grammar"]["answers"] == [{"id": "g1", "answer": "в течении дня", "accepted": False}]
    assert [r["id"] for r in elig.raw["correspondence"]["replies"]] == ["c1"]  # the shift is no reply
    assert elig.raw["quiz"] == {"id": "quiz-final", "seed": 3, "order": ["q1", "q2"], "right": ["q2"]}


def test_new_rows_sit_beside_old_ones(old_store):
    pid = old_store.profiles.current().id
    old_store.attempts.save_result(pid, pack_id="ru-grammar", exercise_id="g1", score=100.0, passed=True,
                                   record=GrammarRecord(answer="в течение дня", topic="Предлоги"),
                                   started_at="2026-12-02T10:00:00")
    [new, old] = old_store.attempts.list(pid, kind="grammar")
    assert new.details["v"] == 1 and "v" not in old.details
    assert old_store.stats.read_dashboard(pid).grammar_topics == [("Предлоги", 1, 2)]
