"""Hostile Moodle XML: every bad number or category is reported at the line of the user's file, never as a
traceback and never at the generated quiz.toml."""

import pytest

from app.cli import main

QUESTION = ('<question type="numerical"><name><text>Сколько</text></name>'
            '<questiontext><text>Сколько минут на ответ?</text></questiontext>{body}</question>')


def bank(tmp_path, body: str, before: str = ""):
    file = tmp_path / "bank.xml"
    file.write_text('<?xml version="1.0"?>\n<quiz>\n' + before + QUESTION.format(body=body) + "\n</quiz>\n",
                    encoding="utf-8")
    return file


def answer(value: str, tolerance: str = "0") -> str:
    return f'<answer fraction="100"><text>{value}</text><tolerance>{tolerance}</tolerance></answer>'


@pytest.mark.parametrize("body, words", [
    ("<penalty>abc</penalty>" + answer("1"), "неверный штраф penalty «abc»"),
    ("<penalty>nan</penalty>" + answer("1"), "неверный штраф penalty «nan»"),
    ("<penalty>inf</penalty>" + answer("1"), "неверный штраф penalty «inf»"),
    (answer("nan"), "не конечное число"),
    (answer("inf"), "не конечное число"),
    (answer("-inf"), "не конечное число"),
    (answer("1e400"), "не конечное число"),
    (answer("9" * 400), "не конечное число"),
    (answer("1", "nan"), "не конечное число"),
    (answer("1", "inf"), "не конечное число"),
    (answer("1", "1e999"), "не конечное число"),
])
def test_bad_numbers_point_at_the_users_file(tmp_path, capsys, body, words):
    code = main(["quiz", "import", str(bank(tmp_path, body)), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and words in err and "bank.xml:3" in err, err
    assert "quiz.toml" not in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_category_100000_levels_deep_points_at_the_users_file(tmp_path, capsys):
    levels = "/".join(["a"] * 100_000)
    category = f'<question type="category"><category><text>$course$/{levels}</text></category></question>\n'
    code = main(["quiz", "import", str(bank(tmp_path, answer("1"), before=category)), "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and "bank.xml:4" in err and "категория длиннее 300 знаков" in err, err
    assert "quiz.toml" not in err


def test_a_large_finite_number_still_imports(tmp_path, capsys):
    assert main(["quiz", "import", str(bank(tmp_path, answer("1e308", "1e307"))), "-o", str(tmp_path / "o")]) == 0
    assert "импортировано вопросов: 1" in capsys.readouterr().out
