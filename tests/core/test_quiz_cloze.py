"""Cloze scoring, drawing and storing in the core; Moodle's rounding and wildcard rules."""

import json

from app.core.content import ClozeGap, Quiz, QuizOption, QuizQuestion
from app.core.quiz import answer_to_json, combined_feedback, draw, grade, right_answer, score_question

CLOZE = QuizQuestion(
    "c", "cloze", "{#1} {#2} {#3}",
    gaps=(ClozeGap("multichoice", (QuizOption("да", weight=100), QuizOption("нет", weight=0),
                                   QuizOption("почти", weight=50)), shuffle=True),
          ClozeGap("short", (QuizOption("Вы", weight=100),), case_sensitive=True, weight=2),
          ClozeGap("numerical", (QuizOption(value=60, tolerance=10, weight=100),
                                 QuizOption(text="*", weight=0, feedback="Норматив — минута.")))),
    feedback_correct="Всё верно.", feedback_partial="Частично.", feedback_incorrect="Мимо.")


def test_weighted_gaps_and_a_stored_answer_grade_the_same():
    answer = [2, "вы", 200]
    scored = score_question(CLOZE, answer)
    assert scored.fraction == 0.5 / 4 and scored.feedback == ["Норматив — минута."]
    stored = json.loads(json.dumps(answer_to_json(answer)))  # as a certificate keeps it
    assert score_question(CLOZE, stored) == scored
    assert combined_feedback(CLOZE, scored) == "Частично."
    full = score_question(CLOZE, right_answer(CLOZE))
    assert full.correct and combined_feedback(CLOZE, full) == "Всё верно."
    assert combined_feedback(CLOZE, score_question(CLOZE, [1, "", None])) == "Мимо."
    assert score_question(CLOZE, "не список").fraction == 0


def test_a_shuffled_list_is_shuffled_by_the_seed_and_graded_by_original_index():
    quiz = Quiz("q", "Проба")
    orders = {draw([CLOZE], quiz, seed)[0].gap_orders[0] for seed in range(20)}
    assert len(orders) > 1 and all(sorted(o) == [0, 1, 2] for o in orders)
    assert draw([CLOZE], quiz, 7)[0].gap_orders == draw([CLOZE], quiz, 7)[0].gap_orders
    assert draw([CLOZE], Quiz("q", "Проба", shuffle_options=False), 7)[0].gap_orders[0] == (0, 1, 2)
    drawn = draw([CLOZE], quiz, 3)
    assert grade(drawn, {"c": right_answer(CLOZE)}).percent == 100


def test_moodle_rounding_and_first_matching_short_answer():
    thirds = QuizQuestion("t", "multiple", "?", options=tuple(
        QuizOption(t, correct=True, weight=33.33333) for t in "абв") + (QuizOption("г", weight=-100),))
    assert score_question(thirds, {0, 1, 2}).correct
    first = QuizQuestion("s", "short", "?", options=(QuizOption("Пар*", weight=50), QuizOption("Париж")))
    assert score_question(first, "Париж").fraction == 0.5  # Moodle takes the first answer that matches
    literal = QuizQuestion("l", "short", "?", options=(QuizOption("5\\*5"),))
    assert score_question(literal, "5*5").correct and not score_question(literal, "5x5").correct
