"""The pack probes of issue 19, one by one: each ends at once in a clear refusal naming the file, and leaves
nothing behind (the generated cases are in test_hostile_generated.py)."""

from __future__ import annotations

import os
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from app.packs.builder import build_pack
from app.packs.limits import MAX_DEPTH, MAX_TOML_DEPTH, MAX_TOML_KEY_PARTS
from app.packs.loader import validate_pack
from app.packs.toml_guard import scan_toml
from app.storage import DB_FILENAME, open_store

from .conftest import DATA
from .fuzzing import entries_of, zip_of
from .hostile import dotted, nested, refused_clearly, run_cli, tree
from .test_hostile_generated import check_archive_install


def add(folder: Path, name: str, text: str) -> None:
    with open(folder / name, "a", encoding="utf-8") as f:
        f.write("\n" + text)


# ---------------------------------------------------------------- TOML bounded before parsing

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


# ---------------------------------------------------------------- only regular files

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


# ---------------------------------------------------------------- one set of limits for validate, build, install

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


# ---------------------------------------------------------------- ids and names

def test_an_id_ending_in_a_newline_is_refused(mini, tmp_path):
    pack_toml = mini / "pack.toml"
    pack_toml.write_text(pack_toml.read_text(encoding="utf-8").replace('id = "mini"', 'id = "mini\\n"'),
                         encoding="utf-8")
    refused_clearly(run_cli("pack", "validate", mini), "pack.toml:2: id")
    refused_clearly(run_cli("--data-dir", tmp_path / "data", "pack", "remove", "mini\n", "--yes"), "недопустимый id")


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


# ---------------------------------------------------------------- installs: nothing left behind

def test_a_refused_install_into_a_fresh_data_dir_leaves_no_folder(tmp_path):
    bad = tmp_path / "bad.ctpack"
    bad.write_bytes(b"not a zip")
    data_dir = tmp_path / "new" / "data"
    refused_clearly(run_cli("--data-dir", data_dir, "pack", "install", bad))
    assert not (tmp_path / "new").exists()


def test_an_interrupted_install_is_cleaned_up_at_the_next_start(tmp_path):
    data_dir = tmp_path / "data"
    build_pack(DATA / "mini", tmp_path / "mini.ctpack")
    assert run_cli("--data-dir", data_dir, "pack", "install", tmp_path / "mini.ctpack").code == 0
    packs = data_dir / "packs"
    before = tree(packs / "mini")
    # killed while unpacking; killed between moving the old version aside and moving the new one in;
    # killed while removing
    (packs / ".install-a1" / "pack").mkdir(parents=True)
    (packs / ".install-a1" / "pack" / "half.toml").write_text("x = ", encoding="utf-8")
    (packs / ".install-b2").mkdir()
    (packs / "mini").rename(packs / ".install-b2" / "old")
    (packs / ".remove-x-c3" / "sub").mkdir(parents=True)
    listed = run_cli("--data-dir", data_dir, "pack", "list")
    assert listed.code == 0 and "mini" in listed.out
    assert sorted(p.name for p in packs.iterdir()) == ["mini"]
    assert tree(packs / "mini") == before


def test_the_window_cleans_up_an_interrupted_install_when_it_opens_the_store(tmp_path):
    from app.services.packs import recover_interrupted
    (tmp_path / "packs" / ".install-zz" / "pack").mkdir(parents=True)
    recover_interrupted(tmp_path)
    assert list((tmp_path / "packs").iterdir()) == []
    source = (Path(__file__).parents[2] / "app" / "ui" / "application.py").read_text(encoding="utf-8")
    assert "recover_interrupted(store.data_dir)" in source


# ---------------------------------------------------------------- remove --delete-progress

@pytest.fixture
def with_results(tmp_path):
    """A data dir with mini installed and two attempts on it; returns (data_dir, count of attempts)."""
    from .hostile import data_dir_template
    data_dir = tmp_path / "data"
    for rel, data in data_dir_template().items():
        (data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (data_dir / rel).write_bytes(data)

    def attempts() -> int:
        conn = sqlite3.connect(f"{(data_dir / DB_FILENAME).as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM attempts WHERE pack_id = 'mini'").fetchone()[0]
        finally:
            conn.close()
    return data_dir, attempts


@pytest.mark.parametrize("version", [9999, -1, -2**31, 2**31 - 1])
def test_removal_with_a_database_of_unknown_or_newer_version_changes_nothing(with_results, version):
    data_dir, _ = with_results
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = tree(data_dir)
    result = run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes", "--delete-progress")
    refused_clearly(result, "Пакет не удалён", "версии" if version > 0 else "неизвестная версия схемы")
    assert tree(data_dir) == before


def test_removal_when_the_results_cannot_be_deleted_keeps_the_pack(with_results, monkeypatch):
    data_dir, attempts = with_results
    before = tree(data_dir / "packs")

    def full(conn):  # the disk fills up half-way through the transaction that deletes the results
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr("app.storage.aggregates.rebuild", full)
    result = run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes", "--delete-progress")
    refused_clearly(result, "Пакет не удалён", "Всё, что было сохранено раньше, на месте")
    assert tree(data_dir / "packs") == before and attempts() == 2
    monkeypatch.undo()
    result = run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes", "--delete-progress")
    assert result.code == 0 and "удалено попыток: 2" in result.out
    assert attempts() == 0 and not (data_dir / "packs" / "mini").exists()


def test_removal_keeping_results_does_not_need_the_database(with_results):
    data_dir, attempts = with_results
    (data_dir / DB_FILENAME).write_bytes(b"garbage")
    assert run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes").code == 0
    assert (data_dir / DB_FILENAME).read_bytes() == b"garbage"


def test_the_store_still_opens_after_a_refused_removal(with_results, monkeypatch):
    data_dir, _ = with_results
    monkeypatch.setattr("app.storage.aggregates.rebuild", lambda conn: (_ for _ in ()).throw(
        sqlite3.OperationalError("attempt to write a readonly database")))
    refused_clearly(run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes", "--delete-progress"))
    monkeypatch.undo()
    with open_store(data_dir) as store:
        assert store.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 3
