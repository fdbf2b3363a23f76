"""The chat-trainer command: help, version, and its data-dir option."""

import os
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.cli import build_parser

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
