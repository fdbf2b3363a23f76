"""Timed tests: when one is over, and the text it is typed from."""

import pytest

from app.core.timed import build_test_text as build_test_text
from app.core.timed import time_is_up


def test_the_clock_starts_at_the_first_key_and_a_key_at_the_limit_is_late():
    assert not time_is_up(60.0, started=False, elapsed=500.0)  # nothing typed yet: the clock has not started
    assert not time_is_up(60.0, started=True, elapsed=59.99)
    assert time_is_up(60.0, started=True, elapsed=60.0)
    assert not time_is_up(None, started=True, elapsed=10_000.0)  # not a timed session


def test_timed_text_is_long_enough_and_reproducible():
    texts = ["Первый текст.", "Второй текст.", "Третий текст."]
    a = build_test_text(texts, 3, seed=7)
    assert len(a) >= 3 * 900
    assert a == build_test_text(texts, 3, seed=7)
    with pytest.raises(ValueError):
        build_test_text(texts, 2, seed=1)
