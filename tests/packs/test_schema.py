"""Field checking: problems name file, line and field; unknown fields are errors, «x-…» ones ignored."""

from .helpers import edit, errors


def test_problem_names_file_line_and_field(mini):
    edit(mini, "typing.toml", 'min_accuracy = 95', 'min_accuracy = "высокая"')
    [problem] = errors(mini)
    assert problem.startswith("typing.toml:15: course[1].lesson[1].min_accuracy: ожидается число")


def test_line_of_second_course_lesson(mini):
    edit(mini, "typing.toml", 'text = "fff jjj fjf jfj"', 'text = "fff ☺"')
    [problem] = errors(mini)
    assert problem.startswith("typing.toml:38: course[2].lesson[1].text: ")
    assert "☺" in problem


def test_unknown_field_is_an_error_but_x_fields_are_ignored(mini):
    edit(mini, "typing.toml", 'stage = "words"', 'stage = "words"\nmin_acuracy = 90\nx-note = "ok"')
    [problem] = errors(mini)
    assert "course[1].lesson[2].min_acuracy: неизвестное поле" in problem


def test_booleans_and_answer_lists_are_checked_by_type_and_named_by_field():
    from app.packs.kinds.quiz import QUESTION_SPEC
    from app.packs.schema import PackFile

    errors: list = []
    f = PackFile("quiz.toml", None, errors, [])
    good = {"id": "q1", "type": "single", "text": "Как?", "shuffle": False, "option": [{"text": "а"}]}
    assert f.take(good, ("question", 0), QUESTION_SPEC)["shuffle"] is False and not errors
    f.take(good | {"shuffle": 1, "option": [{"text": "а"}, "б"], "case_sensitive": "да"}, ("question", 4), QUESTION_SPEC)
    assert [(p.field, p.message.split(",")[0]) for p in errors] == [
        ("question[5].shuffle", "ожидается true или false"), ("question[5].option", "ожидается список таблиц [[…]]"),
        ("question[5].case_sensitive", "ожидается true или false")]
