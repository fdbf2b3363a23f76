"""Opening the store: data kept across openings, databases it must not touch refused untouched, a damaged one set aside."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from storage_helpers import save_attempt, sha256

from app.storage import DB_FILENAME, DatabaseCorrupt, DatabaseTooNew, open_store, set_aside_corrupt
from app.storage.migrations import LATEST, migrate


def _files(directory):
    """Name → sha256 of every file in a directory except the -shm index, which holds no data."""
    return {p.name: sha256(p) for p in directory.iterdir() if not p.name.endswith("-shm")}


def test_reopen_is_idempotent_and_keeps_data(data_dir):
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна")
        attempt_id = save_attempt(store, profile.id)
    before = sha256(data_dir / DB_FILENAME)
    with open_store(data_dir) as store:
        assert migrate(store.db.conn) == 0
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert [a.id for a in store.attempts.list(profile.id)] == [attempt_id]
    assert sha256(data_dir / DB_FILENAME) == before


def _bump_version(path, version):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_too_new_database_is_refused_untouched(data_dir):
    with open_store(data_dir) as store:
        save_attempt(store, store.profiles.create("Анна").id)
    _bump_version(data_dir / DB_FILENAME, LATEST + 1)
    before = _files(data_dir)
    with pytest.raises(DatabaseTooNew) as info:
        open_store(data_dir)
    assert info.value.found_version == LATEST + 1
    assert info.value.supported_version == LATEST
    message = str(info.value)
    assert "более новой версией" in message and str(data_dir / DB_FILENAME) in message
    assert _files(data_dir) == before  # no byte changed, no -wal left behind


def test_too_new_database_with_unmerged_log_is_refused_untouched(data_dir, tmp_path):
    """The version bump lives only in the -wal file, as after a crash of a newer program."""
    open_store(data_dir).close()
    live = tmp_path / "live"
    shutil.copytree(data_dir, live)
    writer = sqlite3.connect(live / DB_FILENAME)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute(f"PRAGMA user_version = {LATEST + 1}")
    writer.commit()
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):  # copy while the writer still holds the log
        shutil.copy(live / name, data_dir / name)
    writer.close()
    assert (data_dir / (DB_FILENAME + "-wal")).stat().st_size > 0
    before = _files(data_dir)
    with pytest.raises(DatabaseTooNew):
        open_store(data_dir)
    assert _files(data_dir) == before


def test_random_bytes_are_refused_untouched(data_dir):
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(os.urandom(8192))
    before = _files(data_dir)
    with pytest.raises(DatabaseCorrupt) as info:
        open_store(data_dir)
    assert info.value.path == data_dir / DB_FILENAME
    assert "повреждён" in str(info.value)
    assert _files(data_dir) == before


def test_truncated_database_is_refused_untouched(data_dir):
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна")
        for seed in range(40):
            save_attempt(store, profile.id, seed=seed)
    db_file = data_dir / DB_FILENAME
    data = db_file.read_bytes()
    db_file.write_bytes(data[: len(data) // 2])
    before = _files(data_dir)
    with pytest.raises(DatabaseCorrupt):
        open_store(data_dir)
    assert _files(data_dir) == before


def test_another_programs_database_is_refused(data_dir):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseCorrupt, match="другой программы"):
        open_store(data_dir)


def test_set_aside_keeps_the_file_and_a_fresh_store_opens(data_dir):
    data_dir.mkdir()
    junk = os.urandom(4096)
    db_file = data_dir / DB_FILENAME
    db_file.write_bytes(junk)
    (data_dir / (DB_FILENAME + "-wal")).write_bytes(b"log")
    with pytest.raises(DatabaseCorrupt) as info:
        open_store(data_dir)
    kept = set_aside_corrupt(info.value.path)
    assert kept.parent == data_dir
    assert kept.name.startswith(DB_FILENAME + ".corrupt-")
    assert kept.read_bytes() == junk
    assert (data_dir / (kept.name + "-wal")).read_bytes() == b"log"
    assert not db_file.exists()
    with open_store(data_dir) as store:
        assert store.profiles.list() == []


def test_set_aside_never_overwrites(data_dir):
    data_dir.mkdir()
    db_file = data_dir / DB_FILENAME
    kept = []
    for content in (b"first", b"second", b"third"):
        db_file.write_bytes(content)
        kept.append(set_aside_corrupt(db_file))
    assert len(set(kept)) == 3
    assert [p.read_bytes() for p in kept] == [b"first", b"second", b"third"]


def test_a_new_database_appears_whole_and_a_killed_start_leaves_nothing_behind(tmp_path):
    """Created beside its place and moved in: a start killed half-way leaves no empty file to refuse."""
    from app.storage import open_store
    data = tmp_path / "data"
    data.mkdir()
    (data / "trainer.sqlite3.new-99999").write_bytes(b"")  # what a start killed while creating leaves
    with open_store(data) as store:
        assert store.profiles.list() == []
    assert (data / "trainer.sqlite3").stat().st_size > 0
    assert not [p.name for p in data.iterdir() if ".new-" in p.name]
    with open_store(data) as store:  # and it opens again as a database, not as a damaged file
        assert store.profiles.list() == []
