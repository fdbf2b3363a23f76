"""Deleting attempts from the history on «Прогресс»: statistics and certificates follow; undo brings them back."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.services.certificates import eligibility
from tests.ui.keys import type_text
from tests.ui.typed_attempts import key_stats, typed_attempt


def _timed_pack(ctx):
    return next(pack for pack, course in ctx.typing_courses() if course.timed_texts and course.layout == "ru")


def test_attempts_deleted_from_the_history_leave_statistics_and_certificates(window, ctx, qtbot, no_dialogs):
    pid = ctx.profile.id
    pack = _timed_pack(ctx)
    typed_attempt(window, "дом дом")
    keep_stats = key_stats(ctx.store, pid)
    window.timed.minutes.button(3).setChecked(True)  # long enough for a certificate
    window.timed.go.click()
    drill = window.drill
    clock = [1000.0]
    drill._clock = lambda: clock[0]
    window.result._clock = lambda: clock[0]
    for i, ch in enumerate(drill.drill.target[:120]):
        type_text(drill.text, ch)
        clock[0] += (0.18, 0.31, 0.22, 0.27, 0.2, 0.35, 0.16)[i % 7]  # a human's uneven pace
    clock[0] += 180.0
    drill._tick()
    typing_figure = lambda: [f for f in eligibility(ctx.store.attempts, pack, pid).figures if f.key == "typing_cpm"]
    assert typing_figure()[0].reached is not None
    typed_attempt(window, "фыва", mistakes="ж")
    window.open_section("progress")
    history = window.progress.history
    qtbot.waitUntil(lambda: history.tree.topLevelItemCount() == 3)
    # Newest first: choose the last custom text and the timed test, with the mouse and Shift.
    tree = history.tree
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(tree.topLevelItem(0)).center())
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     tree.visualItemRect(tree.topLevelItem(1)).center())
    assert len(tree.selectedItems()) == 2
    no_dialogs.answers["question"] = QMessageBox.StandardButton.No
    QTest.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.store.attempts.count(pid) == 3  # «No» keeps them
    no_dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    QTest.mouseClick(history.delete_button, Qt.MouseButton.LeftButton)
    assert "(2)" in no_dialogs[-1][2]
    assert [r.kind for r in ctx.store.attempts.list(pid)] == ["custom"]
    assert key_stats(ctx.store, pid) == keep_stats
    assert typing_figure()[0].reached is None  # the certificate no longer sees the timed test
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: len(window.progress.board.layouts["ru"].speed) == 1)
    QTest.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert ctx.store.attempts.count(pid) == 3
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
