"""Quizzes: a quiz that names no pass mark gets the one default the scorer uses."""

from dataclasses import fields

from app.core.content import Quiz, QuizOption, QuizQuestion
from app.core.thresholds import QUIZ_PASS_PERCENT
from app.packs.kinds.quiz import OPTION_SPEC
from app.packs.loader import load_pack
from app.packs.quiz_import import import_quiz

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


def test_answers_read_from_a_pack_are_whole_records(tmp_path):
    # the loader copies a checked answer table into the record without __init__: the table must name
    # exactly the record's fields, and the result compares, hashes and shows like one made normally
    assert set(OPTION_SPEC) == {f.name for f in fields(QuizOption)}
    bank = tmp_path / "b.gift"
    bank.write_text("Сколько? {#=3:1 =%50%7 ~#Нет.}\n\nКто? {=Да#Верно ~%-50%Нет}\n", encoding="utf-8")
    pack = import_quiz(bank, tmp_path / "pack").pack
    numerical, single = load_pack(tmp_path / "pack").quiz
    assert numerical.options == (QuizOption(value=3, tolerance=1), QuizOption(value=7, weight=50),
                                 QuizOption(text="*", weight=0, feedback="Нет."))
    assert single.options == (QuizOption(text="Да", correct=True, feedback="Верно"), QuizOption(text="Нет", weight=-50))
    assert hash(single.options[1]) == hash(QuizOption(text="Нет", weight=-50))
    assert repr(single.options[0]) == repr(QuizOption(text="Да", correct=True, feedback="Верно"))
    assert pack.quiz == (numerical, single)


def test_questions_read_from_a_pack_are_whole_records(tmp_path):
    # the loader builds a question from one dict of its fields without __init__: that dict must hold every
    # field (a missing one would silently read the class default), and the record behaves as a normal one
    bank = tmp_path / "b.gift"
    bank.write_text("::Кто::[html]<b>Кто</b> там? {=Я#Да ~Ты}\n\nДва плюс два {#4}\n\nНебо синее {T#Нет#Да}\n",
                    encoding="utf-8")
    import_quiz(bank, tmp_path / "pack")
    questions = load_pack(tmp_path / "pack").quiz
    assert [q.type for q in questions] == ["single", "numerical", "truefalse"]
    names = [f.name for f in fields(QuizQuestion)]
    for q in questions:
        assert list(vars(q)) == names
        twin = QuizQuestion(**vars(q))
        assert q == twin and hash(q) == hash(twin) and repr(q) == repr(twin)
    assert questions[0].text_html == "<b>Кто</b> там?" and questions[2].feedback_false == "Нет"
