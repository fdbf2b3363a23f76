"""Consistency and the flags for impossible timing."""

import random

import pytest

from app.core.drill import Keystroke
from app.core.plausibility import (BURST_CPM, PASTE_RUN, assess, consistency, kogasa,
                                   per_second_counts)


def typed(gaps, text=None):
    """A log of correct keystrokes separated by ``gaps`` seconds."""
    text = text or ("привет как дела " * 200)
    t, log = 0.0, []
    for i, gap in enumerate([0.0, *gaps]):
        t += gap
        log.append(Keystroke(t, i, text[i], text[i], True))
    return log


def human(n, seed=1, mean=0.22):
    rng = random.Random(seed)
    return [max(0.04, rng.lognormvariate(0, 0.45) * mean) for _ in range(n)]


def test_steady_typist_is_more_consistent_than_a_hesitant_one():
    steady = [0.2] * 100
    rng = random.Random(3)
    hesitant = [rng.choice([0.1, 0.1, 0.1, 0.9]) for _ in range(100)]
    assert consistency(typed(steady)) > consistency(typed(hesitant)) + 20


def test_kogasa_matches_monkeytype_ends():
    assert kogasa(0) == 100
    assert kogasa(0.5) == pytest.approx(100 * (1 - __import__("math").tanh(0.5 + 0.125 / 3 + 0.03125 / 5)))
    assert kogasa(3) < 1


def test_idle_seconds_and_the_last_part_second_are_left_out():
    # two keys per second for 3 s, a 10 s pause, then two per second again
    times = [0, 0.5, 1, 1.5, 2, 2.5, 12.5, 13, 13.5, 14, 14.5]
    assert per_second_counts(times) == [2, 2, 2, 1, 2]
    # a pause does not make a steady typist look inconsistent beyond the seconds around it
    assert per_second_counts([0, 0.5, 1.0]) == [2]


def test_too_short_attempt_has_no_consistency():
    assert consistency(typed([0.1] * 5)) is None
    assert assess([]).consistency is None


def test_human_typing_has_no_flags():
    for seed in range(20):
        result = assess(typed(human(400, seed)))
        assert result.flags == () and result.counts, (seed, result)


def test_fast_but_human_typist_is_not_flagged():
    # 800 зн/мин with human spread: among the fastest people, still plausible
    result = assess(typed(human(600, seed=7, mean=0.075)))
    assert result.counts, result


def test_pasted_text_is_flagged():
    gaps = human(50) + [0.0] * (PASTE_RUN + 10) + human(50, seed=2)
    result = assess(typed(gaps))
    assert [f.code for f in result.flags] == ["pasted"]
    assert not result.counts
    assert "вставк" in result.flags[0].detail


def test_robotic_uniform_intervals_are_flagged_even_with_jitter():
    rng = random.Random(5)
    gaps = [0.15 + rng.uniform(-0.01, 0.01) for _ in range(200)]
    assert "uniform" in {f.code for f in assess(typed(gaps)).flags}


def test_superhuman_burst_is_flagged():
    burst_gap = 60.0 / (BURST_CPM * 1.3)
    gaps = human(100) + [burst_gap * random.Random(9).uniform(0.7, 1.3) for _ in range(30)] + human(100, seed=3)
    codes = {f.code for f in assess(typed(gaps)).flags}
    assert "burst" in codes


def test_sustained_speed_over_the_record_is_flagged():
    gaps = human(800, seed=4, mean=0.04)  # about 1,500 зн/мин for half a minute
    codes = {f.code for f in assess(typed(gaps)).flags}
    assert "sustained" in codes


def test_backspace_and_wrong_layout_keys_are_not_characters_for_the_flags():
    log = typed(human(100))
    t = log[-1].t
    # a burst of Backspaces held down (auto-repeat) is not pasted text
    log += [Keystroke(t + 0.001 * (i + 1), 99, "", "\b", False) for i in range(20)]
    assert assess(log).counts
