"""«Тест на время»: the chosen length and texts make a timed session."""

from app.core.sessions import SessionKind


def test_a_three_minute_test_starts_on_a_text_no_one_can_finish(window, qtbot):
    window.open_section("timed")
    screen = window.timed
    assert screen.course.count() > 0 and screen.minutes.checkedId() == 3
    with qtbot.waitSignal(screen.start) as started:
        screen.go.click()
    spec = started.args[0]
    assert spec.kind is SessionKind.TIMED and spec.time_limit == 180.0 and spec.exercise_id == "timed-3"
    assert spec.title == "Тест на время: 3 мин" and len(spec.text) >= 3 * 900
