"""Install and remove leave nothing behind (issue 19 probes): a refused or interrupted install, a removal whose results cannot be deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.packs.builder import build_pack
from app.storage import DB_FILENAME, open_store

from .conftest import DATA
from .hostile import FAILED, refused_clearly, run_cli, tree


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
    refused_clearly(result, "Пакет не удалён", "версии" if version > 0 else "неизвестная версия схемы",
                    code=FAILED)
    assert tree(data_dir) == before


def test_removal_when_the_results_cannot_be_deleted_keeps_the_pack(with_results, monkeypatch):
    data_dir, attempts = with_results
    before = tree(data_dir / "packs")

    def full(conn):  # the disk fills up half-way through the transaction that deletes the results
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr("app.storage.aggregates.rebuild", full)
    result = run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes", "--delete-progress")
    refused_clearly(result, "Пакет не удалён", "Всё, что было сохранено раньше, на месте", code=FAILED)
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
    refused_clearly(run_cli("--data-dir", data_dir, "pack", "remove", "mini", "--yes", "--delete-progress"),
                    code=FAILED)
    monkeypatch.undo()
    with open_store(data_dir) as store:
        assert store.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 3
