"""The store's connections: WAL and synced commits, read-only readers that leave no files, one
transaction per write that is rolled back whole on failure."""

from __future__ import annotations

import sqlite3

import pytest

from app.storage import DB_FILENAME, SaveError, StorageError
from app.storage.connection import connect_read_only, reading, writing


def test_pragmas(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failed_write_is_rolled_back_whole_and_said_in_russian(store, profile):
    with pytest.raises(SaveError) as err:
        with writing(store.db, "сохранить попытку") as conn:
            conn.execute("UPDATE profiles SET name = 'Борис' WHERE id = ?", (profile.id,))
            conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert str(err.value).startswith("Не удалось сохранить попытку: ")
    assert str(err.value).endswith("Всё, что было сохранено раньше, на месте.")
    assert [p.name for p in store.profiles.list()] == ["Анна"]


def test_a_read_only_connection_of_a_closed_store_creates_no_file_and_cannot_write(data_dir, store, profile):
    store.close()
    before = sorted(p.name for p in data_dir.iterdir())
    conn = connect_read_only(data_dir / DB_FILENAME)
    assert conn.execute("SELECT name FROM profiles").fetchall() == [("Анна",)]
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM profiles")
    conn.close()
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_a_failed_read_is_a_storage_error():
    @reading
    def broken():
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(StorageError, match="^Не удалось прочитать данные тренажёра: "):
        broken()
