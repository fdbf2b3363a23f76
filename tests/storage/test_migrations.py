"""Migrations: a new database gets every one; a failed one is rolled back whole."""

from __future__ import annotations

import sqlite3

import pytest

from app.storage import DB_FILENAME, StorageError, migrations, open_store
from app.storage.migrations import LATEST


def test_new_database_gets_every_migration(data_dir):
    with open_store(data_dir) as store:
        assert store.path == data_dir / DB_FILENAME
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert {"profiles", "settings", "attempts", "keystrokes"} <= set(store.db.table_names())
        index_columns = [row[2] for row in store.db.execute("PRAGMA index_info(attempts_exercise)")]
        assert index_columns == ["profile_id", "pack_id", "exercise_id"]
        keystroke_key = [row[1] for row in store.db.execute("PRAGMA table_info(keystrokes)") if row[5]]
        assert keystroke_key[0] == "attempt_id"


def test_failed_migration_is_rolled_back(data_dir, monkeypatch):
    open_store(data_dir).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS,
                                                   "CREATE TABLE extra (x); INSERT INTO missing VALUES (1);"])
    monkeypatch.setattr(migrations, "LATEST", LATEST + 1)
    with pytest.raises(StorageError, match="Не удалось обновить базу данных"):
        open_store(data_dir)
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    conn.close()
