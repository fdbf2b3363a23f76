"""The chat-trainer command: help, version, its data-dir option, and the plain GUI start that skips the parser."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import build_parser, plain_gui_start

ROOT = Path(__file__).resolve().parents[2]


def run(*args, **env):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **env}, timeout=60)


def test_version_and_help():
    assert run("--version").stdout.strip() == f"chat-trainer {__version__}"
    out = run("--help").stdout
    assert "--data-dir" in out and "pack" in out and "gui" in out


def test_data_dir_option_reaches_sub_commands(tmp_path):
    result = run("--data-dir", str(tmp_path / "d"), "pack", "list")
    assert result.returncode == 0, result.stderr
    assert "ru-typing" in result.stdout


def test_no_sub_command_means_the_gui():
    args = build_parser().parse_args([])
    assert getattr(args, "func", None) is None  # main() falls back to the GUI


@pytest.mark.parametrize("argv, data_dir", [
    ([], None), (["gui"], None), (["--data-dir", "/d"], "/d"), (["--data-dir=/d", "gui"], "/d"),
])
def test_a_plain_start_opens_the_window_without_building_the_parser(argv, data_dir):
    assert plain_gui_start(argv) == (True, data_dir)


@pytest.mark.parametrize("argv", [
    ["--help"], ["--version"], ["pack", "list"], ["gui", "--help"], ["--data-dir"], ["--data-dir", "-x"],
    ["--data-dir="], ["--data", "/d"], ["gui", "extra"],
])
def test_anything_else_goes_through_the_parser(argv):
    assert plain_gui_start(argv)[0] is False


def test_a_wrong_option_is_still_reported_by_the_parser():
    result = run("--data-dir")
    assert result.returncode == 2 and "--data-dir" in result.stderr and "ошибка" in result.stderr
