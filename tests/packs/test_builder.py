"""Building a pack file: the same folder always gives the same bytes; a broken folder gives no file."""

import zipfile

import pytest

from app.packs.builder import build_pack
from app.packs.problems import PackError


def test_build_is_reproducible(mini, tmp_path):
    a, b = tmp_path / "a.ctpack", tmp_path / "b.ctpack"
    build_pack(mini, a)
    for p in mini.rglob("*"):  # new times and CRLF line ends change nothing
        p.write_bytes(p.read_bytes().replace(b"\n", b"\r\n"))
    build_pack(mini, b)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_build_refuses_broken_folder(mini, tmp_path):
    (mini / "grammar.toml").write_text("[[item]]\nid = 'X'\n", encoding="utf-8")
    with pytest.raises(PackError) as info:
        build_pack(mini, tmp_path / "out.ctpack")
    assert any(p.file == "grammar.toml" and p.field == "item[1].id" for p in info.value.problems)
    assert not (tmp_path / "out.ctpack").exists()
