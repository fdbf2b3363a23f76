"""One set of limits for validate, build and install (issue 19 probes): what install would refuse, validate and build refuse too."""

from __future__ import annotations

import os

from app.packs.limits import MAX_DEPTH

from .hostile import refused_clearly, run_cli
from .test_hostile_generated import check_archive_install


def test_a_file_install_would_call_a_zip_bomb_is_refused_by_validate_and_build(mini, tmp_path):
    (mini / "notes.txt").write_text("ж" * 2_000_000, encoding="utf-8")  # 4 MB that deflate makes 4 KB
    refused_clearly(run_cli("pack", "validate", mini), "notes.txt", "сжатие")
    refused_clearly(run_cli("pack", "build", mini, "-o", tmp_path / "p.ctpack"), "notes.txt", "сжатие")
    assert not (tmp_path / "p.ctpack").exists()
    (mini / "notes.txt").write_bytes(os.urandom(2_000_000))  # a large file that does not compress is fine
    assert run_cli("pack", "build", mini, "-o", tmp_path / "p.ctpack").code == 0
    assert check_archive_install((tmp_path / "p.ctpack").read_bytes()) == "installed"


def test_folders_nested_deeper_than_install_accepts_are_refused_by_validate_and_build(mini, tmp_path):
    deep = mini.joinpath(*["d"] * MAX_DEPTH)
    deep.mkdir(parents=True)
    (deep / "notes.txt").write_text("x", encoding="utf-8")
    refused_clearly(run_cli("pack", "validate", mini), "вложенность папок")
    refused_clearly(run_cli("pack", "build", mini, "-o", tmp_path / "p.ctpack"), "вложенность папок")
    (deep / "notes.txt").rename(deep.parent / "notes.txt")  # one level up: exactly the limit
    assert run_cli("pack", "build", mini, "-o", tmp_path / "p.ctpack").code == 0
    assert check_archive_install((tmp_path / "p.ctpack").read_bytes()) == "installed"


def test_names_differing_only_in_case_are_refused_by_validate_as_by_install(mini):
    (mini / "Notes.txt").write_text("a", encoding="utf-8")
    (mini / "notes.txt").write_text("b", encoding="utf-8")
    refused_clearly(run_cli("pack", "validate", mini), "только регистром")
