"""Per-second speed and errors, missed keys and the next step of one attempt."""

from app.core.attempt_timeline import NextStep, by_second, missed_keys, next_step
from app.core.drill import Drill, ErrorMode
from app.core.metrics import ThresholdCheck
from app.core.typography import TypographyPolicy


def _typed(text, slips, gap=0.25):
    drill = Drill(text, "ru", ErrorMode.CORRECT, TypographyPolicy())
    t = 0.0
    for i, ch in enumerate(text):
        if i in slips:
            drill.type_char("ъ", t)
            t += gap
            drill.backspace(t)
            t += gap
        drill.type_char(ch, t)
        t += gap
    return drill.log


def test_four_keys_a_second_is_240_per_minute_and_errors_land_in_their_second():
    log = _typed("фыва олдж", slips={5})
    seconds = by_second(log)
    assert [s.cpm for s in seconds][:1] == [240.0]
    assert sum(s.errors for s in seconds) == 1 and seconds[1].errors == 1
    assert by_second([]) == []


def test_missed_keys_are_the_expected_characters_most_missed_first():
    log = _typed("олололо", slips={0, 2, 4, 1})
    assert missed_keys(log) == [("о", 3), ("л", 1)]


def test_next_step_puts_accuracy_first_then_weak_keys_then_speed():
    missed = [("о", 3)]
    assert next_step(ThresholdCheck(speed=True, accuracy=False), missed, True) is NextStep.SLOW_DOWN
    assert next_step(ThresholdCheck(speed=True, accuracy=True), missed, True) is NextStep.PRACTISE_KEYS
    assert next_step(ThresholdCheck(speed=False, accuracy=True), [("о", 1)], True) is NextStep.SPEED_UP
    assert next_step(ThresholdCheck(speed=True, accuracy=True), [], True) is NextStep.NEXT_LESSON
    assert next_step(ThresholdCheck(speed=True, accuracy=True), [], False) is NextStep.DONE
