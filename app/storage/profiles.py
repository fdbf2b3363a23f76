"""Settings (key → JSON value, application-wide or per profile) and profiles."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.storage.connection import now, reading, to_json, writing
from app.storage.sqlite_library import Database

PROFILE_NAME_MAX = 60
CURRENT_PROFILE_KEY = "current_profile"


# -- settings --------------------------------------------------------------------

class SettingsRepo:
    """Key → JSON value, application-wide (``profile_id=None``) or per profile."""

    def __init__(self, db: Database):
        self.db = db

    @reading
    def get(self, key: str, default: Any = None, profile_id: int | None = None) -> Any:
        row = self.db.execute(
            "SELECT value FROM settings WHERE ifnull(profile_id, 0) = ifnull(?, 0) AND key = ?",
            (profile_id, key),
        ).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:
            return default  # a value edited by hand into nonsense: behave as if unset

    def set(self, key: str, value: Any, profile_id: int | None = None) -> None:
        encoded = to_json(value)
        with writing(self.db, "сохранить настройку") as conn:
            conn.execute(
                "INSERT INTO settings (profile_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (ifnull(profile_id, 0), key) DO UPDATE SET value = excluded.value",
                (profile_id, key, encoded),
            )

    @reading
    def all(self, profile_id: int | None = None) -> dict[str, Any]:
        out = {}
        for key, value in self.db.execute(
            "SELECT key, value FROM settings WHERE ifnull(profile_id, 0) = ifnull(?, 0) ORDER BY key",
            (profile_id,),
        ):
            try:
                out[key] = json.loads(value)
            except json.JSONDecodeError:
                continue
        return out


# -- profiles --------------------------------------------------------------------

@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    created: str


def _clean_name(name: str) -> str:
    """Collapse whitespace and check a profile name; ValueError with a Russian message."""
    name = " ".join(str(name).split())
    if not name:
        raise ValueError("Введите имя профиля.")
    if len(name) > PROFILE_NAME_MAX:
        raise ValueError(f"Имя профиля слишком длинное: не больше {PROFILE_NAME_MAX} знаков.")
    if not name.isprintable():
        raise ValueError("В имени профиля есть служебные символы. Оставьте только буквы, цифры и знаки.")
    return name


class ProfileRepo:
    def __init__(self, db: Database, settings: SettingsRepo):
        self.db = db
        self.settings = settings

    @reading
    def list(self) -> list[Profile]:
        """All profiles, by name (case-insensitively)."""
        rows = self.db.execute("SELECT id, name, created FROM profiles").fetchall()
        return sorted((Profile(*row) for row in rows), key=lambda p: (p.name.casefold(), p.id))

    @reading
    def get(self, id: int) -> Profile | None:
        row = self.db.execute("SELECT id, name, created FROM profiles WHERE id = ?", (id,)).fetchone()
        return Profile(*row) if row else None

    def _check_unique(self, conn: sqlite3.Connection, name: str, except_id: int | None = None) -> None:
        folded = name.casefold()
        for other_id, other in conn.execute("SELECT id, name FROM profiles"):
            if other_id != except_id and other.casefold() == folded:
                raise ValueError(f"Профиль с именем «{other}» уже есть. Выберите другое имя.")

    def create(self, name: str) -> Profile:
        name = _clean_name(name)
        created = now()
        with writing(self.db, "создать профиль") as conn:
            self._check_unique(conn, name)
            id = conn.execute("INSERT INTO profiles (name, created) VALUES (?, ?)", (name, created)).lastrowid
        return Profile(id, name, created)

    def rename(self, id: int, name: str) -> Profile:
        name = _clean_name(name)
        with writing(self.db, "переименовать профиль") as conn:
            self._check_unique(conn, name, except_id=id)
            if conn.execute("UPDATE profiles SET name = ? WHERE id = ?", (name, id)).rowcount == 0:
                raise ValueError("Такого профиля нет: возможно, он уже удалён.")
            row = conn.execute("SELECT id, name, created FROM profiles WHERE id = ?", (id,)).fetchone()
        return Profile(*row)

    def delete(self, id: int) -> None:
        """Delete the profile with its settings, attempts and keystrokes, all at once."""
        with writing(self.db, "удалить профиль") as conn:
            if conn.execute("DELETE FROM profiles WHERE id = ?", (id,)).rowcount == 0:
                raise ValueError("Такого профиля нет: возможно, он уже удалён.")
            conn.execute("DELETE FROM settings WHERE profile_id IS NULL AND key = ? AND value = ?",
                         (CURRENT_PROFILE_KEY, to_json(id)))

    def current(self) -> Profile | None:
        id = self.settings.get(CURRENT_PROFILE_KEY)
        return self.get(id) if isinstance(id, int) else None

    def set_current(self, id: int) -> None:
        if self.get(id) is None:
            raise ValueError("Такого профиля нет: возможно, он уже удалён.")
        self.settings.set(CURRENT_PROFILE_KEY, id)
