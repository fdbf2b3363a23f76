"""The local store: one SQLite file (WAL) in the data directory, its repositories, and read-only
readers for worker threads.

Opening never damages a database it cannot use: an existing file is first
checked through a read-only connection, and a corrupt file, one from a newer
program version or one with a version this program never wrote is refused
before anything writes to it. The transactions themselves: app/storage/connection.py.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from app.storage.attempts import AttemptRepo
from app.storage.dictionary import DictionaryRepo
from app.storage.connection import connect_read_only, connect_writable, sidecar
from app.storage.errors import DatabaseCorrupt, DatabaseTooNew, StorageError, describe
from app.storage.location import DB_FILENAME, prepare_data_dir
from app.storage.outbox import Outbox
from app.storage.migrations import LATEST, migrate, user_version
from app.storage.profiles import ProfileRepo, SettingsRepo
from app.storage.sqlite_library import Database
from app.storage.stats_repo import StatsRepo


# -- opening -------------------------------------------------------------------

def upgrade_pending(data_dir: Path) -> bool:
    """True if ``data_dir`` holds a database from an older version, so that opening it will migrate
    (and may take seconds, e.g. back-filling key statistics). Any trouble reading it gives False:
    :func:`open_store` then reports it properly."""
    path = Path(data_dir) / DB_FILENAME
    if not path.is_file():
        return False
    try:
        conn = connect_read_only(path)
        try:
            return 0 < user_version(conn) < LATEST
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def open_store(data_dir: Path) -> Store:
    """Open (creating if needed) the store in ``data_dir`` and bring its schema up to date.

    Raises :class:`DataDirError`, :class:`DatabaseCorrupt`, :class:`DatabaseTooNew`
    or :class:`StorageError`; in none of these cases has the database file been changed.
    """
    data_dir = prepare_data_dir(Path(data_dir))
    path = data_dir / DB_FILENAME
    if path.exists():
        if path.is_file() and path.stat().st_size == 0:  # not a database: say so rather than fill it anew
            raise DatabaseCorrupt(path, "файл пуст (0 байт)")
        _check_existing(path)
    else:
        _create_whole(path)
    conn = connect_writable(path)
    try:
        migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(
            f"Не удалось обновить базу данных «{path}» до новой версии: {describe(exc)}. "
            "Данные не изменены."
        ) from exc
    return Store(path, data_dir, Database(conn, execute_plugins=False))


def _create_whole(path: Path) -> None:
    """Make a new database beside ``path`` and move it into place: a program killed while creating
    it leaves no empty file that the next start would have to refuse as damaged."""
    for stale in path.parent.glob(f"{path.name}.new-*"):  # left by a start that was killed
        stale.unlink(missing_ok=True)
    fresh = path.with_name(f"{path.name}.new-{os.getpid()}")
    conn = connect_writable(fresh)
    try:
        migrate(conn)
    except sqlite3.Error as exc:
        raise StorageError(f"Не удалось создать базу данных «{path}»: {describe(exc)}.") from exc
    finally:
        conn.close()
    os.replace(fresh, path)


def _check_existing(path: Path) -> None:
    """Refuse a corrupt, foreign or too-new database, reading it without writing a byte."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise StorageError(f"Не удалось открыть базу данных «{path}»: {describe(exc)}.") from exc
    try:
        version = user_version(conn)
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except UnicodeDecodeError as exc:  # SQLite's message about the damage quotes bytes that are not UTF-8
        raise DatabaseCorrupt(path, "файл повреждён", str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DatabaseCorrupt(path, describe(exc), str(exc)) from exc
        raise StorageError(f"Не удалось открыть базу данных «{path}»: {describe(exc)}.") from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DatabaseCorrupt(path, "проверка целостности нашла ошибки", "\n".join(problems))
    if version > LATEST:
        raise DatabaseTooNew(path, version, LATEST)
    if version < 0:
        raise DatabaseCorrupt(path, f"неизвестная версия схемы {version}")
    if version == 0 and tables:
        raise DatabaseCorrupt(path, "это база данных другой программы")


def set_aside_corrupt(db_path: Path) -> Path:
    """Rename a refused database (with its -wal/-shm) to ``<name>.corrupt-YYYYMMDD-HHMMSS[-N]``.

    Nothing is overwritten; returns the new path of the main file.
    """
    db_path = Path(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"{db_path.name}.corrupt-{stamp}"
    n = 1
    target = db_path.with_name(base)
    while any(sidecar(target, s).exists() for s in ("", "-wal", "-shm")):
        n += 1
        target = db_path.with_name(f"{base}-{n}")
    try:
        db_path.rename(target)
        for suffix in ("-wal", "-shm"):
            if sidecar(db_path, suffix).exists():
                sidecar(db_path, suffix).rename(sidecar(target, suffix))
    except OSError as exc:
        raise StorageError(
            f"Не удалось переименовать повреждённую базу данных «{db_path}»: "
            f"{exc.strerror or exc}. Переименуйте или переместите файл вручную."
        ) from exc
    return target


# -- the store -------------------------------------------------------------------

class Store:
    """An open database with its repositories. Use :func:`open_store` to get one."""

    def __init__(self, path: Path, data_dir: Path, db: Database):
        self.path = path
        self.data_dir = data_dir
        self.db = db
        self.settings = SettingsRepo(db)
        self.profiles = ProfileRepo(db, self.settings)
        self.outbox = Outbox(db)
        self.attempts = AttemptRepo(db, self.outbox)
        self.stats = StatsRepo(db)
        self.dictionary = DictionaryRepo(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# -- readers for worker threads -----------------------------------------------------

class Reader:
    """Read-only repositories on their own connection, for a worker thread (a SQLite connection
    stays in the thread that opened it). Use :func:`open_reader` in the worker itself."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        db = Database(conn, execute_plugins=False)
        self._db = db
        self.attempts = AttemptRepo(db)
        self.stats = StatsRepo(db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_reader(path: Path) -> Reader:
    """A reader of the store's database at ``path`` that cannot write to it.

    Raises StorageError if the file cannot be opened; the store must have been opened
    (created and migrated) by :func:`open_store` before.
    """
    try:
        conn = connect_read_only(Path(path))
    except sqlite3.Error as exc:
        raise StorageError(f"Не удалось открыть базу данных «{path}»: {describe(exc)}.") from exc
    return Reader(Path(path), conn)
