"""Metrics pinned to exact figures on hand-made keystroke logs."""

import pytest

from app.core.drill import Keystroke
from app.core.metrics import (IDLE_LIMIT, accuracy, active_seconds, check_thresholds, passed, per_key_errors,
                              per_key_times, summarise, words_per_minute)
from app.core.thresholds import LessonThresholds


def ks(t, expected, typed, correct=None, wrong_layout=False, position=0):
    if correct is None:
        correct = expected == typed
    return Keystroke(t, position, expected, typed, correct, wrong_layout)


def test_clean_run_of_ten_keys_in_two_seconds():
    # 10 correct keys, 0.2 s apart: the clock starts at the first key, so 9 gaps = 1.8 s.
    log = [ks(0.2 * i, "а", "а") for i in range(10)]
    s = summarise(log, 10)
    assert s.seconds == pytest.approx(1.8)
    assert s.correct == 10
    assert s.cpm == pytest.approx(10 * 60 / 1.8)  # 333.33 зн/мин
    assert s.wpm == pytest.approx(10 * 60 / 1.8 / 5)
    assert s.accuracy == 100.0
    assert s.errors_per_char == 0.0


def test_errors_backspace_and_wrong_layout_in_one_log():
    log = [
        ks(0.0, "д", "д"),
        ks(0.5, "а", "ф"),            # error
        ks(1.0, "а", "\b", False),    # backspace: not a character keystroke
        ks(1.5, "а", "а"),
        ks(2.0, " ", " "),
        ks(2.5, "д", "l", False, wrong_layout=True),  # not an error
        ks(3.0, "д", "д"),
    ]
    s = summarise(log, 4)
    assert s.seconds == pytest.approx(3.0)
    assert (s.correct, s.errors, s.backspaces, s.wrong_layout) == (4, 1, 1, 1)
    assert s.cpm == pytest.approx(80.0)
    assert s.wpm == pytest.approx(16.0)
    assert s.accuracy == pytest.approx(80.0)
    assert s.errors_per_char == pytest.approx(0.25)


def test_long_pause_is_left_out_of_active_time():
    times = [0.0, 1.0, 1.0 + IDLE_LIMIT + 0.1, 2.0 + IDLE_LIMIT + 0.1]
    assert active_seconds(times) == pytest.approx(2.0)
    # exactly at the limit still counts
    assert active_seconds([0.0, IDLE_LIMIT]) == pytest.approx(IDLE_LIMIT)


def test_per_key_time_means_and_errors():
    log = [ks(0.0, "а", "а"), ks(0.3, "о", "о"), ks(0.5, "А", "А"), ks(0.9, "о", "л"),
           ks(1.0, "о", "о"), ks(20.0, "а", "а")]
    times = per_key_times(log)
    # «а»: the gap 0.2 (А after о); the 19 s gap is idle and left out
    assert times["а"] == (1, pytest.approx(200.0))
    # «о»: gaps 0.3 (correct) and 0.1 (after the error); the error itself has no time
    assert times["о"] == (2, pytest.approx(200.0))
    assert per_key_errors(log) == {"о": 1}


def test_accuracy_with_no_keys_is_100_and_thresholds():
    assert accuracy(0, 0) == 100.0
    s = summarise([ks(0.0, "a", "a"), ks(0.3, "b", "b")], 2)
    assert s.cpm == pytest.approx(400.0)
    assert passed(s, LessonThresholds(180, 98))
    assert not passed(s, LessonThresholds(500, 98))


def test_threshold_checks_name_what_was_missed_and_wpm_follows_speed():
    s = summarise([ks(0.0, "a", "a"), ks(0.3, "b", "x"), ks(0.6, "b", "b")], 2)  # 200 зн/мин, 66.7 %
    check = check_thresholds(s, LessonThresholds(180, 98))
    assert check.speed and not check.accuracy and not check.passed
    assert s.wpm >= words_per_minute(180) and s.wpm < words_per_minute(250)
    assert not check_thresholds(s, LessonThresholds(250, 50)).speed
    assert check_thresholds(s, LessonThresholds(200, 60)).passed == passed(s, LessonThresholds(200, 60)) is True
