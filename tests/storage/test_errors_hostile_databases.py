"""Databases the probes of issue 19 damaged: refused or reported clearly, never changed, never a traceback."""

from __future__ import annotations

import sqlite3

import pytest
from storage_helpers import save_attempt, sha256

from app.cli import main
from app.storage import DB_FILENAME, DatabaseCorrupt, StorageError, open_store


def _files(directory):
    return {p.name: sha256(p) for p in directory.iterdir() if not p.name.endswith("-shm")}


@pytest.mark.parametrize("version", [-1, -2**31])
def test_a_negative_schema_version_is_refused_and_the_file_left_as_it_is(data_dir, version):
    with open_store(data_dir) as store:
        save_attempt(store, store.profiles.create("Анна").id)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = _files(data_dir)
    with pytest.raises(DatabaseCorrupt, match=f"неизвестная версия схемы {version}"):
        open_store(data_dir)
    assert _files(data_dir) == before


def test_an_empty_database_file_is_reported_not_silently_replaced(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / DB_FILENAME).write_bytes(b"")
    with pytest.raises(DatabaseCorrupt, match="файл пуст"):
        open_store(data_dir)
    assert (data_dir / DB_FILENAME).stat().st_size == 0


def _undecodable_keystroke(data_dir):
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна")
        store.profiles.set_current(profile.id)
        save_attempt(store, profile.id, n=20)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    conn.execute("UPDATE keystrokes SET typed = CAST(X'D0' AS TEXT) WHERE seq = 3")  # half a Cyrillic letter
    conn.commit()
    conn.close()


def test_a_text_value_that_is_not_utf8_stops_the_read_with_a_clear_error(data_dir):
    _undecodable_keystroke(data_dir)
    with open_store(data_dir) as store:
        [attempt] = store.attempts.list(store.profiles.current().id)
        with pytest.raises(StorageError, match="не читается как UTF-8"):
            list(store.attempts.keystroke_batches(attempt.id))


def test_export_of_such_a_database_says_so_and_writes_nothing(data_dir, tmp_path, capsys):
    _undecodable_keystroke(data_dir)
    out = tmp_path / "export.json"
    assert main(["--data-dir", str(data_dir), "export", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "не читается как UTF-8" in err and "Traceback" not in err
    assert not out.exists()
