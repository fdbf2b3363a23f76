"""Read-only readers: opened on the database path inside a worker thread, they read and cannot write."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from storage_helpers import save_attempt

from app.storage import SaveError, StorageError, open_reader


def test_a_worker_reads_through_its_own_reader(store, profile):
    save_attempt(store, profile.id, 50)

    def work():
        with open_reader(store.path) as reader:
            return ([r.exercise_id for r in reader.attempts.list(profile.id)],
                    set(reader.stats.read_dashboard(profile.id).layouts))

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(work).result() == (["ex-1"], {"ru"})


def test_a_reader_cannot_write(store, profile):
    save_attempt(store, profile.id, 50)
    with open_reader(store.path) as reader, pytest.raises(SaveError, match="только для чтения"):
        reader.attempts.delete_pack("ru-basic")
    assert store.attempts.count(profile.id) == 1


def test_a_missing_database_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError):
        open_reader(tmp_path / "нет.sqlite3").attempts.list(1)
