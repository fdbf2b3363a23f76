"""Storage errors. ``str()`` of each is a complete message for the user, in Russian."""

from __future__ import annotations

import sqlite3
from pathlib import Path

_REASONS = {
    sqlite3.SQLITE_FULL: "на диске не осталось свободного места",
    sqlite3.SQLITE_READONLY: "база данных доступна только для чтения (проверьте права на папку данных)",
    sqlite3.SQLITE_BUSY: "база данных занята другой программой — возможно, тренажёр открыт дважды",
    sqlite3.SQLITE_LOCKED: "база данных занята другой программой — возможно, тренажёр открыт дважды",
    sqlite3.SQLITE_IOERR: "ошибка ввода-вывода при работе с диском",
    sqlite3.SQLITE_CANTOPEN: "не удаётся открыть файл базы данных",
    sqlite3.SQLITE_PERM: "нет прав на доступ к файлу базы данных",
    sqlite3.SQLITE_CORRUPT: "файл базы данных повреждён",
    sqlite3.SQLITE_NOTADB: "файл не является базой данных",
}


def describe(exc: sqlite3.Error) -> str:
    """A short Russian reason for a SQLite error, for use inside a sentence."""
    if str(exc).startswith("Could not decode to UTF-8"):  # Python's sqlite3 reading a damaged text value
        return "в базе данных текст, который не читается как UTF-8 (файл, вероятно, повреждён)"
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        reason = _REASONS.get(code & 0xFF)
        if reason:
            return reason
        if code == sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
            return "профиль, к которому относятся данные, не найден"
    return f"ошибка SQLite: {exc}"


class StorageError(Exception):
    """Base of all storage errors; the message is meant for the user."""


class DataDirError(StorageError):
    """The data directory cannot be created or written to."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"Папка данных «{path}» недоступна: {reason}.")


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of the program; it is left untouched."""

    def __init__(self, path: Path, found_version: int, supported_version: int):
        self.path = path
        self.found_version = found_version
        self.supported_version = supported_version
        super().__init__(
            f"База данных «{path}» создана более новой версией тренажёра "
            f"(версия схемы {found_version}, эта программа знает только версии до {supported_version}). "
            "Чтобы не повредить ваши данные, программа её не открывает и ничего в ней не меняет. "
            "Обновите тренажёр или укажите другую папку данных (параметр --data-dir)."
        )


class DatabaseCorrupt(StorageError):
    """The database file is damaged or is not this program's database; it is left untouched."""

    def __init__(self, path: Path, reason: str, detail: str = ""):
        self.path = path
        self.reason = reason
        self.detail = detail  # SQLite's own words, for a log or a bug report
        super().__init__(
            f"Файл базы данных «{path}» повреждён или не принадлежит тренажёру ({reason}). "
            "Файл не изменён. Его можно отложить: он будет переименован и останется в той же папке, "
            "а тренажёр начнёт работу с новой, пустой базой."
        )


class SaveError(StorageError):
    """A write failed and was rolled back; everything stored before is intact."""

    def __init__(self, action: str, reason: str):
        self.action = action  # e.g. "сохранить попытку"
        self.reason = reason
        super().__init__(
            f"Не удалось {action}: {reason}. Всё, что было сохранено раньше, на месте."
        )
