import pytest

from datetime import date

from app.core.stats import (MIN_PRESSES, KeyRow, daily_minutes, heat_values, percent, top_counts,
                            weakest_keys)


def row(key, presses, errors, ms=200.0):
    return KeyRow(key, presses, errors, ms / 1000 * presses, presses)


def test_key_with_most_errors_is_weakest_and_reason_names_it():
    rows = [row("а", 100, 2), row("ы", 100, 30), row("о", 100, 5)]
    weakest = weakest_keys(rows, limit=2)
    assert [k.key for k in weakest] == ["ы", "о"]
    assert "30\u00a0%" in weakest[0].reason and "100" in weakest[0].reason


def test_rarely_typed_key_is_not_ranked_even_if_all_wrong():
    rows = [row("ъ", MIN_PRESSES - 1, MIN_PRESSES - 1), row("а", 200, 20)]
    assert [k.key for k in weakest_keys(rows)] == ["а"]


def test_smoothing_puts_one_slip_below_steady_errors():
    # 1 of 20 wrong is 5 %, 10 of 100 is 10 %: smoothing must not flip that order
    rows = [row("к", 20, 1), row("е", 100, 10), row("н", 1000, 10)]
    assert [k.key for k in weakest_keys(rows)][:2] == ["е", "к"]


def test_equal_error_rate_slower_key_first():
    rows = [row("п", 100, 5, ms=150), row("р", 100, 5, ms=400)]
    assert [k.key for k in weakest_keys(rows)] == ["р", "п"]


def test_space_is_not_a_weak_key():
    rows = [row(" ", 500, 100), row("а", 100, 1)]
    assert [k.key for k in weakest_keys(rows)] == ["а"]


def test_heat_values_order_bad_key_above_good_key():
    heat = heat_values([row("а", 100, 1), row("ы", 100, 40), row("ж", 0, 0)])
    assert heat["ы"] > heat["а"]
    assert "ж" not in heat
    assert all(0 <= v <= 1 for v in heat.values())


def test_mean_ms_none_without_timed_intervals():
    assert KeyRow("а", 3, 0, 0.0, 0).mean_ms is None
    assert row("а", 10, 0, ms=250).mean_ms == pytest.approx(250)


def test_top_counts_most_frequent_first_and_limited():
    counts = {"тся/ться": 7, "не с глаголами": 3, "запятая": 7, "пусто": 0}
    assert top_counts(counts, limit=2) == [("запятая", 7), ("тся/ться", 7)]
    assert ("пусто", 0) not in top_counts(counts)


def test_percent_of_nothing_is_none():
    assert percent(0, 0) is None
    assert percent(3, 4) == pytest.approx(75)


def test_daily_minutes_fills_days_without_training_with_zero():
    days = daily_minutes({"2026-12-02": 90.0, "2026-12-04": 600.0, "2026-11-01": 60.0}, date(2026, 12, 4), 3)
    assert days == [("2026-12-02", 1.5), ("2026-12-03", 0.0), ("2026-12-04", 10.0)]


@pytest.mark.parametrize(("count", "ticks"), [
    (1, [1]), (3, [1, 2, 3]), (6, [1, 2, 3, 4, 5, 6]), (10, list(range(1, 11))),
    (11, [1, 3, 5, 7, 9, 11]), (40, list(range(1, 41, 5))), (200, list(range(1, 201, 20))),
])
def test_attempt_axis_labels_whole_attempts_only(count, ticks):
    from app.core.stats import attempt_axis
    axis = attempt_axis(1, count)
    assert axis.ticks == ticks
    assert len(axis.ticks) <= 10 and len(set(axis.ticks)) == len(axis.ticks)


def test_attempt_axis_of_the_latest_attempts_keeps_their_numbers():
    from app.core.stats import attempt_axis
    axis = attempt_axis(301, 200)
    assert axis.ticks[0] == 301 and axis.last == 500
