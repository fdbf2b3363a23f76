"""Attempts: exact round trips, queries, and failed saves that lose nothing."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_helpers import make_keystrokes, permissions_enforced, save_attempt

from app.core.drill import Keystroke
from app.core.metrics import summarise
from app.storage import DB_FILENAME, SaveError, StorageError, open_store
from app.core.records import QuizRecord, TypingRecord


def test_typing_attempt_round_trip(store, profile):
    strokes = make_keystrokes(500, seed=7)
    summary = summarise(strokes, 400).to_dict()
    record = TypingRecord(summary=summary, completed=True, title="Урок «ёлка»", time_limit=60.0,
                          typography={"quotes": "«»"}, plausibility={"consistency": 80.0, "flags": []})
    attempt_id = store.attempts.save_typing(
        profile.id, kind="timed", pack_id="ru-basic", exercise_id="lesson-03", layout="ru", mode="free",
        text="т" * 400, started_at=datetime(2025, 3, 1, 10, 0, tzinfo=timezone.utc), record=record,
        keystrokes=strokes, passed=False,
    )
    assert store.attempts.keystrokes(attempt_id) == strokes
    [row] = store.attempts.list(profile.id)
    assert row.id == attempt_id and row.profile_id == profile.id
    assert (row.kind, row.pack_id, row.exercise_id, row.layout, row.mode) == (
        "timed", "ru-basic", "lesson-03", "ru", "free")
    assert row.text == "т" * 400
    assert row.started_at == "2025-03-01T10:00:00+00:00"
    assert datetime.fromisoformat(row.finished_at).tzinfo is not None
    assert (row.seconds, row.cpm, row.wpm, row.accuracy, row.errors) == (
        summary["seconds"], summary["cpm"], summary["wpm"], summary["accuracy"], summary["errors"])
    assert row.score is None and row.passed is False
    assert row.details["v"] == 1 and row.details["summary"] == summary
    assert row.record == record


keystroke = st.builds(
    Keystroke,
    t=st.floats(min_value=0, max_value=1e6, allow_nan=False),
    position=st.integers(min_value=0, max_value=10**6),
    expected=st.text(st.characters(blacklist_categories=("Cs",)), max_size=1),
    typed=st.characters(blacklist_categories=("Cs",)),
    correct=st.booleans(),
    wrong_layout=st.booleans(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(strokes=st.lists(keystroke, max_size=60))
def test_any_keystrokes_come_back_exactly(store, profile, strokes):
    attempt_id = store.attempts.save_typing(
        profile.id, kind="custom", pack_id=None, exercise_id=None, layout="en", mode="block", text="x",
        started_at="2025-01-01T00:00:00",
        record=TypingRecord(summary=summarise(strokes, 1).to_dict()), keystrokes=strokes,
        passed=True,
    )
    assert store.attempts.keystrokes(attempt_id) == strokes


def test_wrong_kind_is_a_programming_error(store, profile):
    with pytest.raises(ValueError):
        save_attempt(store, profile.id, kind="quiz")
    with pytest.raises(TypeError):
        store.attempts.save_result(profile.id, pack_id="p", exercise_id="e", score=1, passed=True,
                                   record=TypingRecord(summary={}), started_at="2025-01-01T00:00:00")
    assert store.attempts.count(profile.id) == 0


def test_save_result_round_trip(store, profile):
    record = QuizRecord(seed=7, order=("q1", "q2"), right=("q2",), answers={"q1": [1, 3], "q2": True},
                        per_category={"Тон": 50.0})
    attempt_id = store.attempts.save_result(
        profile.id, pack_id="netiquette", exercise_id="q-7", score=0.8, passed=True,
        record=record, started_at="2025-03-01T10:00:00+03:00",
        finished_at="2025-03-01T10:05:00+03:00")
    [row] = store.attempts.list(profile.id, kind="quiz")
    assert (row.id, row.score, row.passed, row.record) == (attempt_id, 0.8, True, record)
    assert (row.finished_at, row.cpm, row.text) == ("2025-03-01T10:05:00+03:00", None, None)
    assert store.attempts.keystrokes(attempt_id) == []


def test_list_filters_and_order(store, profile):
    other = store.profiles.create("Борис")
    a = save_attempt(store, profile.id, 20, exercise_id="e1")
    b = save_attempt(store, profile.id, 20, exercise_id="e2", kind="timed")
    c = save_attempt(store, profile.id, 20, exercise_id="e1", pack_id="en-basic")
    save_attempt(store, other.id, 20)
    ids = lambda rows: [r.id for r in rows]  # noqa: E731
    assert ids(store.attempts.list(profile.id)) == [c, b, a]
    assert ids(store.attempts.list(profile.id, limit=2)) == [c, b]
    assert ids(store.attempts.list(profile.id, kind="timed")) == [b]
    assert ids(store.attempts.list(profile.id, pack_id="ru-basic")) == [b, a]
    assert ids(store.attempts.list(profile.id, pack_id="ru-basic", exercise_id="e1")) == [a]
    assert store.attempts.count(profile.id) == 3
    assert store.attempts.count(other.id) == 1


def test_best_by_exercise_and_passed(store, profile):
    def typing(exercise_id, cpm, passed):
        return store.attempts.save_typing(
            profile.id, kind="lesson", pack_id="ru", exercise_id=exercise_id, layout="ru", mode="correct",
            text="а", started_at="2025-01-01T00:00:00", keystrokes=[], passed=passed,
            record=TypingRecord(summary={"seconds": 1.0, "cpm": cpm, "wpm": cpm / 5, "accuracy": 99.0, "errors": 0}))

    typing("e1", 300, False)
    e1_best = typing("e1", 200, True)  # passed beats faster-but-failed
    typing("e1", 150, True)
    e2_best = typing("e2", 250, False)
    typing("e2", 100, False)
    run = QuizRecord(seed=1, order=("a",))
    store.attempts.save_result(profile.id, pack_id="ru", exercise_id="q1", score=0.5,
                               passed=False, record=run, started_at="2025-01-01T00:00:00")
    q1_best = store.attempts.save_result(profile.id, pack_id="ru", exercise_id="q1", score=0.9,
                                         passed=False, record=run, started_at="2025-01-01T00:00:00")
    typing("other-pack", 999, True)
    store.db.execute("UPDATE attempts SET pack_id = 'elsewhere' WHERE exercise_id = 'other-pack'")

    best = store.attempts.best_by_exercise(profile.id, "ru")
    assert {k: v.id for k, v in best.items()} == {"e1": e1_best, "e2": e2_best, "q1": q1_best}
    assert store.attempts.passed_exercises(profile.id, "ru") == {"e1"}
    assert store.attempts.best_by_exercise(profile.id, "nothing") == {}


# -- failed saves ----------------------------------------------------------------

def _assert_intact(store, profile_id, attempt_ids):
    assert [r.id for r in store.attempts.list(profile_id)] == attempt_ids[::-1]
    for attempt_id in attempt_ids:
        assert store.attempts.keystrokes(attempt_id) == make_keystrokes(300, seed=attempt_id)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _save_some(store, profile_id, count=3):
    ids = []
    for _ in range(count):
        next_id = (store.db.execute("SELECT max(id) FROM attempts").fetchone()[0] or 0) + 1
        ids.append(save_attempt(store, profile_id, 300, seed=next_id))
    return ids


def test_disk_full_raises_save_error_and_loses_nothing(store, profile):
    saved = _save_some(store, profile.id)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(SaveError) as info:
        save_attempt(store, profile.id, 5000, seed=99)
    message = str(info.value)
    assert "Не удалось сохранить попытку" in message
    assert "нет свободного места" in message or "не осталось свободного места" in message
    assert "сохранено раньше, на месте" in message
    _assert_intact(store, profile.id, saved)
    assert store.db.execute("SELECT count(*) FROM keystrokes").fetchone()[0] == 900


def test_disk_full_then_reopen(data_dir):
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна")
        saved = _save_some(store, profile.id)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(SaveError):
            save_attempt(store, profile.id, 5000, seed=99)
    with open_store(data_dir) as store:
        _assert_intact(store, profile.id, saved)


def test_read_only_database_raises_save_error(store, profile):
    saved = _save_some(store, profile.id)
    store.db.execute("PRAGMA query_only = ON")  # the same SQLITE_READONLY as a read-only file
    with pytest.raises(SaveError, match="только для чтения"):
        save_attempt(store, profile.id, seed=50)
    with pytest.raises(SaveError, match="Не удалось сохранить настройку"):
        store.settings.set("x", 1)
    with pytest.raises(SaveError, match="Не удалось создать профиль"):
        store.profiles.create("Борис")
    _assert_intact(store, profile.id, saved)


@pytest.mark.skipif(not permissions_enforced(), reason="file permissions are not enforced here (root?)")
def test_read_only_file_and_folder_raise_save_error(data_dir):
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна")
        saved = _save_some(store, profile.id)
    db_file = data_dir / DB_FILENAME
    db_file.chmod(stat.S_IRUSR)
    try:
        with open_store(data_dir) as store:
            with pytest.raises(SaveError, match="Не удалось сохранить попытку"):
                save_attempt(store, profile.id, seed=50)
            _assert_intact(store, profile.id, saved)
    finally:
        db_file.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_locked_database_raises_save_error(store, profile):
    saved = _save_some(store, profile.id)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        store.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(SaveError, match="занята другой программой"):
            save_attempt(store, profile.id, seed=50)
    finally:
        other.execute("ROLLBACK")
        other.close()
    _assert_intact(store, profile.id, saved)
    save_attempt(store, profile.id, seed=51)  # the store still works afterwards


def test_unknown_profile_is_a_save_error(store):
    with pytest.raises(SaveError, match="профиль"):
        save_attempt(store, 12345)


def test_read_failure_is_a_storage_error(store, profile):
    store.db.execute("DROP TABLE keystrokes")
    with pytest.raises(StorageError, match="Не удалось прочитать"):
        store.attempts.keystrokes(1)
