"""Leaving a lesson half-way asks first; the window keeps its size and place; a locked lesson says why."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.ui.keys import type_text


def _start_first_lesson(window):
    pack, course = window.ctx.typing_courses()[0]
    window.start_lesson(pack.id, course.id, course.lessons[0].id)
    return window.drill


def test_leaving_a_lesson_half_way_asks_and_no_keeps_it(window, ctx, no_dialogs):
    drill = _start_first_lesson(window)
    type_text(drill.text, drill.drill.target[:5])
    no_dialogs.answers["question"] = QMessageBox.StandardButton.No
    QTest.mouseClick(drill.exit_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _t, _x in no_dialogs] == ["question"]
    assert window.stack.currentWidget() is drill and drill.drill.position == 5
    assert not drill.drill.paused  # the clock runs again after «No»
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # «Курсы» from the keyboard
    assert len(no_dialogs) == 2 and window.stack.currentWidget() is drill
    type_text(drill.text, drill.drill.target[5:7])
    assert drill.drill.position == 7
    no_dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    QTest.mouseClick(drill.exit_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is not drill
    assert ctx.store.attempts.count(ctx.profile.id) == 0


def test_leaving_before_the_first_key_does_not_ask(window, no_dialogs):
    drill = _start_first_lesson(window)
    QTest.mouseClick(drill.exit_button, Qt.MouseButton.LeftButton)
    assert not no_dialogs and window.stack.currentWidget() is not drill


def test_closing_the_window_mid_lesson_asks(window, no_dialogs):
    drill = _start_first_lesson(window)
    type_text(drill.text, drill.drill.target[:3])
    no_dialogs.answers["question"] = QMessageBox.StandardButton.No
    assert not window.close()
    assert window.isVisible() and len(no_dialogs) == 1
    no_dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    assert window.close()  # «Yes» lets it close (and no window is left open for later tests)


def test_the_window_reopens_where_it_was_left(ctx, qtbot, tmp_path, no_dialogs):
    from app.ui.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.remember_geometry(tmp_path)
    first.show()
    first.resize(1180, 720)
    first.move(QPoint(60, 40))
    qtbot.wait(10)
    placed = first.geometry()
    assert placed.height() == 720
    assert first.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.remember_geometry(tmp_path)
    again.show()
    # The offscreen screen is 800 × 800 and Qt keeps a restored window on it: the height and the
    # vertical place come back exactly (the default is 760 high at the screen's top).
    assert again.height() == placed.height() == 720
    assert again.geometry().top() == placed.top() > 0
    assert again.close()


def test_a_locked_lesson_says_what_unlocks_it(window, ctx):
    pack, course = ctx.typing_courses()[0]
    window.open_section("course")
    screen = window.course
    screen.select_course(pack.id, course.id)
    tree = screen.tree
    locked = tree.topLevelItem(0).child(2)
    assert locked.text(2) == "закрыт"
    tree.setFocus()
    rect = tree.visualItemRect(locked)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(tree, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.sections[2][2]  # no lesson started
    note = screen.hint.text()
    assert "Урок 3 закрыт" in note and f"урок 2 «{course.lessons[1].title}»" in note
    assert f"урок 1 «{course.lessons[0].title}»" in note and "180 зн/мин" in note
    assert not screen.start_button.isEnabled()
    QTest.keyClick(tree, Qt.Key.Key_Up)
    QTest.keyClick(tree, Qt.Key.Key_Up)
    assert "закрыт" not in screen.hint.text() and screen.start_button.isEnabled()
