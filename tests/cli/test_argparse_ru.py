"""argparse's own words in the command's help and errors are Russian, like the rest of it."""

import re

import pytest

from tests.cli.test_main import run

ENGLISH = re.compile(r"usage:|positional arguments|options:|show this help|error:|required|unrecognized|invalid")


@pytest.mark.parametrize("args", [("--help",), ("pack", "--help"), ("cert", "export", "--help")])
def test_help_is_russian(args):
    out = run(*args).stdout
    assert out.startswith("использование: ") and "параметры:" in out and "показать эту справку и выйти" in out
    assert not ENGLISH.search(out), out


def test_errors_are_russian():
    bad = run("--bogus")
    assert bad.returncode == 2 and "ошибка: непонятные аргументы: --bogus" in bad.stderr
    missing = run("cert")
    assert "не хватает обязательных аргументов" in missing.stderr and not ENGLISH.search(missing.stderr)
