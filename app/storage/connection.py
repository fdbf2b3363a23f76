"""Connections and transactions: how every repository reads and writes.

Durability: every write is one explicit transaction; with ``journal_mode=WAL``
and ``synchronous=FULL`` the write-ahead log is synced on each commit, so a
method that returned has its data on disk even if the power fails next.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from app.storage.errors import SaveError, StorageError, describe
from app.storage.sqlite_library import Database

BUSY_TIMEOUT = 5.0  # seconds to wait for another process's write lock

_P = ParamSpec("_P")
_R = TypeVar("_R")


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write a byte to the database or create files beside it."""
    # With no -wal file the main file is complete and can be read as immutable, which
    # creates no -wal/-shm files; otherwise the log must be read too (read-only).
    mode = "mode=ro" if sidecar(path, "-wal").exists() else "immutable=1"
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?{mode}", uri=True)


def connect_writable(path: Path) -> sqlite3.Connection:
    """The store's own connection: autocommit (transactions are explicit), WAL, synced commits."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise StorageError(f"Не удалось открыть базу данных «{path}»: {describe(exc)}.") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(f"Не удалось открыть базу данных «{path}»: {describe(exc)}.") from exc
    return conn


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def iso(value: datetime | str) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else str(value)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@contextmanager
def writing(db: Database, action: str) -> Iterator[sqlite3.Connection]:
    """One write transaction; any SQLite failure is rolled back and raised as SaveError."""
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise SaveError(action, describe(exc)) from exc


def reading(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Report a SQLite failure while reading as a StorageError."""
    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return func(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StorageError(f"Не удалось прочитать данные тренажёра: {describe(exc)}.") from exc
    return wrapper
