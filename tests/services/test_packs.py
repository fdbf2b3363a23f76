"""Removing a pack with its results goes through the store, and never writes to a database it does not know."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.drill import Keystroke
from app.core.metrics import summarise
from app.core.records import QuizRecord, TypingRecord
from app.packs.builder import build_pack
from app.services.packs import install_pack, remove_pack
from app.storage import DB_FILENAME, DatabaseCorrupt, DatabaseTooNew, open_store
from tests.packs.conftest import data_dir, mini  # noqa: F401 — fixtures
from tests.packs.helpers import tree_digest


@pytest.fixture
def installed(mini, data_dir, tmp_path):  # noqa: F811
    build_pack(mini, tmp_path / "mini.ctpack")
    install_pack(tmp_path / "mini.ctpack", data_dir)
    return data_dir


def save(store, profile_id, pack_id, keys="аб"):
    log = [Keystroke(0.3 * i, i, ch, ch, True) for i, ch in enumerate(keys)]
    store.attempts.save_typing(profile_id, kind="lesson", pack_id=pack_id, exercise_id="l1", layout="ru",
                               mode="correct", text=keys, started_at="2026-12-01T10:00:00",
                               record=TypingRecord(summary=summarise(log, len(keys)).to_dict()), keystrokes=log,
                               passed=True)
    store.attempts.save_result(profile_id, pack_id=pack_id, exercise_id="q", score=50.0, passed=False,
                               record=QuizRecord(seed=1, order=("a",)), started_at="2026-12-01T10:00:00")


def test_removing_with_results_deletes_every_profiles_attempts_and_their_key_sums(installed):
    with open_store(installed) as store:
        anna, boris = store.profiles.create("Анна").id, store.profiles.create("Борис").id
        save(store, anna, "mini", "аб")
        save(store, boris, "mini", "вг")
        save(store, anna, "other", "де")
    assert remove_pack("mini", installed, keep_results=False) == 4
    assert not (installed / "packs" / "mini").exists()
    with open_store(installed) as store:
        assert [r.pack_id for r in store.attempts.list(anna)] == ["other", "other"]
        assert store.attempts.list(boris) == []
        assert set(store.stats.read_dashboard(anna).layouts["ru"].keys) == {"д", "е"}  # sums follow the rows
        assert store.stats.read_dashboard(boris).layouts == {}


def test_keeping_results_leaves_the_database_alone(installed):
    with open_store(installed) as store:
        save(store, store.profiles.create("Анна").id, "mini")
    before = (installed / DB_FILENAME).read_bytes()
    assert remove_pack("mini", installed) == 0
    assert (installed / DB_FILENAME).read_bytes() == before


@pytest.mark.parametrize("version, error", [(99, DatabaseTooNew), (-3, DatabaseCorrupt)])
def test_a_database_of_unknown_version_is_refused_before_anything_changes(installed, version, error):
    with open_store(installed) as store:
        save(store, store.profiles.create("Анна").id, "mini")
    conn = sqlite3.connect(installed / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = tree_digest(installed)
    with pytest.raises(error):
        remove_pack("mini", installed, keep_results=False)
    assert tree_digest(installed) == before  # the pack and the database are as they were
