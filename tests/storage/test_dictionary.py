"""The personal dictionary: per profile, normalised, bad words refused, kept across reopening."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.grammar.known_words import MAX_WORD_CHARS
from app.storage import open_store
from app.storage.location import DB_FILENAME


def test_words_are_added_normalised_listed_and_removed(store, profile):
    assert store.dictionary.add(profile.id, "  Ёлкин ") == "ёлкин"
    store.dictionary.add(profile.id, "МегаФон")
    store.dictionary.add(profile.id, "ёлкин")  # again: still one entry
    assert store.dictionary.words(profile.id) == ["ёлкин", "мегафон"]
    assert store.dictionary.remove(profile.id, "ЁЛКИН") is True
    assert store.dictionary.remove(profile.id, "ёлкин") is False
    assert store.dictionary.words(profile.id) == ["мегафон"]


def test_each_profile_has_its_own_words(store, profile):
    other = store.profiles.create("Борис")
    store.dictionary.add(profile.id, "тарифчик")
    assert store.dictionary.words(other.id) == []
    store.profiles.delete(profile.id)
    assert store.db.execute("SELECT count(*) FROM dictionary_words").fetchone()[0] == 0


@pytest.mark.parametrize("word, says", [
    ("", "Пустое слово"), ("   ", "Пустое слово"), ("два слова", "не одно слово"),
    ("сло\tво", "не одно слово"), ("я" * (MAX_WORD_CHARS + 1), "слишком длинное"), ("123", "нет ни одной буквы"),
])
def test_a_word_that_is_not_one_is_refused_plainly_and_nothing_is_stored(store, profile, word, says):
    store.dictionary.add(profile.id, "оставить")
    with pytest.raises(ValueError, match=says):
        store.dictionary.add(profile.id, word)
    assert store.dictionary.words(profile.id) == ["оставить"]


def test_words_survive_reopening(data_dir, store, profile):
    store.dictionary.add(profile.id, "Wildberries")
    store.close()
    with open_store(data_dir) as again:
        assert again.dictionary.words(profile.id) == ["wildberries"]


def test_a_database_of_the_previous_version_gets_the_dictionary(data_dir, store, profile):
    store.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    conn.execute("DROP TABLE dictionary_words")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with open_store(data_dir) as again:
        assert again.dictionary.add(profile.id, "озон") == "озон"
        assert again.profiles.get(profile.id).name == "Анна"
