"""Course progress: lessons unlock in order; grammar topics counted and practised weakest first."""

from app.core.content import Lesson, TypingCourse
from app.core.progress import LessonState, course_map, lesson_thresholds, next_lesson
from app.core.thresholds import LessonThresholds


def make_course(n=4):
    lessons = tuple(Lesson(f"l{i}", f"Урок {i}", "аоао") for i in range(n))
    return TypingCourse("c", "Курс", "ru", lessons)


def test_lessons_unlock_one_after_another():
    course = make_course()
    states = [s.state for s in course_map(course, {"l0"})]
    assert states == [LessonState.PASSED, LessonState.OPEN, LessonState.LOCKED, LessonState.LOCKED]
    assert next_lesson(course, {"l0"}).id == "l1"
    assert next_lesson(course, {"l0", "l1", "l2", "l3"}) is None
    default = LessonThresholds(180, 98)
    assert lesson_thresholds(Lesson("x", "x", "x", min_cpm=100), default) == LessonThresholds(100, 98)


def test_a_locked_lesson_names_what_unlocks_it():
    from app.core.progress import unlock_path
    course = make_course()
    assert unlock_path(course, {"l0"}, 1) is None  # open, nothing to say
    path = unlock_path(course, {"l0"}, 2)
    assert path.previous.lesson.id == "l1" and path.open_now is None
    far = unlock_path(course, {"l0"}, 3)
    assert far.previous.lesson.id == "l2" and far.open_now.lesson.id == "l1"


def test_topic_progress_and_practice_order():
    from app.core.content import GrammarItem
    from app.core.progress import practice_order, topic_progress
    items = [GrammarItem("a", "gap", "x ___", ("y",), topic="Обращение"),
             GrammarItem("b", "gap", "x ___", ("y",), topic="Вводные слова"),
             GrammarItem("c", "gap", "x ___", ("y",), topic="Обращение")]
    progress = topic_progress(items, {"c"})
    assert [(t.topic, t.done, t.total) for t in progress] == [("Обращение", 1, 2), ("Вводные слова", 0, 1)]
    assert practice_order(("a", "c", "b"), {"a"}) == ["c", "b", "a"]
