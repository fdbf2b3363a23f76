"""Deleting attempts takes them out of every figure (per-key sums included); restoring puts them back."""

import pytest
from storage_helpers import save_attempt

from app.storage.aggregates import rebuild


def _key_stats(store, profile_id):
    return {(layout, key): (presses, errors, round(isum, 9), icount)
            for layout, key, presses, errors, isum, icount in store.db.execute(
                "SELECT layout, key, presses, errors, interval_sum, interval_count FROM key_stats "
                "WHERE profile_id = ?", (profile_id,))}


def test_a_deleted_attempt_leaves_the_key_sums_as_if_never_typed(store, profile):
    kept = save_attempt(store, profile.id, n=300, seed=1)
    before = _key_stats(store, profile.id)
    junk = save_attempt(store, profile.id, n=300, seed=2)
    assert _key_stats(store, profile.id) != before
    removed = store.attempts.delete(profile.id, [junk])
    assert [r.id for r in removed] == [junk]
    assert _key_stats(store, profile.id) == before
    assert [row.id for row in store.attempts.list(profile.id)] == [kept]
    assert store.attempts.keystrokes(junk) == []
    assert [i for i, _c, _a in store.stats.read_dashboard(profile.id).layouts["ru"].speed] == [kept]
    assert len(store.attempts.recent_typing_keystrokes(profile.id, "ru")) == 1  # the adaptive model's history


def test_sums_after_a_delete_equal_a_rebuild_from_what_is_stored(store, profile):
    ids = [save_attempt(store, profile.id, n=200, seed=s) for s in range(4)]
    store.attempts.delete(profile.id, [ids[1], ids[3]])
    after = _key_stats(store, profile.id)
    with store.db.conn:
        rebuild(store.db.conn)
    assert _key_stats(store, profile.id) == after


def test_restore_puts_the_attempt_back_exactly(store, profile):
    attempt = save_attempt(store, profile.id, n=300, seed=3)
    row, strokes, sums = store.attempts.list(profile.id)[0], store.attempts.keystrokes(attempt), _key_stats(store, profile.id)
    removed = store.attempts.delete(profile.id, [attempt])
    assert _key_stats(store, profile.id) == {}
    store.attempts.restore(removed)
    assert store.attempts.list(profile.id) == [row]
    assert store.attempts.keystrokes(attempt) == strokes
    assert _key_stats(store, profile.id) == sums


def test_another_profiles_attempt_is_not_deleted(store, profile):
    other = store.profiles.create("Борис")
    theirs = save_attempt(store, other.id, n=50)
    assert store.attempts.delete(profile.id, [theirs, 9999]) == []
    assert store.attempts.count(other.id) == 1


def test_a_graded_attempt_is_deleted_too(store, profile):
    from app.core.records import QuizRecord
    quiz = store.attempts.save_result(profile.id, pack_id="p", exercise_id="q", score=80, passed=True,
                                      record=QuizRecord(seed=1, order=("q1",)), started_at="2026-01-01T10:00:00+00:00")
    assert [r.id for r in store.attempts.delete(profile.id, [quiz])] == [quiz]
    assert store.attempts.count(profile.id) == 0
