"""The files of a pack: the content hash; only regular files are read, a device or FIFO is refused at once, naming it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app.packs.loader import load_pack

from .helpers import edit
from .hostile import refused_clearly, run_cli


def test_hash_ignores_line_ends_and_bom_but_not_content(mini):
    before = load_pack(mini).content_hash
    path = mini / "typing.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_pack(mini).content_hash == before
    edit(mini, "typing.toml", "вода", "вода вода")
    assert load_pack(mini).content_hash != before


def specials(tmp_path: Path) -> list[str]:
    fifo = tmp_path / "pipe.ctpack"
    os.mkfifo(fifo)
    return ["/dev/zero", "/dev/urandom", str(fifo)]


@pytest.mark.parametrize("command", [("pack", "install"), ("pack", "validate"), ("pack", "info"),
                                     ("quiz", "import", "-o", "OUT"), ("pack", "import-ktouch", "-o", "OUT")])
def test_a_device_or_a_fifo_is_refused_at_once_naming_it(tmp_path, command):
    data_dir = tmp_path / "data"
    for path in specials(tmp_path):
        argv = [str(tmp_path / "out") if a == "OUT" else a for a in command]
        start = time.perf_counter()
        result = run_cli("--data-dir", data_dir, *argv, path)
        assert time.perf_counter() - start < 5
        refused_clearly(result, path)
        assert "устройство" in result.err + result.out or "канал" in result.err + result.out
        assert not data_dir.exists() and not (tmp_path / "out").exists()


@pytest.mark.parametrize("argv", [("check",), ("grade-reply", "--customer", "PATH", "--reply", "PATH")])
def test_own_text_from_a_device_or_a_fifo_is_refused_at_once(tmp_path, argv):
    for path in specials(tmp_path):
        args = [path if a == "PATH" else a for a in argv] + ([path] if argv == ("check",) else [])
        result = run_cli(*args)
        assert result.code == 2 and path in result.err, result
        assert "устройство" in result.err or "канал" in result.err


def test_a_fifo_inside_a_pack_folder_is_named_and_not_read(mini):
    os.mkfifo(mini / "notes.txt")
    refused_clearly(run_cli("pack", "validate", mini), "notes.txt", "не обычный файл")
