"""Problems in a pack as the user reads them: file, line, field, what is wrong; long lists cut short."""

from app.packs.problems import PackError, Problem, Report


def test_a_problem_names_file_line_and_field_and_escapes_control_characters():
    assert str(Problem("typing.toml", 12, "course[1].lesson[3].text", "пустой текст")) == \
        "typing.toml:12: course[1].lesson[3].text: пустой текст"
    assert str(Problem("pack.toml", None, "", "файл не найден")) == "pack.toml: файл не найден"
    shown = str(Problem("a\x1b[2Jb.toml", None, "", "лишний файл"))
    assert "\x1b" not in shown and "a" in shown and "b.toml" in shown


def test_a_report_is_ok_with_warnings_only_and_lists_errors_first():
    warning, error = Problem("quiz.toml", 3, "", "нет пояснения"), Problem("pack.toml", 1, "id", "недопустимый id")
    assert Report(warnings=[warning]).ok
    report = Report(errors=[error], warnings=[warning])
    assert not report.ok
    assert report.lines() == ["ошибка: pack.toml:1: id: недопустимый id", "предупреждение: quiz.toml:3: нет пояснения"]


def test_a_pack_error_shows_twenty_problems_and_counts_the_rest():
    problems = [Problem("grammar.toml", i, "", f"ошибка {i}") for i in range(1, 26)]
    err = PackError(problems)
    lines = str(err).splitlines()
    assert len(lines) == 21 and lines[-1] == "… и ещё 5"
    assert err.problems == problems
    assert PackError("пакет не найден").problems == [Problem("", None, "", "пакет не найден")]
