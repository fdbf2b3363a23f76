"""Discarding the attempt just finished (with undo) and deleting attempts from the history on «Прогресс»."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.core.thresholds import LessonThresholds
from app.core.sessions import SessionKind, SessionSpec
from app.services.certificates import eligibility
from tests.ui.keys import type_text


def _key_stats(store, profile_id):
    return sorted(store.db.execute("SELECT layout, key, presses, errors FROM key_stats WHERE profile_id = ?",
                                   (profile_id,)).fetchall())


def _typed_attempt(window, text, mistakes=""):
    """A custom text typed with real keys (``mistakes`` typed first, then erased)."""
    window.start_session(SessionSpec(SessionKind.CUSTOM, "проба", text, "ru", LessonThresholds(0, 0)))
    clock = [1000.0]
    window.drill._clock = lambda: clock[0]
    window.result._clock = lambda: clock[0]
    for ch in mistakes:
        type_text(window.drill.text, ch)
        type_text(window.drill.text, "\b")
        clock[0] += 0.3
    for ch in text:
        type_text(window.drill.text, ch)
        clock[0] += 0.25
    clock[0] += 2.0  # past the grace period after the end
    assert window.stack.currentWidget() is window.result


def _timed_pack(ctx):
    return next(pack for pack, course in ctx.typing_courses() if course.timed_texts and course.layout == "ru")


def test_the_attempt_just_finished_can_be_discarded_and_brought_back(window, ctx):
    pid = ctx.profile.id
    _typed_attempt(window, "дом дом")
    before = _key_stats(ctx.store, pid)
    _typed_attempt(window, "фыва олдж", mistakes="ййй")
    stored = ctx.store.attempts.list(pid)
    assert len(stored) == 2 and _key_stats(ctx.store, pid) != before
    result = window.result
    assert result.discard_button.isVisible()
    QTest.mouseClick(result.discard_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in ctx.store.attempts.list(pid)] == [stored[1].id]
    assert _key_stats(ctx.store, pid) == before  # the heat map and weakest keys forget it
    assert result.discarded_note.isVisible() and result.undo_button.isVisible()
    assert len(ctx.store.attempts.recent_typing_keystrokes(pid, "ru")) == 1  # the adaptive model too
    QTest.mouseClick(result.undo_button, Qt.MouseButton.LeftButton)
    assert ctx.store.attempts.list(pid) == stored
    assert not result.discarded_note.isVisible() and result.discard_button.isVisible()


def test_attempts_deleted_from_the_history_leave_statistics_and_certificates(window, ctx, qtbot, no_dialogs):
    pid = ctx.profile.id
    pack = _timed_pack(ctx)
    _typed_attempt(window, "дом дом")
    keep_stats = _key_stats(ctx.store, pid)
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
    _typed_attempt(window, "фыва", mistakes="ж")
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
    assert _key_stats(ctx.store, pid) == keep_stats
    assert typing_figure()[0].reached is None  # the certificate no longer sees the timed test
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: len(window.progress.board.layouts["ru"].speed) == 1)
    QTest.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert ctx.store.attempts.count(pid) == 3
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3)
