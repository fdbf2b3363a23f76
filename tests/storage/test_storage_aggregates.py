"""Dashboard aggregates stay equal to a from-scratch recount of the stored keystrokes."""

from __future__ import annotations

import sqlite3

import pytest
from storage_helpers import make_keystrokes, save_attempt

from app.core.metrics import per_key_errors, per_key_times
from app.storage import DB_FILENAME, open_store
from app.storage import migrations
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


def test_dashboard_names_the_weakest_key(store, profile):
    save_attempt(store, profile.id, n=600, seed=1)
    board = store.stats.read_dashboard(profile.id)
    ru = board.layouts["ru"]
    assert len(ru.speed) == 1
    assert ru.weakest, "a 600-key attempt must rank some keys"
    worst = ru.weakest[0]
    assert ru.heat[worst.key] == max(v for k, v in ru.heat.items() if k in {w.key for w in ru.weakest})


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
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with open_store(data_dir) as store:
        assert migrations.user_version(store.db.conn) == migrations.LATEST == 2
        assert _key_stats(store, profile.id) == expected


def test_a_flagged_attempt_stays_out_of_the_speed_chart_and_the_adaptive_history(store, profile):
    honest = save_attempt(store, profile.id, n=200, seed=1)
    pasted = save_attempt(store, profile.id, n=200, seed=2)
    store.db.execute("UPDATE attempts SET details = json_set(details, '$.plausibility', json(?)) WHERE id = ?",
                     ('{"consistency": 99, "flags": [{"code": "pasted", "detail": "вставка"}]}', pasted))
    speed = store.stats.read_dashboard(profile.id).layouts["ru"].speed
    assert [attempt_id for attempt_id, _cpm, _acc in speed] == [honest]
    history = store.attempts.recent_typing_keystrokes(profile.id, "ru")
    assert len(history) == 1 and len(history[0]) == len(store.attempts.keystrokes(honest))


def test_the_speed_series_knows_the_number_of_its_first_attempt(store, profile, monkeypatch):
    from app.storage import stats_repo
    monkeypatch.setattr(stats_repo, "SERIES_LENGTH", 2)
    ids = [save_attempt(store, profile.id, n=50, seed=s) for s in range(3)]
    ru = store.stats.read_dashboard(profile.id).layouts["ru"]
    assert [i for i, _c, _a in ru.speed] == ids[1:]
    assert ru.speed_first == 2  # the chart numbers them 2 and 3, not 1 and 2
