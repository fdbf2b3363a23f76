"""Names from a pack shown to the user: control characters escaped, never echoed raw (issue 19 probes)."""

from __future__ import annotations

import zipfile

import pytest

from .conftest import DATA
from .fuzzing import entries_of, zip_of
from .hostile import refused_clearly, run_cli


@pytest.mark.parametrize("name", ["\x00evil.toml", "a\rb.toml", "\x1b]0;title\x07.toml", "\u202egpj.toml"])
def test_an_archive_entry_with_a_control_character_is_named_escaped(tmp_path, name):
    entries = entries_of(zip_of({p.name: p.read_bytes() for p in (DATA / "mini").iterdir()}))
    placeholder = "П" + "P" * (len(name.encode("utf-8")) - 2)  # not ASCII: zipfile marks the names UTF-8
    entries[placeholder] = b"x = 1\n"
    data = zip_of(entries).replace(placeholder.encode(), name.encode("utf-8"))
    file = tmp_path / "x.ctpack"
    file.write_bytes(data)
    with zipfile.ZipFile(file) as zf:
        assert name in [i.orig_filename for i in zf.infolist()]
    result = run_cli("--data-dir", tmp_path / "data", "pack", "install", file)
    refused_clearly(result)
    escaped = name.encode("unicode_escape").decode("ascii")  # «\x00evil.toml», «a\rb.toml», «\u202egpj.toml»
    assert escaped in result.err, result.err
    assert not any(c in result.err for c in "\r\x1b\x00\x07\u202e")
    assert not (tmp_path / "data").exists()
