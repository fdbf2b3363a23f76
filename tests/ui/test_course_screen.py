"""The course map: the next lesson unlocks after a pass."""

from app.core.records import TypingRecord


def test_course_map_unlocks_after_a_pass(window, ctx):
    pack, course = ctx.typing_courses()[0]
    screen = window.course
    screen.select_course(pack.id, course.id)
    top = screen.tree.topLevelItem(0)
    assert top.child(0).text(2) == "открыт"
    assert top.child(1).text(2) == "закрыт"
    ctx.store.attempts.save_typing(
        ctx.profile.id, kind="lesson", pack_id=pack.id, exercise_id=course.lessons[0].id, layout="ru",
        mode="correct", text="а", started_at="2026-01-01T00:00:00+00:00",
        record=TypingRecord(summary={"seconds": 1, "correct": 1, "errors": 0, "backspaces": 0, "wrong_layout": 0,
                 "cpm": 300, "wpm": 60, "accuracy": 100, "errors_per_char": 0}),
        keystrokes=[], passed=True)
    ctx.attemptSaved.emit(1)
    top = screen.tree.topLevelItem(0)
    assert top.child(0).text(2).endswith("пройден")
    assert top.child(1).text(2) == "открыт"
