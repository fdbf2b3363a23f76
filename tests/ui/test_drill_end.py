"""The end of a timed test is safe, and the live clock shows the time the result will show."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.drill_clock import END_GRACE
from app.core.thresholds import LessonThresholds
from app.core.sessions import SessionKind, SessionSpec
from tests.ui.keys import press, type_text


def _steady_clock(*screens):
    clock = [1000.0]
    for screen in screens:
        screen._clock = lambda: clock[0]
    return clock


def _type_at(widget, clock, text, step=0.2):
    for ch in text:
        press(widget, ch)
        clock[0] += step


def _focused():
    return QApplication.focusWidget()


def test_keys_after_a_timed_test_ends_neither_restart_nor_save(window, ctx, qtbot):
    window.activateWindow()
    window.timed.minutes.button(1).setChecked(True)
    window.timed.go.click()
    drill = window.drill
    clock = _steady_clock(drill, window.result)
    _type_at(drill.text, clock, drill.drill.target[:40])
    clock[0] += 60.0
    drill._tick()  # time is up while the learner is still typing
    assert window.stack.currentWidget() is window.result
    assert not any(b.hasFocus() for b in (window.result.again_button, window.result.next_button,
                                          window.result.replay_button, window.result.back_button))
    # The learner types on for half a second: Space, letters, Enter, even Ctrl+R.
    for ch in " привет ":
        press(_focused(), ch)
        clock[0] += 0.05
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    QTest.keyClick(_focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.result
    # After the grace period Space and Enter still start nothing: no button has the focus.
    clock[0] += END_GRACE
    press(_focused(), " ")
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    QTest.keyClick(_focused(), Qt.Key.Key_Enter)
    assert window.stack.currentWidget() is window.result
    assert ctx.store.attempts.count(ctx.profile.id) == 1
    # A deliberate Ctrl+R does start again.
    QTest.keyClick(_focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.drill


def test_a_finished_lesson_swallows_the_extra_space(window, ctx):
    window.activateWindow()
    window.start_session(SessionSpec(SessionKind.CUSTOM, "проба", "дом", "ru", LessonThresholds(0, 0)))
    clock = _steady_clock(window.drill, window.result)
    _type_at(window.drill.text, clock, "дом")
    assert window.stack.currentWidget() is window.result
    shown = [window.stack.widget(i) for i in range(window.stack.count()) if window.stack.widget(i).isVisible()]
    assert shown == [window.result]  # no other screen drawn under it
    assert window.result.hasFocus()
    press(_focused(), " ")
    clock[0] += END_GRACE + 0.5
    press(_focused(), " ")
    assert window.stack.currentWidget() is window.result
    assert ctx.store.attempts.count(ctx.profile.id) == 1


def test_live_time_stops_while_idle_and_matches_the_result(window):
    window.start_session(SessionSpec(SessionKind.CUSTOM, "проба", "дом дом дом", "ru", LessonThresholds(0, 0)))
    drill = window.drill
    clock = _steady_clock(drill, window.result)
    _type_at(drill.text, clock, "дом дом ", step=0.5)
    drill._tick()
    assert drill.stats.value("time") == "0:04"
    clock[0] += 30.0  # the learner looks away for half a minute
    drill._tick()
    assert drill.stats.value("time") == "0:03"  # 7 gaps of 0.5 s: the idle half-minute is not shown
    assert "нет нажатий" in drill.stats.caption("time")
    _type_at(drill.text, clock, "до", step=0.5)
    drill._tick()
    assert drill.stats.caption("time") == "время набора"
    press(drill.text, "\x1b")
    assert "пауза" in drill.stats.caption("time")
    press(drill.text, "\x1b")
    clock[0] -= 0.5
    press(drill.text, "м")
    assert window.stack.currentWidget() is window.result
    shown = {window.result.grid.itemAtPosition(r, 0).widget().text():
             window.result.grid.itemAtPosition(r, 1).widget().text() for r in range(1, window.result.grid.rowCount())
             if window.result.grid.itemAtPosition(r, 0)}
    assert shown["Время набора"] == "0:04"  # 9 counted gaps of 0.5 s


def test_a_timed_test_shows_time_left_beside_the_active_time(window):
    window.timed.minutes.button(1).setChecked(True)
    window.timed.go.click()
    drill = window.drill
    clock = _steady_clock(drill)
    _type_at(drill.text, clock, drill.drill.target[:10], step=0.5)
    clock[0] += 20.0
    drill._tick()
    assert drill.stats.value("left") == "0:35"  # 60 s − (9 × 0.5 + 0.5 + 20) on the drill clock
    assert drill.stats.value("time") == "0:04"


def test_after_an_adaptive_drill_enter_and_space_start_nothing(window, ctx, qtbot):
    """The adaptive screen starts a drill on Enter: that shortcut must not fire from the result screen."""
    window.activateWindow()
    window.open_section("adaptive")
    screen = window.adaptive
    qtbot.waitUntil(lambda: screen.drill_text is not None and screen.go.isEnabled())
    QTest.keyClick(_focused(), Qt.Key.Key_Return)
    drill = window.drill
    assert window.stack.currentWidget() is drill
    clock = _steady_clock(drill, window.result)
    pace = (0.25, 0.4, 0.3, 0.35)
    for i, ch in enumerate(drill.drill.target):
        press(drill.text, ch)
        clock[0] += pace[i % 4]
    assert window.stack.currentWidget() is window.result
    for _ in range(2):
        press(_focused(), " ")
        QTest.keyClick(_focused(), Qt.Key.Key_Return)
        QTest.keyClick(_focused(), Qt.Key.Key_Enter)
        clock[0] += END_GRACE
    qtbot.wait(50)
    assert window.stack.currentWidget() is window.result
    assert ctx.store.attempts.count(ctx.profile.id) == 1
