"""What the GIFT and Moodle XML importers share: Moodle's grade list, its text formats as plain text,
category paths, stable ids, and the loader's rules checked before a question is written."""

import pytest

from app.core.content import QuizOption, QuizPair, QuizQuestion
from app.packs.quiz_common import (
    MAX_QUESTION_CHARS, IdMaker, Skipped, check_question, clean_category, html_to_text, match_grade, render,
    short_title,
)


@pytest.mark.parametrize("percent, grade", [(100, 100.0), (33.33333, 33.33333), (33.333333, 33.33333),
                                            (-50, -50.0), (0, 0.0), (83.33333, 83.33333)])
def test_grades_on_moodles_list_are_taken_as_moodle_stores_them(percent, grade):
    assert match_grade(percent) == grade


@pytest.mark.parametrize("percent", [33, 42, 101, -110, 66.6])
def test_a_grade_off_moodles_list_is_not_one(percent):
    assert match_grade(percent) is None


def test_html_becomes_the_text_a_learner_reads():
    html = ('<p>Как <b>начать</b> ответ?</p><script>alert(1)</script><ul><li>привет</li><li>здравствуйте</li>'
            '</ul><p>Схема: <img src="a.png" alt="окно чата"> &laquo;вы&raquo;&nbsp;и&nbsp;&lt;b&gt;</p>')
    assert html_to_text(html) == "Как начать ответ?\n• привет\n• здравствуйте\nСхема: [окно чата] «вы» и <b>"


@pytest.mark.parametrize("raw, fmt, text", [
    ("Строка 1\nстрока <i>2</i>", "moodle", "Строка 1\nстрока 2"),
    ("Строка 1\nстрока <i>2</i>", "html", "Строка 1 строка 2"),
    ("**Жирно** и _курсив_", "markdown", "Жирно и курсив"),
    ("Текст  <b>как есть</b>", "plain", "Текст <b>как есть</b>"),
    ("Пробелы\t \u00a0 схлопнуты", "html", "Пробелы схлопнуты"),
])
def test_each_moodle_format_is_read_its_own_way(raw, fmt, text):
    assert render(raw, fmt) == text


@pytest.mark.parametrize("path, ours", [
    ("$course$/top/Этикет/Приветствие", "Этикет/Приветствие"),
    ("$module$/top/Default for Курс/Этикет", "Этикет"),
    ("top", ""), (" Этикет \\ Безопасность /", "Этикет/Безопасность"),
])
def test_moodle_category_paths_lose_their_system_parts(path, ours):
    assert clean_category(path) == ours


def test_ids_come_from_titles_and_are_never_repeated():
    ids = IdMaker()
    assert ids.make("Начало ответа", "Этикет") == "nachalo-otveta"
    assert ids.make("Начало ответа", "Этикет") == "nachalo-otveta-2"
    assert ids.make("", "Этикет") == "etiket-3"  # no title: the category's slug and the question's number there
    assert ids.make("", "") == "q-1"
    many = [ids.make("Повтор", "") for _ in range(2000)]
    assert len(set(many)) == 2000 and all(len(i) <= 60 for i in many)


def test_a_skipped_question_says_where_what_and_why():
    assert str(Skipped("Эссе", 63, "essay", "тип не поддерживается")) == \
        "строка 63: «Эссе» (essay): тип не поддерживается"
    assert str(Skipped("Эссе", None, "essay", "тип не поддерживается")).startswith("место неизвестно: ")
    assert short_title("Очень   длинный\nвопрос " * 10, 20) == "Очень длинный вопро…"


def question(**kw) -> QuizQuestion:
    base = dict(id="q", type="single", text="Как обратиться к клиенту?",
                options=(QuizOption("На «вы»", correct=True), QuizOption("На «ты»")))
    return QuizQuestion(**(base | kw))


@pytest.mark.parametrize("changes, why", [
    ({}, None),
    ({"text": "  "}, "нет текста вопроса"),
    ({"text": "я" * (MAX_QUESTION_CHARS + 1)}, f"текст вопроса длиннее {MAX_QUESTION_CHARS} знаков"),
    ({"options": (QuizOption("На «вы»", correct=True),)}, "нужно не меньше двух вариантов"),
    ({"options": (QuizOption("а", correct=True), QuizOption("б", correct=True))},
     "должен быть ровно один полностью верный вариант"),
    ({"options": (QuizOption("а", weight=150), QuizOption("б"))}, "вес варианта вне пределов −100…100 %"),
    ({"type": "multiple", "options": (QuizOption("а", weight=-50), QuizOption("б", weight=-50))},
     "нет ни одного верного варианта"),
    ({"type": "numerical", "options": (QuizOption(value=float("nan")),)},
     "число в ответе или штраф — не конечное число (nan, бесконечность или слишком большое)"),
    ({"type": "short", "options": (QuizOption("вы", weight=50),)}, "ни один ответ не даёт полного балла"),
    ({"type": "matching", "options": (), "pairs": (QuizPair("а", "1"), QuizPair("а", "2"))},
     "левые части пар повторяются"),
    ({"type": "truefalse", "options": ()}, "нет ответа «верно» или «неверно»"),
    ({"explanation": "я" * (MAX_QUESTION_CHARS + 1)}, f"отзыв или объяснение длиннее {MAX_QUESTION_CHARS} знаков"),
])
def test_a_question_the_loader_would_refuse_is_caught_with_its_reason(changes, why):
    assert check_question(question(**changes)) == why


def test_weights_not_adding_up_to_100_are_taken_as_moodle_takes_them():
    """Moodle imports such a question and only asks again in its editing form; the loader warns."""
    assert check_question(question(type="multiple", options=(QuizOption("а", weight=50),
                                                             QuizOption("б", weight=40)))) is None
