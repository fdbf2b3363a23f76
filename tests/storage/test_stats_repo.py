"""The dashboard as read from the store: weakest keys and their heat, the speed chart without flagged attempts, its numbering."""

from __future__ import annotations

from storage_helpers import save_attempt


def test_dashboard_names_the_weakest_key(store, profile):
    save_attempt(store, profile.id, n=600, seed=1)
    board = store.stats.read_dashboard(profile.id)
    ru = board.layouts["ru"]
    assert len(ru.speed) == 1
    assert ru.weakest, "a 600-key attempt must rank some keys"
    worst = ru.weakest[0]
    assert ru.heat[worst.key] == max(v for k, v in ru.heat.items() if k in {w.key for w in ru.weakest})


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
