"""Making pack archives by hand, hostile ones included; editing a pack folder and listing its errors."""

from __future__ import annotations

import hashlib
import struct
import zipfile
from pathlib import Path

import pytest

from app.packs.installer import install_pack
from app.packs.loader import validate_pack
from app.packs.names import printable
from app.packs.problems import PackError


def folder_entries(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def write_zip(path: Path, entries: dict[str, bytes], *, modes: dict[str, int] | None = None,
              compress: int = zipfile.ZIP_DEFLATED) -> Path:
    modes = modes or {}
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = modes.get(name, 0o100644) << 16
            info.compress_type = compress
            zf.writestr(info, data)
    return path


def patch_central(path: Path, name: str, *, flag: int | None = None, size: int | None = None) -> None:
    """Rewrite the general-purpose flag or the uncompressed size of ``name`` in both headers."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    for sig, flag_at, size_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 22, 26, 30),
                                                        (b"PK\x01\x02", 8, 24, 28, 46)):
        start = 0
        while (pos := raw.find(sig, start)) >= 0:
            start = pos + 4
            n = struct.unpack_from("<H", raw, pos + name_len_at)[0]
            if bytes(raw[pos + name_at: pos + name_at + n]) != encoded:
                continue
            if flag is not None:
                struct.pack_into("<H", raw, pos + flag_at, flag)
            if size is not None:
                struct.pack_into("<I", raw, pos + size_at, size)
    path.write_bytes(bytes(raw))


def tree_digest(folder: Path) -> str:
    """A digest of every path and byte under ``folder`` (to prove it was left untouched)."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(p.relative_to(folder).as_posix().encode() + b"\0")
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(folder: Path) -> list[str]:
    return [str(p) for p in validate_pack(folder).errors]


def hostile(mini: Path, tmp_path: Path, extra: dict[str, bytes], *, replace: bool = True, **kw) -> Path:
    """A zip of mini (as version 9.0.0, so it would replace the installed one) plus ``extra``."""
    entries = folder_entries(mini)
    entries["pack.toml"] = entries["pack.toml"].replace(b'version = "1.0.0"', b'version = "9.0.0"')
    entries.update(extra)
    return write_zip(tmp_path / "hostile.ctpack", entries, **kw)


def refused(file: Path, data_dir: Path, entry: str, words: str) -> None:
    with pytest.raises(PackError) as info:
        install_pack(file, data_dir)
    text = str(info.value)
    shown = printable(entry)  # a control character in a name is shown escaped, never echoed raw
    assert shown in text and words in text, text
    report = validate_pack(file)
    assert report.errors and any(shown in str(p) for p in report.errors)
