"""The manifest: a newer format is refused plainly."""

from app.packs.manifest import FORMAT_VERSION

from .helpers import edit, errors


def test_newer_format_is_refused_plainly(mini):
    edit(mini, "pack.toml", "format = 1", f"format = {FORMAT_VERSION + 1}")
    [problem] = errors(mini)
    assert problem.startswith("pack.toml:1: format: ") and "обновите программу" in problem
