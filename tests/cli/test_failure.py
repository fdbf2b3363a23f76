"""A command that cannot do its job: its message on standard error, its exit status, no traceback."""

from app.cli import main
from app.cli.failure import EXIT_FAILED, EXIT_USAGE, CommandFailed, report


def test_report_prints_the_message_to_standard_error_only_and_returns_the_status(capsys):
    assert report(CommandFailed("ошибка: пакет «x» не найден", EXIT_FAILED)) == EXIT_FAILED == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "ошибка: пакет «x» не найден\n"


def test_a_failure_without_a_status_is_a_wrong_call(capsys):
    assert report(CommandFailed("неверный вызов")) == EXIT_USAGE == 2


def test_main_turns_a_failed_command_into_its_message_and_status(tmp_path, capsys):
    missing = tmp_path / "нет.txt"
    assert main(["check", str(missing)]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"chat-trainer check: ошибка: {missing}: файл не найден.\n"
