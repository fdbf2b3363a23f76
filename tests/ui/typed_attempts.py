"""Typing a custom text with real keys into the window, and reading the per-key sums it left."""

from app.core.sessions import SessionKind, SessionSpec
from app.core.thresholds import LessonThresholds
from tests.ui.keys import type_text


def key_stats(store, profile_id):
    return sorted(store.db.execute("SELECT layout, key, presses, errors FROM key_stats WHERE profile_id = ?",
                                   (profile_id,)).fetchall())


def typed_attempt(window, text, mistakes=""):
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
