"""The one builder of typing sessions: the text made typeable, thresholds chosen, bad text refused."""

import pytest

from app.core.preferences import Preferences
from app.core.sessions import SessionKind, build_session
from app.core.text_check import TextError
from app.core.thresholds import LessonThresholds
from app.core.typography import TypographyPolicy


def test_text_is_prepared_by_the_learners_policy_and_checked_against_the_layout():
    spec = build_session(SessionKind.CUSTOM, "Свой текст", "Заказ «№ 5» готов…\r\nЖдём", "ru", Preferences(),
                         exercise_id="custom")
    assert spec.text == "Заказ «№ 5» готов... Ждём"  # … is three keys; a line break is a space
    plain = build_session(SessionKind.CUSTOM, "Свой текст", "готов…", "ru",
                          Preferences(typography=TypographyPolicy(ellipsis=False)))
    assert plain.text == "готов…"
    assert (spec.kind, spec.layout, spec.exercise_id, spec.time_limit) == (SessionKind.CUSTOM, "ru", "custom", None)


def test_thresholds_are_the_learners_unless_the_lesson_sets_its_own():
    prefs = Preferences(min_cpm=150, min_accuracy=95)
    assert build_session(SessionKind.TIMED, "Тест", "да", "ru", prefs, time_limit=60.0).thresholds == \
        LessonThresholds(150, 95)
    lesson = build_session(SessionKind.LESSON, "Урок", "да", "ru", prefs, thresholds=LessonThresholds(90, 90),
                           pack_id="p", exercise_id="l1")
    assert lesson.thresholds == LessonThresholds(90, 90) and lesson.pack_id == "p"


def test_a_text_the_layout_cannot_type_is_refused_with_the_character_named():
    with pytest.raises(TextError, match="😀"):
        build_session(SessionKind.CUSTOM, "Свой текст", "Привет 😀", "ru", Preferences())


def test_one_rule_gives_every_session_its_pass_mark():
    from app.core.content import Lesson
    from app.core.sessions import session_thresholds
    from app.core.thresholds import CertificateThresholds

    prefs = Preferences(min_cpm=150, min_accuracy=95)
    own = Lesson("l1", "Урок", "аоао", min_cpm=60)
    assert session_thresholds(SessionKind.LESSON, prefs, lesson=own) == LessonThresholds(60, 95)
    assert session_thresholds(SessionKind.LESSON, Preferences(), lesson=Lesson("l2", "У", "ао")) == \
        LessonThresholds(180, 98)
    # A timed test is judged by its pack's certificate bar, whatever the profile's lesson bar.
    assert session_thresholds(SessionKind.TIMED, prefs) == LessonThresholds(200, 96)
    assert session_thresholds(SessionKind.TIMED, prefs,
                              certificate=CertificateThresholds(typing_cpm=220, typing_accuracy=97)) == \
        LessonThresholds(220, 97)
    for kind in (SessionKind.CUSTOM, SessionKind.ADAPTIVE):
        assert session_thresholds(kind, prefs) == LessonThresholds(150, 95)
