"""Mutations of a valid pack archive, shared by the fuzz test and tests/bench/fuzz_packs.py."""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from pathlib import Path

from hypothesis import strategies as st

from app.packs.builder import build_pack
from app.packs.installer import install_pack
from app.packs.problems import PackError

from .conftest import DATA

_SEED_BYTES: bytes | None = None


def seed_archive() -> bytes:
    """The bytes of the mini pack built into a .ctpack (built once per process)."""
    global _SEED_BYTES
    if _SEED_BYTES is None:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "mini.ctpack"
            build_pack(DATA / "mini", out)
            _SEED_BYTES = out.read_bytes()
    return _SEED_BYTES


def entries_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def zip_of(entries: dict[str, bytes], modes: dict[str, int] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (modes or {}).get(name, 0o100644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


NAMES = ["pack.toml", "typing.toml", "grammar.toml", "correspondence.toml", "quiz.toml"]
HOSTILE_PARTS = ["..", "../", "/", "\\", "C:", "c:\\", ".", "./", "//", "~", "\x00", "ё", "pack.toml",
                 "a" * 300, "x.py", ".hidden", "__MACOSX/", "sub/", "TYPING.TOML"]
LITERALS = ['""', '"x"', '"ID"', '"../etc"', '" "', "0", "-1", "1e309", "nan", "inf", "3.5", "true",
            "[]", '["a", 1]', "[[]]", "{}", "{ a = 1 }", '"""\nмного\nстрок"""', "1979-05-27",
            '"😀"', '"\\u0000"', '"' + "я" * 200 + '"', "9999999999999999999", '"single"', '"ru"', '"en"']


@st.composite
def mutated(draw) -> bytes:
    seed = seed_archive()
    how = draw(st.sampled_from(["bytes", "text", "value", "name", "mode", "extra"]))
    if how == "bytes":
        data = bytearray(seed)
        for _ in range(draw(st.integers(1, 8))):
            op = draw(st.sampled_from(["flip", "cut", "insert"]))
            pos = draw(st.integers(0, max(len(data) - 1, 0)))
            if op == "flip" and data:
                data[pos] ^= draw(st.integers(1, 255))
            elif op == "cut":
                del data[pos: pos + draw(st.integers(1, 64))]
            else:
                data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        return bytes(data)
    entries = entries_of(seed)
    if how == "text":
        name = draw(st.sampled_from(NAMES))
        text = entries[name].decode("utf-8")
        pos = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:pos] + draw(st.text(max_size=20)) + text[pos:]
        else:
            text = text[:pos] + text[pos + draw(st.integers(1, 40)):]
        entries[name] = text.encode("utf-8", "surrogatepass")
    elif how == "value":
        name = draw(st.sampled_from(NAMES))
        lines = entries[name].decode("utf-8").split("\n")
        keyed = [i for i, line in enumerate(lines) if re.match(r"^[\w\"-]+\s*=", line)]
        if keyed:
            i = draw(st.sampled_from(keyed))
            key = lines[i].split("=", 1)[0]
            lines[i] = key + "= " + draw(st.sampled_from(LITERALS))
        entries[name] = "\n".join(lines).encode("utf-8")
    elif how == "name":
        old = draw(st.sampled_from(sorted(entries)))
        new = "".join(draw(st.lists(st.sampled_from(HOSTILE_PARTS), min_size=1, max_size=4))) + draw(
            st.sampled_from(["", ".toml", old]))
        entries[new] = entries.pop(old)
    elif how == "mode":
        name = draw(st.sampled_from(sorted(entries)))
        mode = draw(st.sampled_from([0o120777, 0o040755, 0o010644, 0o020644, 0o100777, 0]))
        return zip_of(entries, {name: mode})
    else:
        name = draw(st.sampled_from(["notes.txt", "img.png", "evil.sh", "sub/deep/x.toml", "pack.toml"]))
        entries[name] = draw(st.binary(max_size=200))
    return zip_of(entries)


def check_one(data: bytes) -> str:
    """Install ``data``; return "ok" or "refused"; fail on anything else or a file outside data_dir."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        file = root / "in.ctpack"
        file.write_bytes(data)
        data_dir = root / "data"
        try:
            pack = install_pack(file, data_dir)
            outcome = "ok"
            assert pack.path == data_dir / "packs" / pack.id
        except PackError as exc:
            assert exc.problems and all(str(p) for p in exc.problems)
            outcome = "refused"
        found = []
        for dirpath, dirs, files in os.walk(root):
            for name in files + dirs:
                found.append(Path(dirpath, name).relative_to(root).as_posix())
        outside = [p for p in found if p != "in.ctpack" and p != "data" and not p.startswith("data/")]
        assert not outside, outside
        leftovers = [p for p in found if p.startswith("data/packs/.")]
        assert not leftovers, leftovers
        if outcome == "refused":
            assert [p for p in found if p.startswith("data/packs/")] == []
        return outcome
