"""The personal dictionary: words a profile has added («Добавить в словарь»), never reported as
misspelt for that profile. Words are stored as :func:`app.core.grammar.known_words.normalise_word`
gives them (lower case, ё kept); one row per profile and word."""

from __future__ import annotations

from app.core.grammar.known_words import normalise_word
from app.storage.connection import now, reading, writing
from app.storage.sqlite_library import Database

MAX_WORDS = 10_000  # per profile: far beyond real use, and a check sends the whole set to the engine


class DictionaryRepo:
    def __init__(self, db: Database):
        self.db = db

    @reading
    def words(self, profile_id: int) -> list[str]:
        """The profile's words, alphabetically."""
        rows = self.db.execute("SELECT word FROM dictionary_words WHERE profile_id = ?", (profile_id,)).fetchall()
        return sorted((row[0] for row in rows), key=lambda w: (w.replace("ё", "е"), w))

    def add(self, profile_id: int, word: str) -> str:
        """Add ``word`` (again is fine); returns its stored form. ValueError for a word that is not one
        (empty, with spaces, too long) or a full dictionary; SaveError when the write fails."""
        word = normalise_word(word)
        with writing(self.db, "добавить слово в словарь") as conn:
            if conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
                raise ValueError("Такого профиля нет: возможно, он уже удалён.")
            count = conn.execute("SELECT count(*) FROM dictionary_words WHERE profile_id = ?",
                                 (profile_id,)).fetchone()[0]
            exists = conn.execute("SELECT 1 FROM dictionary_words WHERE profile_id = ? AND word = ?",
                                  (profile_id, word)).fetchone()
            if not exists and count >= MAX_WORDS:
                raise ValueError(f"В словаре уже {MAX_WORDS} слов — больше добавить нельзя. Удалите ненужные в настройках.")
            conn.execute("INSERT OR IGNORE INTO dictionary_words (profile_id, word, added) VALUES (?, ?, ?)",
                         (profile_id, word, now()))
        return word

    def remove(self, profile_id: int, word: str) -> bool:
        """Remove ``word``; False if it was not in the profile's dictionary."""
        word = normalise_word(word)
        with writing(self.db, "удалить слово из словаря") as conn:
            return conn.execute("DELETE FROM dictionary_words WHERE profile_id = ? AND word = ?",
                                (profile_id, word)).rowcount > 0
