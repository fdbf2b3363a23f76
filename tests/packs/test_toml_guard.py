"""TOML bounded before parsing (issue 19 probes): too many key parts, too deep, too long keys are refused at once, naming the file and line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.packs.limits import MAX_TOML_DEPTH, MAX_TOML_KEY_PARTS
from app.packs.toml_guard import scan_toml

from .conftest import DATA
from .hostile import dotted, nested, refused_clearly, run_cli


def add(folder: Path, name: str, text: str) -> None:
    with open(folder / name, "a", encoding="utf-8") as f:
        f.write("\n" + text)


@pytest.mark.parametrize("parts", [40_000, 100_000])
def test_a_key_of_many_dotted_parts_is_refused_at_once(mini, parts):
    add(mini, "quiz.toml", dotted(parts))  # 48 s and 9.4 GB, or MemoryError, before
    start = time.perf_counter()
    result = run_cli("pack", "validate", mini)
    assert time.perf_counter() - start < 5
    refused_clearly(result, "quiz.toml:", f"больше {MAX_TOML_KEY_PARTS}")


def test_a_table_a_million_parts_deep_is_refused_at_once(mini):
    add(mini, "pack.toml", "[x]\n" + "a." * 1_000_000 + "a = 1\n")
    line = (mini / "pack.toml").read_text(encoding="utf-8").count("\n")
    refused_clearly(run_cli("pack", "validate", mini), f"pack.toml:{line}:", "частей через точку")


def test_brackets_nested_too_deep_are_refused_with_their_line(mini):
    add(mini, "typing.toml", nested(MAX_TOML_DEPTH + 1))
    refused_clearly(run_cli("pack", "validate", mini), "typing.toml:", "вложенность скобок")


def test_a_key_too_long_is_refused(mini):
    add(mini, "grammar.toml", "k" * 5000 + " = 1\n")
    refused_clearly(run_cli("pack", "validate", mini), "grammar.toml:", "слишком длинный ключ")


@pytest.mark.parametrize("text", [
    'x = "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.A.B.C.D.E.F.G.H [[[[{{{{"\n',
    "x = '''\n" + "[" * 100 + "a." * 100 + "\n'''\n",
    'x = """\n' + "{" * 100 + '\\"""' + "]" * 100 + '\n"""\n',
    "# " + "a." * 100 + "[" * 100 + "\n",
    "x = [" + ", ".join(["1.5"] * 1000) + "]\n",
    "t = { a.b.c = 1, d = [[1], [2]], e = {} }\n",
    "[[course.lesson]]\n'quoted.key'.\"другой.ключ\" = 1\n",
])
def test_the_scan_counts_only_keys_and_brackets_outside_strings_and_comments(text):
    assert scan_toml(text) is None


def test_the_scan_names_the_line():
    assert scan_toml('a = 1\nb = """\nмного\nстрок\n"""\n' + dotted(100))[0] == 6


def test_every_builtin_and_test_pack_passes_the_scan():
    from app.core import paths
    files = [*paths.EXERCISES.rglob("*.toml"), *DATA.rglob("*.toml")]
    assert files
    assert [f for f in files if scan_toml(f.read_text(encoding="utf-8")) is not None] == []
