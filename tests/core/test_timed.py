"""When a timed test is over."""

from app.core.timed import time_is_up


def test_the_clock_starts_at_the_first_key_and_a_key_at_the_limit_is_late():
    assert not time_is_up(60.0, started=False, elapsed=500.0)  # nothing typed yet: the clock has not started
    assert not time_is_up(60.0, started=True, elapsed=59.99)
    assert time_is_up(60.0, started=True, elapsed=60.0)
    assert not time_is_up(None, started=True, elapsed=10_000.0)  # not a timed session
