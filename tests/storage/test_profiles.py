"""Profiles and settings."""

from __future__ import annotations

import pytest
from storage_helpers import save_attempt

from app.storage import Profile


def test_create_list_get(store):
    boris = store.profiles.create("  Борис  ")
    anna = store.profiles.create("анна")
    assert boris.name == "Борис" and boris.created
    assert store.profiles.list() == [anna, boris]  # by name, case-insensitively
    assert store.profiles.get(boris.id) == boris
    assert store.profiles.get(9999) is None


@pytest.mark.parametrize("name, message", [
    ("", "Введите имя профиля"),
    ("   \t ", "Введите имя профиля"),
    ("я" * 61, "не больше 60 знаков"),
    ("Анна\x00", "служебные символы"),
])
def test_create_rejects_bad_names(store, name, message):
    with pytest.raises(ValueError, match=message):
        store.profiles.create(name)
    assert store.profiles.list() == []


def test_name_whitespace_is_collapsed_and_60_chars_fit(store):
    assert store.profiles.create("Анна \n Петрова").name == "Анна Петрова"
    assert len(store.profiles.create("я" * 60).name) == 60


def test_duplicates_are_refused_case_insensitively(store):
    store.profiles.create("Ёжик")
    for name in ("Ёжик", "ЁЖИК", " ёжик "):
        with pytest.raises(ValueError, match="уже есть"):
            store.profiles.create(name)
    assert len(store.profiles.list()) == 1


def test_rename(store):
    anna = store.profiles.create("Анна")
    store.profiles.create("Борис")
    assert store.profiles.rename(anna.id, "АННА") == Profile(anna.id, "АННА", anna.created)
    with pytest.raises(ValueError, match="уже есть"):
        store.profiles.rename(anna.id, "борис")
    with pytest.raises(ValueError, match="Такого профиля нет"):
        store.profiles.rename(9999, "Вера")
    assert [p.name for p in store.profiles.list()] == ["АННА", "Борис"]


def test_delete_cascades(store):
    anna = store.profiles.create("Анна")
    boris = store.profiles.create("Борис")
    save_attempt(store, anna.id, seed=1)
    save_attempt(store, anna.id, seed=2)
    kept = save_attempt(store, boris.id, seed=3)
    store.settings.set("theme", "dark", profile_id=anna.id)
    store.settings.set("theme", "light", profile_id=boris.id)
    store.profiles.set_current(anna.id)

    store.profiles.delete(anna.id)

    assert store.profiles.list() == [boris]
    assert store.profiles.current() is None
    assert store.attempts.count(anna.id) == 0
    assert store.db.execute("SELECT count(*) FROM settings WHERE profile_id = ?", (anna.id,)).fetchone()[0] == 0
    assert store.db.execute("SELECT DISTINCT attempt_id FROM keystrokes").fetchall() == [(kept,)]
    assert store.settings.get("theme", profile_id=boris.id) == "light"
    with pytest.raises(ValueError, match="Такого профиля нет"):
        store.profiles.delete(anna.id)


def test_current_profile(store):
    assert store.profiles.current() is None
    anna = store.profiles.create("Анна")
    store.profiles.set_current(anna.id)
    assert store.profiles.current() == anna
    assert store.settings.get("current_profile") == anna.id
    with pytest.raises(ValueError):
        store.profiles.set_current(9999)
    assert store.profiles.current() == anna


def test_current_profile_survives_reopen(data_dir):
    from app.storage import open_store
    with open_store(data_dir) as store:
        anna = store.profiles.create("Анна")
        store.profiles.set_current(anna.id)
    with open_store(data_dir) as store:
        assert store.profiles.current() == anna


def test_settings_scopes_and_values(store, profile):
    store.settings.set("layout", "ru")
    store.settings.set("layout", "en", profile_id=profile.id)
    store.settings.set("thresholds", {"cpm": 180, "accuracy": 97.5, "имя": "«ёлка»"}, profile_id=profile.id)
    assert store.settings.get("layout") == "ru"
    assert store.settings.get("layout", profile_id=profile.id) == "en"
    assert store.settings.get("missing", default=[1]) == [1]
    store.settings.set("layout", "ru-phonetic")  # overwrite, not a second row
    assert store.settings.all() == {"layout": "ru-phonetic"}
    assert store.settings.all(profile.id) == {
        "layout": "en", "thresholds": {"cpm": 180, "accuracy": 97.5, "имя": "«ёлка»"}}
    for value in (None, False, 0, "", [], {"a": [1, 2.5, None]}):
        store.settings.set("v", value)
        assert store.settings.get("v", default="unset") == value


def test_setting_spoiled_by_hand_reads_as_unset(store):
    store.settings.set("volume", 3)
    store.db.execute("UPDATE settings SET value = 'not json' WHERE key = 'volume'")
    assert store.settings.get("volume", default=5) == 5
    assert store.settings.all() == {}
