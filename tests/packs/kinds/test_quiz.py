"""Quizzes: a quiz that names no pass mark gets the one default the scorer uses."""

from app.core.content import Quiz
from app.core.thresholds import QUIZ_PASS_PERCENT
from app.packs.loader import load_pack

from ..helpers import edit, errors


def test_a_quiz_without_a_pass_mark_gets_the_default(mini):
    quiz = '\n[[quiz]]\nid = "mini-quiz"\ntitle = "Проверка"\n'
    (mini / "quiz.toml").write_text((mini / "quiz.toml").read_text(encoding="utf-8") + quiz, encoding="utf-8")
    [loaded] = load_pack(mini).quizzes
    assert loaded.pass_percent == QUIZ_PASS_PERCENT == Quiz("q", "q").pass_percent


def test_a_truefalse_question_needs_its_answer(mini):
    edit(mini, "quiz.toml", "answer = false\n", "")
    [problem] = errors(mini)
    assert "question[1].answer: у вопроса «truefalse» нужен ответ" in problem
