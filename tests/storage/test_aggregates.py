"""Dashboard aggregates stay equal to a from-scratch recount of the stored keystrokes."""

from __future__ import annotations

import sqlite3

import pytest
from storage_helpers import make_keystrokes, save_attempt

from app.core.metrics import per_key_errors, per_key_times
from app.storage import DB_FILENAME, migrations, open_store
from app.storage.aggregates import rebuild


def _key_stats(store, profile_id):
    return {key: (p, e, round(s, 9), c) for key, p, e, s, c in store.db.execute(
        "SELECT key, presses, errors, interval_sum, interval_count FROM key_stats WHERE profile_id = ?",
        (profile_id,))}


def test_saved_attempts_add_up_to_a_recount(store, profile):
    for seed in range(4):
        save_attempt(store, profile.id, n=250, seed=seed)
    kept = _key_stats(store, profile.id)
    conn = sqlite3.connect(store.path)
    conn.execute("BEGIN")
    rebuild(conn)
    recount = {key: (p, e, round(s, 9), c) for key, p, e, s, c in conn.execute(
        "SELECT key, presses, errors, interval_sum, interval_count FROM key_stats WHERE profile_id = ?",
        (profile.id,))}
    conn.rollback()
    conn.close()
    assert kept == recount
    assert kept  # something was counted


def test_errors_and_speed_match_the_drill_metrics(store, profile):
    strokes = make_keystrokes(400, seed=7)
    save_attempt(store, profile.id, n=400, seed=7)
    stats = _key_stats(store, profile.id)
    errors = per_key_errors(strokes)
    times = per_key_times(strokes)
    for key, (presses, wrong, interval_sum, count) in stats.items():
        assert wrong == errors.get(key, 0)
        if count:
            assert times[key][0] == count
            assert 1000 * interval_sum / count == pytest.approx(times[key][1])


def test_deleting_the_profile_removes_its_sums(store, profile):
    save_attempt(store, profile.id)
    store.profiles.delete(profile.id)
    assert store.db.execute("SELECT count(*) FROM key_stats").fetchone()[0] == 0


def test_migration_back_fills_a_version_1_database(data_dir):
    with open_store(data_dir) as store:
        profile = store.profiles.create("Борис")
        save_attempt(store, profile.id, n=300, seed=3)
        expected = _key_stats(store, profile.id)
    conn = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    conn.execute("DROP TABLE key_stats")
    conn.execute("DROP INDEX attempts_series")
    conn.execute("DROP TABLE outbox")  # migration 3's
    conn.execute("DROP TABLE dictionary_words")  # migration 4's
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with open_store(data_dir) as store:
        assert migrations.user_version(store.db.conn) == migrations.LATEST
        assert _key_stats(store, profile.id) == expected
