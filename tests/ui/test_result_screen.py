"""The result screen: the attempt just finished can be discarded, and brought back with undo."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.typed_attempts import key_stats, typed_attempt


def test_the_attempt_just_finished_can_be_discarded_and_brought_back(window, ctx):
    pid = ctx.profile.id
    typed_attempt(window, "дом дом")
    before = key_stats(ctx.store, pid)
    typed_attempt(window, "фыва олдж", mistakes="ййй")
    stored = ctx.store.attempts.list(pid)
    assert len(stored) == 2 and key_stats(ctx.store, pid) != before
    result = window.result
    assert result.discard_button.isVisible()
    QTest.mouseClick(result.discard_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in ctx.store.attempts.list(pid)] == [stored[1].id]
    assert key_stats(ctx.store, pid) == before  # the heat map and weakest keys forget it
    assert result.discarded_note.isVisible() and result.undo_button.isVisible()
    assert len(ctx.store.attempts.recent_typing_keystrokes(pid, "ru")) == 1  # the adaptive model too
    QTest.mouseClick(result.undo_button, Qt.MouseButton.LeftButton)
    assert ctx.store.attempts.list(pid) == stored
    assert not result.discarded_note.isVisible() and result.discard_button.isVisible()
