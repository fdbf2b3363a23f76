"""GIFT read as Moodle reads it: every construct of moodle_rules.gift, then the pack it makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.quiz import right_answer, score_question
from app.packs.gift import parse_gift
from app.packs.loader import load_pack
from app.packs.problems import PackError
from app.packs.quiz_import import import_quiz

GIFT = Path(__file__).parent / "data" / "quiz" / "moodle_rules.gift"


@pytest.fixture(scope="module")
def parsed():
    result = parse_gift(GIFT.read_text(encoding="utf-8"), GIFT.name)
    assert result.errors == []
    return {q.id: q for q in result.questions}, result


def test_tilde_equals_marks_the_right_choice_and_empty_choices_are_dropped(parsed):
    qs, result = parsed
    q = qs["vernyy-cherez-til-du"]
    assert q.type == "single" and [o.correct for o in q.options] == [False, True, False]
    assert q.options[1].feedback == "Так и надо."
    assert q.title == "Верный через тильду"  # the name in the department's bank travels with the question
    assert result.lines[q.id] == 4
    empty = qs["pustoy-variant"]
    assert [(o.text, o.correct) for o in empty.options] == [("Нет", True), ("Да", False)]


def test_numerical_wrong_answer_feedback_is_shown_for_any_other_number(parsed):
    q = parsed[0]["chislo-s-otzyvom"]
    assert [(o.value, o.tolerance) for o in q.options[:1]] == [(3, 2)]
    assert score_question(q, "4").fraction == 1.0
    wrong = score_question(q, "10")
    assert wrong.fraction == 0 and wrong.feedback == ["Совсем не так: норматив — от одной до пяти минут."]


def test_formats_are_rendered_never_shown_as_markup(parsed):
    qs = parsed[0]
    q = qs["formaty-otvetov"]
    assert [(o.text, o.feedback) for o in q.options] == [("синий", "Верно, синий."),
                                                         ("красный", "Нет, красной кнопки нет.")]
    assert qs["markdaun"].text == "Можно ли писать клиенту капслоком?"
    assert qs["ekranirovannyy-teg"].text == "Что значит <b> в шаблоне ответа?"  # an escaped tag stays text
    assert qs["razmetka-moodle"].text == "Как перевести «go»?"  # Moodle's default format takes HTML


def test_lower_case_true_is_a_short_answer_as_in_moodle(parsed):
    q = parsed[0]["strochnoe-true"]
    assert q.type == "short" and [o.text for o in q.options] == ["true"]


def test_missing_word_gap_stands_where_the_braces_were(parsed):
    qs = parsed[0]
    assert qs["propusk"].text == "Клиенту пишут _____ с большой буквы."
    assert qs["propusk-u-tochki"].text == "Правильный ответ: _____."


def test_short_answer_wildcards_and_catch_all_feedback(parsed):
    q = parsed[0]["zvezdochka"]
    assert score_question(q, "Париж").fraction == 1.0
    assert score_question(q, "париж, конечно").fraction == 1.0  # «Париж*»
    other = score_question(q, "Лион")
    assert other.fraction == 0 and other.feedback == ["Подумайте ещё: это город на Сене."]


def test_thirds_from_moodles_grade_list_give_full_credit(parsed):
    q = parsed[0]["tret"]
    assert [o.weight for o in q.options] == [33.33333, 33.33333, 33.33333, -100]
    full = score_question(q, {0, 1, 2})
    assert full.fraction == 1.0 and full.correct
    assert score_question(q, {0, 1, 2, 3}).fraction == 0


def test_matching_truefalse_numerical_range_general_feedback_escapes(parsed):
    qs = parsed[0]
    pairs = qs["pary"]
    assert [(p.left, p.right) for p in pairs.pairs] == [("Здравствуйте!", "приветствие"), ("До свидания!", "прощание")]
    assert pairs.distractors == ("спор",)
    tf = qs["verno-neverno"]
    assert (tf.answer, tf.feedback_true, tf.feedback_false) == (True, "Да, так теплее.", "Нет, можно.")
    rng = qs["diapazon"]
    assert score_question(rng, "24").fraction == 1.0 and score_question(rng, "21").fraction == 0.5
    assert qs["s-obschim-otzyvom"].explanation == "Клиент пришёл за решением."
    assert qs["eskeypy"].text == "Что значит {} и ~ в GIFT: знаки = и #?"
    assert all(q.category == "Правила Moodle" for q in qs.values())


def test_unsupported_questions_are_named_with_their_lines(parsed):
    skipped = parsed[1].skipped
    assert [(s.title, s.line, s.kind) for s in skipped][:1] == [("Эссе", 42, "essay")]


def test_the_pack_scores_every_question_full_with_its_right_answer(tmp_path):
    report = import_quiz(GIFT, tmp_path / "pack")
    pack = load_pack(tmp_path / "pack")
    assert report.imported == len(pack.quiz) >= 17
    for q in pack.quiz:
        assert score_question(q, right_answer(q)).fraction == 1.0, q.id
    # loader findings point at the GIFT file's own lines, summarised by kind
    missing = [w for w in report.warnings if "нет объяснения" in w.message]
    assert missing and all(w.file == GIFT.name and w.line for w in missing)
    summary = [line for line in report.lines() if "нет объяснения" in line]
    assert len(summary) == 1 and f"({len(missing)} раз)" in summary[0] and "строки 4, 10" in summary[0]


def test_a_grade_off_moodles_list_refuses_the_file_with_its_line(tmp_path):
    bad = tmp_path / "bad.gift"
    bad.write_text("Первый {=да ~нет}\n\n::Проценты::Что вежливо?\n{~%33%а ~%33.33333%б ~%33.33333%в}\n",
                   encoding="utf-8")
    with pytest.raises(PackError) as exc:
        import_quiz(bad, tmp_path / "out")
    (problem,) = exc.value.problems
    assert (problem.file, problem.line) == ("bad.gift", 4)
    assert "33 % не из списка оценок Moodle" in problem.message
    assert not (tmp_path / "out").exists()
