"""Moodle XML import: supported types, HTML to text, unsupported types reported, safe parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.quiz import right_answer, score_question
from app.packs.loader import load_pack
from app.packs.moodle_xml import parse_moodle_xml
from app.packs.problems import PackError
from app.packs.quiz_common import MAX_QUIZ_FILE_BYTES
from app.packs.quiz_import import import_quiz

DATA = Path(__file__).parent / "data" / "quiz"
XML = DATA / "etiquette.xml"


@pytest.fixture(scope="module")
def parsed():
    result = parse_moodle_xml(XML.read_bytes(), XML.name)
    assert result.errors == []
    return {q.id: q for q in result.questions}, result


def test_multichoice_single_html_cdata_entities(parsed):
    q = parsed[0]["nachalo-otveta"]
    assert (q.type, q.category, q.text) == ("single", "Этикет/Приветствие", "Как лучше начать ответ клиенту?")
    assert q.explanation == "Приветствие задаёт тон."
    assert [(o.text, o.correct, o.weight, o.feedback) for o in q.options] == [
        ("Здравствуйте, Ольга!", True, None, "Верно."), ("Чё надо?", False, None, "Грубо."),
        ("Добрый день", False, 50, "")]
    assert q.penalty == pytest.approx(33.33333) and q.shuffle


def test_multichoice_multiple_fractions(parsed):
    q = parsed[0]["nedopustimoe"]
    assert q.type == "multiple" and not q.shuffle
    assert q.text == "Что недопустимо в ответе клиенту?"  # "&amp;nbsp;" is HTML's &nbsp;, trimmed
    assert [(o.weight, o.correct) for o in q.options] == [(50, True), (50, True), (-100, False)]


def test_truefalse_shortanswer_matching_numerical(parsed):
    qs = parsed[0]
    tf = qs["cvv"]
    assert (tf.answer, tf.feedback_true, tf.feedback_false, tf.category) == (False, "Никогда.", "Верно.", "Безопасность")
    short = qs["parol"]
    assert short.case_sensitive and [(o.text, o.weight) for o in short.options] == [
        ("CVV", None), ("CVC", None), ("PIN", 0)]
    # a zero-credit answer is kept for its feedback, as Moodle shows it
    assert score_question(short, "PIN").feedback == ["PIN — другое."]
    match = qs["frazy"]
    assert [(p.left, p.right) for p in match.pairs] == [("Здравствуйте!", "Приветствие"),
                                                         ("Хорошего дня!", "Прощание")]
    assert match.distractors == ("Спор",)
    num = qs["pervyy-otvet"]
    assert [(o.value, o.tolerance, o.weight, o.feedback) for o in num.options] == [
        (60, 5, None, "По нормативу."), (90, 0, 50, "")] + [(None, 0, 0, "Слишком долго.")]
    assert num.options[-1].text == "*"  # «any other answer» keeps its feedback
    assert score_question(num, "300").feedback == ["Слишком долго."]


def test_unsupported_types_listed_by_name_and_position(parsed):
    skipped = parsed[1].skipped
    assert [(s.title, s.kind, s.line) for s in skipped] == [
        ("Закрытие чата", "essay", 61), ("Перетаскивание", "ddwtos", 69),
        ("Вычисляемый", "calculated", 73), ("Пояснение", "description", 77)]
    cloze = parsed[0]["cloze"]  # multianswer is Cloze now
    assert cloze.type == "cloze" and cloze.text == "Здравствуйте, {#1}!"
    assert score_question(cloze, ["ольга"]).correct
    assert skipped[0].reason == "вопрос №9: тип «эссе» не поддерживается"


DOCTYPE_BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<quiz><question type="truefalse"><questiontext><text>&lol2;</text></questiontext></question></quiz>
"""
EXTERNAL = '<?xml version="1.0"?>\n\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n<quiz/>\n'
TRUNCATED = '<?xml version="1.0"?>\n<quiz>\n  <question type="truefalse">\n    <name><text>A</text></name>\n'
MISMATCH = '<quiz>\n<question type="truefalse">\n<name><text>A</name>\n</question>\n</quiz>\n'


@pytest.mark.parametrize("source, line, message", [
    (DOCTYPE_BOMB, 2, "DOCTYPE и ENTITY не допускаются"),
    (EXTERNAL, 3, "DOCTYPE и ENTITY не допускаются"),
    (TRUNCATED, 5, "файл обрывается"),
    (MISMATCH, 3, "закрывающий тег не совпадает"),
    ("<questions/>", None, "корневой элемент <questions>"),
    ('<quiz>\n<question type="numerical"><name><text>N</text></name><questiontext><text>?</text></questiontext>\n'
     '<answer fraction="100"><text>шесть</text></answer></question></quiz>', 2, "неверное число в ответе: «шесть»"),
    ('<quiz>\n\n<question type="multichoice"><questiontext><text>?</text></questiontext>'
     '<answer fraction="много"><text>a</text></answer></question></quiz>', 3, "неверная доля балла"),
])
def test_malformed_xml(source, line, message):
    result = parse_moodle_xml(source.encode("utf-8"), "bad.xml")
    assert result.questions == [] and len(result.errors) == 1
    assert result.errors[0].line == line and message in result.errors[0].message


def test_oversized_and_not_utf8(tmp_path):
    big = b"<quiz>" + b" " * MAX_QUIZ_FILE_BYTES + b"</quiz>"
    assert "файл слишком большой" in parse_moodle_xml(big).errors[0].message
    path = tmp_path / "big.xml"
    path.write_bytes(big)
    with pytest.raises(PackError, match="слишком большой"):
        import_quiz(path, tmp_path / "p")
    latin = parse_moodle_xml("<quiz>\n<!-- Этикет -->\n</quiz>".encode("cp1251"))
    assert latin.errors[0].line == 2 and "UTF-8" in latin.errors[0].message


def test_round_trip_every_question_scores_full(tmp_path):
    report = import_quiz(XML, tmp_path / "pack", pack_id="moodle-etiquette", title="Этикет из Moodle")
    assert (report.kind, report.imported, len(report.skipped)) == ("xml", 7, 4)
    pack = load_pack(tmp_path / "pack")
    assert pack.quiz == tuple(parse_moodle_xml(XML.read_bytes()).questions)
    for q in pack.quiz:
        assert score_question(q, right_answer(q)).fraction == 1.0, q.id
    assert [z.categories for z in pack.quizzes] == [("Этикет",), ("Безопасность",)]
