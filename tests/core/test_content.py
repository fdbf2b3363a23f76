"""The pack content models: what a pack holds is counted per kind, the id is the manifest's."""

import dataclasses

import pytest

from app.core.content import GrammarItem, Lesson, Pack, PackManifest, Quiz, QuizQuestion, TimedText, TypingCourse
from app.core.thresholds import QUIZ_PASS_PERCENT

MANIFEST = PackManifest(id="support-basics", title="Основы поддержки", version="1.0.0", language="ru",
                        authors=("Отдел обучения",), description="", licence="CC-BY-4.0", format=1,
                        min_app_version="0.1.0")


def test_counts_include_timed_texts_with_the_lessons_of_every_course():
    courses = (TypingCourse("ru", "Курс", "ru", (Lesson("l1", "Урок 1", "аоао"), Lesson("l2", "Урок 2", "влвл")),
                            timed_texts=(TimedText("t1", "Текст", "Добрый день."),)),
               TypingCourse("en", "Course", "en", (Lesson("e1", "Lesson 1", "asdf"),)))
    pack = Pack(MANIFEST, typing=courses, grammar=(GrammarItem("g1", "gap", "в ___ дня", ("течение",)),),
                quiz=(QuizQuestion("q1", "truefalse", "КАПС — это крик?", answer=True),))
    assert pack.counts() == {"typing": 4, "grammar": 1, "correspondence": 0, "quiz": 1}
    assert pack.id == "support-basics"


def test_an_empty_pack_counts_nothing_and_a_quiz_passes_at_the_one_default_mark():
    assert Pack(MANIFEST).counts() == {"typing": 0, "grammar": 0, "correspondence": 0, "quiz": 0}
    assert Quiz("netiquette", "Этикет").pass_percent == QUIZ_PASS_PERCENT


def test_content_cannot_be_changed_after_loading():
    lesson = Lesson("l1", "Урок 1", "аоао")
    with pytest.raises(dataclasses.FrozenInstanceError):
        lesson.text = "другое"  # progress is stored per id: content is never edited in place
