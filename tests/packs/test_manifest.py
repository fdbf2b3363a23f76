"""The manifest: a newer format is refused plainly; an id must end where it appears to."""

from __future__ import annotations

from app.packs.manifest import FORMAT_VERSION

from .helpers import edit, errors
from .hostile import FAILED, refused_clearly, run_cli


def test_newer_format_is_refused_plainly(mini):
    edit(mini, "pack.toml", "format = 1", f"format = {FORMAT_VERSION + 1}")
    [problem] = errors(mini)
    assert problem.startswith("pack.toml:1: format: ") and "обновите программу" in problem


def test_an_id_ending_in_a_newline_is_refused(mini, tmp_path):
    pack_toml = mini / "pack.toml"
    pack_toml.write_text(pack_toml.read_text(encoding="utf-8").replace('id = "mini"', 'id = "mini\\n"'),
                         encoding="utf-8")
    refused_clearly(run_cli("pack", "validate", mini), "pack.toml:2: id")
    refused_clearly(run_cli("--data-dir", tmp_path / "data", "pack", "remove", "mini\n", "--yes"), "недопустимый id",
                    code=FAILED)
