"""GIFT import: every construct of the sample file, malformed input, import → load_pack → scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.quiz import right_answer, score_question
from app.packs.gift import parse_gift
from app.packs.loader import load_pack
from app.packs.quiz_import import import_quiz

DATA = Path(__file__).parent / "data" / "quiz"
GIFT = DATA / "etiquette.gift"


@pytest.fixture(scope="module")
def parsed():
    result = parse_gift(GIFT.read_text(encoding="utf-8"), GIFT.name)
    assert result.errors == []
    return result


def by_text(result, start):
    found = [q for q in result.questions if q.text.startswith(start)]
    assert len(found) == 1, start
    return found[0]


def test_single_choice_feedback_and_general_feedback(parsed):
    q = by_text(parsed, "Как лучше начать")
    assert (q.id, q.type, q.category) == ("nachalo-otveta", "single", "Этикет/Приветствие")
    assert [o.correct for o in q.options] == [True, False, False]
    assert q.options[0].text == "Здравствуйте, Ольга! Меня зовут Илья."
    assert q.options[1].feedback == "Грубо и фамильярно."
    assert q.explanation == "Первое сообщение задаёт тон всему диалогу."
    assert parsed.lines[q.id] == 7


def test_true_false_all_spellings_and_feedback_order(parsed):
    cvv = by_text(parsed, "Оператор может попросить")
    assert cvv.answer is False
    # first feedback is for the wrong choice ("true"), the second for the right one
    assert cvv.feedback_true == "CVV не спрашивают никогда."
    assert cvv.feedback_false == "Верно: CVV нужен только для списания."
    assert cvv.explanation == "CVV знает только владелец карты."
    assert by_text(parsed, "Обращаться").answer is True
    assert by_text(parsed, "Сообщение заглавными").answer is True
    assert by_text(parsed, "Шутить").answer is False


def test_multiple_answers_with_weights(parsed):
    q = by_text(parsed, "Что недопустимо")
    assert q.type == "multiple" and q.category == "Этикет/Тон"
    assert [o.weight for o in q.options] == [50, 50, -100]
    assert q.options[0].feedback == "Капс — это крик." and q.options[2].feedback == "«Вы» — норма."


def test_missing_word_and_short_answer(parsed):
    gap = by_text(parsed, "Вежливая просьба")
    assert gap.type == "short"
    assert gap.text == "Вежливая просьба подождать: «Минуту, _____ я уточню»."
    assert [o.text for o in gap.options] == ["пожалуйста", "будьте добры"]
    word = by_text(parsed, "Каким словом")
    assert [(o.text, o.weight, o.feedback) for o in word.options] == [
        ("пожалуйста", None, "Верно."), ("плиз", 50, "Разговорно.")]
    assert word.explanation == "«Пожалуйста» смягчает просьбу."


def test_numerical_tolerance_range_and_several_answers(parsed):
    first = by_text(parsed, "За сколько секунд")
    assert first.category == "Скорость"
    assert [(o.value, o.tolerance) for o in first.options] == [(60, 5)]
    rng = by_text(parsed, "Сколько минут")
    assert [(o.value, o.tolerance) for o in rng.options] == [(3, 2)]
    assert rng.explanation == "Обычно от одной до пяти минут."
    multi = by_text(parsed, "Сколько секунд на первый")
    assert [(o.value, o.tolerance, o.weight, o.feedback) for o in multi.options] == [
        (60, 0, None, "Ровно по нормативу."), (90, 30, 50, "Допустимо, но медленно.")]


def test_matching_with_distractor(parsed):
    q = by_text(parsed, "Сопоставьте")
    assert [(p.left, p.right) for p in q.pairs] == [
        ("Здравствуйте!", "Приветствие"), ("Хорошего дня!", "Прощание"), ("Минуту, уточню.", "Ожидание")]
    assert q.distractors == ("Спор",)


def test_escapes_and_formats(parsed):
    esc = by_text(parsed, "Какой знак")
    assert esc.id == "ekranirovanie-simvoly"
    assert esc.text == "Какой знак ставят в смайлике :-) после двоеточия? Скобки { } и знаки ~ = # — обычный текст."
    assert [o.text for o in esc.options] == ["-)", "-("] and esc.options[0].feedback == "Верно: дефис и скобка."
    html = by_text(parsed, "Можно ли писать")
    assert html.text == "Можно ли писать клиенту «ты»?\nВыберите ответ."
    md = by_text(parsed, "Можно ли повысить")  # [markdown] is rendered: the learner never sees **
    assert md.text == "Можно ли повысить тон в ответ на грубость?" and md.answer is False


def test_unsupported_are_reported_with_title_and_line(parsed):
    assert [(s.title, s.line, s.kind) for s in parsed.skipped] == [
        ("Эссе", 63, "essay"), ("Описание", 65, "description")]
    assert len(parsed.questions) == 15


@pytest.mark.parametrize("source, line, message", [
    ("Вопрос один {=да ~нет}\n\n::Открыта::Вопрос\nдва {=да ~нет\n", 4, "не закрыта фигурная скобка"),
    ("\n\nЧисло? {#abc}\n", 3, "неверное число «abc»"),
    ("Число? {#1..x}\n", 1, "неверное число «x»"),
    ("Число? {#5..1}\n", 1, "начало больше конца"),
    ("Вопрос } лишняя {=a ~b}\n", 1, "лишняя закрывающая скобка"),
    ("Вес {~%abc%a ~%100%b}\n", 1, "неверный вес ответа"),
    ("Вес {~%150%a ~b}\n", 1, "не из списка оценок Moodle"),
    ("\nВес {~%33%a ~%33.33333%b ~%33.33333%c}\n", 2, "вес ответа 33 % не из списка оценок Moodle"),
    ("Город? {=%50%Париж =%0%*}\n", 1, "нет ответа на 100 %"),
    ("Пары {=a -> b =c}\n", 1, "=левое -> правое"),
])
def test_malformed_gift(source, line, message):
    result = parse_gift(source, "bad.gift")
    assert len(result.errors) == 1
    assert result.errors[0].line == line and message in result.errors[0].message
    assert str(result.errors[0]).startswith(f"bad.gift:{line}: ")


def test_invalid_for_our_format_is_skipped_with_reason():
    result = parse_gift("::Два верных::Вопрос {=a =b ~c}\n\n::Веса::Вопрос {~%30%a ~%30%b ~%-100%c}\n", "x.gift")
    assert [(s.title, s.line) for s in result.skipped] == [("Два верных", 1)]
    assert "ровно один" in result.skipped[0].reason


def test_positive_weights_not_adding_up_to_100_are_imported_as_moodle_does_with_a_warning(tmp_path):
    bank = tmp_path / "x.gift"
    bank.write_text("::Веса::Вопрос {~%30%a ~%30%b ~%-100%c}\n\n::Много::Вопрос {~%75%a ~%50%b ~c}\n", encoding="utf-8")
    report = import_quiz(bank, tmp_path / "pack")
    assert report.imported == 2
    low, high = [w for w in report.warnings if "в сумме дают" in w.message]
    assert (low.file, low.line) == ("x.gift", 1) and "вопрос «Веса»: положительные веса вариантов в сумме дают 60 %" in low.message
    assert "полного балла за вопрос не получить" in low.message
    assert high.line == 3 and "125 %" in high.message and "обрезается до 100 %" in high.message
    few, many = report.pack.quiz
    assert score_question(few, {0, 1}).fraction == 0.6 and score_question(many, {0, 1}).fraction == 1.0


def test_round_trip_every_question_scores_full(tmp_path):
    report = import_quiz(GIFT, tmp_path / "pack", title="Этикет чата")
    assert report.imported == 15 and len(report.skipped) == 2
    pack = load_pack(tmp_path / "pack")
    assert pack.id == "etiket-chata" and pack.manifest.title == "Этикет чата"
    parsed = parse_gift(GIFT.read_text(encoding="utf-8"))
    assert pack.quiz == tuple(parsed.questions)  # nothing lost on the way through TOML
    for q in pack.quiz:
        assert score_question(q, right_answer(q)).fraction == 1.0, q.id
    assert [(z.title, z.categories) for z in pack.quizzes] == [
        ("Этикет", ("Этикет",)), ("Скорость", ("Скорость",))]


def test_round_trip_is_stable(tmp_path):
    import_quiz(GIFT, tmp_path / "a", pack_id="x")
    import_quiz(GIFT, tmp_path / "b", pack_id="x")
    assert (tmp_path / "a" / "quiz.toml").read_bytes() == (tmp_path / "b" / "quiz.toml").read_bytes()


def test_no_category_gives_one_quiz_for_all(tmp_path):
    src = tmp_path / "plain.gift"
    src.write_text("Вопрос? {T}\n\n$CATEGORY: Тон\nЕщё? {F}\n", encoding="utf-8")
    pack = import_quiz(src, tmp_path / "p").pack
    assert [(z.title, z.categories) for z in pack.quizzes] == [("plain", ())]
    assert [q.id for q in pack.quiz] == ["q-1", "ton-1"]
