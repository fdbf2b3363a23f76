"""The live clock shows the active time the result will show; keys just after the end are ignored."""

import pytest

from app.core.drill import Drill
from app.core.drill_clock import END_GRACE, ClockState, input_ignored, live_time
from app.core.metrics import IDLE_LIMIT


def test_before_the_first_key_the_clock_waits_at_zero():
    shown = live_time(0.0, None, False)
    assert (shown.seconds, shown.state) == (0.0, ClockState.WAITING)


def test_a_short_gap_runs_on_top_of_the_counted_time():
    shown = live_time(10.0, 2.5, False)
    assert shown.seconds == pytest.approx(12.5) and shown.state is ClockState.RUNNING


def test_an_idle_gap_is_not_shown_and_says_idle():
    shown = live_time(10.0, IDLE_LIMIT + 0.1, False)
    assert shown.seconds == 10.0 and shown.state is ClockState.IDLE


def test_paused_says_paused():
    assert live_time(10.0, 1.0, True).state is ClockState.PAUSED
    assert live_time(10.0, 9.0, True).seconds == 10.0


def test_the_live_clock_after_idling_equals_the_result():
    d = Drill("дом дом", "ru")
    t = 100.0
    for ch in "дом ":
        d.type_char(ch, t)
        t += 0.5
    t += 8.0  # the learner looks away: this gap is dropped by the result
    assert d.live_time(t).state is ClockState.IDLE
    assert d.live_time(t).seconds == pytest.approx(1.5)
    for ch in "дом":
        d.type_char(ch, t)
        t += 0.5
    assert d.finished
    assert d.live_time(t - 0.5).seconds == pytest.approx(d.summary().seconds)


@pytest.mark.parametrize(("now", "ignored"), [(50.0, True), (50.0 + END_GRACE / 2, True),
                                                (50.0 + END_GRACE, False), (49.0, False)])
def test_keys_within_the_grace_after_the_end_are_ignored(now, ignored):
    assert input_ignored(50.0, now) is ignored


def test_nothing_is_ignored_before_an_end():
    assert not input_ignored(None, 50.0)
