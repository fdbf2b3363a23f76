"""Checking drill texts, the typography policy, preferences, course unlocking, timed texts."""

import re

import pytest

from app.core.vocabulary import ErrorMode
from app.core.layouts import is_wrong_layout, load_layout
from app.core.thresholds import LessonThresholds
from app.core.preferences import Preferences, from_stored
from app.core.progress import LessonState, course_map, lesson_thresholds, next_lesson
from app.core.text_check import TextError, check_text
from app.core.timed import build_test_text as make_test_text
from app.core.typography import NBSP, TypographyPolicy, prepare_text
from app.core.content import Lesson, TypingCourse

RU = load_layout("ru")


def test_breaks_and_runs_of_spaces_become_one_space():
    assert check_text("  Добрый день!\r\n\tЧем\n\nпомочь?  ", RU) == "Добрый день! Чем помочь?"


def test_emoji_cjk_and_control_characters_are_named_with_place():
    with pytest.raises(TextError) as err:
        check_text("Привет 😀\nмир 中\x00", RU)
    message = str(err.value)
    assert "«😀» (эмодзи или значок, U+1F600), строка 1, позиция 8" in message
    assert "«中» (иероглиф, U+4E2D), строка 2" in message
    assert "(невидимый управляющий символ, U+0000)" in message
    descriptions = re.sub(r"U\+[0-9A-F]+", "", " ".join(b.name for b in err.value.bad))
    assert not re.search("[A-Za-z]", descriptions)  # no English Unicode names
    assert [b.char for b in err.value.bad] == ["😀", "中", "\x00"]


def test_empty_text_is_refused():
    with pytest.raises(TextError):
        check_text(" \n\t ", RU)


def test_every_letter_maps_to_its_twin_key():
    assert is_wrong_layout("а", "f", "ru") and is_wrong_layout("ж", ";", "ru")
    assert is_wrong_layout("ю", ".", "ru") and is_wrong_layout("Я", "Z", "ru")
    assert is_wrong_layout("q", "й", "en")
    assert not is_wrong_layout("а", "а", "ru")
    assert not is_wrong_layout(",", "?", "ru")  # punctuation: an ordinary error


def test_layout_data_has_fingers_home_markers_and_shift():
    assert RU.stroke_for("Ф").shift and not RU.stroke_for("ф").shift
    assert RU.stroke_for("ф").key.finger == "left_pinky"
    assert RU.stroke_for("о").key.finger == "right_index"
    markers = {k.normal for row in RU.rows for k in row if k.home_marker}
    assert markers == {"а", "о"}
    assert RU.stroke_for("№").key.code == "Digit3"
    assert load_layout("en").stroke_for("@").shift


def test_ellipsis_and_nbsp():
    assert prepare_text("Минуту…", TypographyPolicy()) == "Минуту..."
    assert prepare_text("Минуту…", TypographyPolicy(ellipsis=False)) == "Минуту…"
    assert check_text(f"5{NBSP}мин", RU) == f"5{NBSP}мин"


def test_preferences_from_bad_stored_values_fall_back_and_say_which():
    prefs, ignored = from_stored({"error_mode": "nonsense", "min_cpm": "fast", "font_size": 24,
                                  "min_accuracy": 250, "typography": {"yo": True}, "extra": 1})
    assert prefs.error_mode is ErrorMode.CORRECT and prefs.font_size == 24
    assert prefs.typography.yo and prefs.min_cpm == 180.0
    assert sorted(ignored) == ["error_mode", "min_accuracy", "min_cpm"]
    assert from_stored(Preferences().to_stored()) == (Preferences(), [])


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


def test_timed_text_is_long_enough_and_reproducible():
    texts = ["Первый текст.", "Второй текст.", "Третий текст."]
    a = make_test_text(texts, 3, seed=7)
    assert len(a) >= 3 * 900
    assert a == make_test_text(texts, 3, seed=7)
    with pytest.raises(ValueError):
        make_test_text(texts, 2, seed=1)


def test_topic_progress_and_practice_order():
    from app.core.progress import practice_order, topic_progress
    from app.core.content import GrammarItem
    items = [GrammarItem("a", "gap", "x ___", ("y",), topic="Обращение"),
             GrammarItem("b", "gap", "x ___", ("y",), topic="Вводные слова"),
             GrammarItem("c", "gap", "x ___", ("y",), topic="Обращение")]
    progress = topic_progress(items, {"c"})
    assert [(t.topic, t.done, t.total) for t in progress] == [("Обращение", 1, 2), ("Вводные слова", 0, 1)]
    assert practice_order(("a", "c", "b"), {"a"}) == ["c", "b", "a"]
