"""The local store: one SQLite file (WAL) in the data directory, and its repositories.

Durability: every write is one explicit transaction; with ``journal_mode=WAL``
and ``synchronous=FULL`` the write-ahead log is synced on each commit, so a
method that returned has its data on disk even if the power fails next.

Opening never damages a database it cannot use: an existing file is first
checked through a read-only connection, and a corrupt file or one from a
newer program version is refused before anything writes to it.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlite_utils import Database

from app.core.drill import Keystroke
from app.core.metrics import StrokeLike
from app.storage import aggregates
from app.storage.errors import DatabaseCorrupt, DatabaseTooNew, SaveError, StorageError, describe
from app.storage.location import DB_FILENAME, prepare_data_dir
from app.storage.stats_repo import UNFLAGGED_SQL, StatsRepo
from app.storage.migrations import LATEST, migrate, user_version

TYPING_KINDS = frozenset({"lesson", "timed", "custom", "adaptive"})
RESULT_KINDS = frozenset({"grammar", "correspondence", "quiz"})
PROFILE_NAME_MAX = 60
CURRENT_PROFILE_KEY = "current_profile"
BUSY_TIMEOUT = 5.0  # seconds to wait for another process's write lock

_P = ParamSpec("_P")
_R = TypeVar("_R")


# -- opening -------------------------------------------------------------------

def upgrade_pending(data_dir: Path) -> bool:
    """True if ``data_dir`` holds a database from an older version, so that opening it will migrate
    (and may take seconds, e.g. back-filling key statistics). Any trouble reading it gives False:
    :func:`open_store` then reports it properly."""
    path = Path(data_dir) / DB_FILENAME
    if not path.is_file():
        return False
    try:
        conn = _connect_read_only(path)
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
    try:
        migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(
            f"Не удалось обновить базу данных «{path}» до новой версии: {describe(exc)}. "
            "Данные не изменены."
        ) from exc
    return Store(path, data_dir, Database(conn, execute_plugins=False))


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write a byte to the database or create files beside it."""
    # With no -wal file the main file is complete and can be read as immutable, which
    # creates no -wal/-shm files; otherwise the log must be read too (read-only).
    mode = "mode=ro" if _sidecar(path, "-wal").exists() else "immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True)


def _check_existing(path: Path) -> None:
    """Refuse a corrupt, foreign or too-new database, reading it without writing a byte."""
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise StorageError(f"Не удалось открыть базу данных «{path}»: {describe(exc)}.") from exc
    try:
        version = user_version(conn)
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise DatabaseCorrupt(path, describe(exc), str(exc)) from exc
        raise StorageError(f"Не удалось открыть базу данных «{path}»: {describe(exc)}.") from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DatabaseCorrupt(path, "проверка целостности нашла ошибки", "\n".join(problems))
    if not 0 <= version <= LATEST:  # a negative version was not written by any version of this program
        raise DatabaseTooNew(path, version, LATEST)
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
    while any(_sidecar(target, s).exists() for s in ("", "-wal", "-shm")):
        n += 1
        target = db_path.with_name(f"{base}-{n}")
    try:
        db_path.rename(target)
        for suffix in ("-wal", "-shm"):
            if _sidecar(db_path, suffix).exists():
                _sidecar(db_path, suffix).rename(_sidecar(target, suffix))
    except OSError as exc:
        raise StorageError(
            f"Не удалось переименовать повреждённую базу данных «{db_path}»: "
            f"{exc.strerror or exc}. Переименуйте или переместите файл вручную."
        ) from exc
    return target


# -- helpers -------------------------------------------------------------------

def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _iso(value: datetime | str) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else str(value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@contextmanager
def _writing(db: Database, action: str) -> Iterator[sqlite3.Connection]:
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


def _reading(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Report a SQLite failure while reading as a StorageError."""
    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return func(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StorageError(f"Не удалось прочитать данные тренажёра: {describe(exc)}.") from exc
    return wrapper


# -- settings --------------------------------------------------------------------

class SettingsRepo:
    """Key → JSON value, application-wide (``profile_id=None``) or per profile."""

    def __init__(self, db: Database):
        self.db = db

    @_reading
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
        encoded = _json(value)
        with _writing(self.db, "сохранить настройку") as conn:
            conn.execute(
                "INSERT INTO settings (profile_id, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (ifnull(profile_id, 0), key) DO UPDATE SET value = excluded.value",
                (profile_id, key, encoded),
            )

    @_reading
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

    @_reading
    def list(self) -> list[Profile]:
        """All profiles, by name (case-insensitively)."""
        rows = self.db.execute("SELECT id, name, created FROM profiles").fetchall()
        return sorted((Profile(*row) for row in rows), key=lambda p: (p.name.casefold(), p.id))

    @_reading
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
        created = _now()
        with _writing(self.db, "создать профиль") as conn:
            self._check_unique(conn, name)
            id = conn.execute("INSERT INTO profiles (name, created) VALUES (?, ?)", (name, created)).lastrowid
        return Profile(id, name, created)

    def rename(self, id: int, name: str) -> Profile:
        name = _clean_name(name)
        with _writing(self.db, "переименовать профиль") as conn:
            self._check_unique(conn, name, except_id=id)
            if conn.execute("UPDATE profiles SET name = ? WHERE id = ?", (name, id)).rowcount == 0:
                raise ValueError("Такого профиля нет: возможно, он уже удалён.")
            row = conn.execute("SELECT id, name, created FROM profiles WHERE id = ?", (id,)).fetchone()
        return Profile(*row)

    def delete(self, id: int) -> None:
        """Delete the profile with its settings, attempts and keystrokes, all at once."""
        with _writing(self.db, "удалить профиль") as conn:
            if conn.execute("DELETE FROM profiles WHERE id = ?", (id,)).rowcount == 0:
                raise ValueError("Такого профиля нет: возможно, он уже удалён.")
            conn.execute("DELETE FROM settings WHERE profile_id IS NULL AND key = ? AND value = ?",
                         (CURRENT_PROFILE_KEY, _json(id)))

    def current(self) -> Profile | None:
        id = self.settings.get(CURRENT_PROFILE_KEY)
        return self.get(id) if isinstance(id, int) else None

    def set_current(self, id: int) -> None:
        if self.get(id) is None:
            raise ValueError("Такого профиля нет: возможно, он уже удалён.")
        self.settings.set(CURRENT_PROFILE_KEY, id)


# -- attempts --------------------------------------------------------------------

@dataclass(frozen=True)
class AttemptRow:
    id: int
    profile_id: int
    kind: str
    pack_id: str | None
    exercise_id: str | None
    started_at: str
    finished_at: str
    layout: str | None
    mode: str | None
    text: str | None
    seconds: float | None
    cpm: float | None
    wpm: float | None
    accuracy: float | None
    errors: int | None
    score: float | None
    passed: bool
    details: dict

    @classmethod
    def from_row(cls, row: Sequence) -> AttemptRow:
        *head, passed, details = row
        return cls(*head, passed=bool(passed), details=json.loads(details))


_ATTEMPT_COLUMNS = ", ".join(AttemptRow.__dataclass_fields__)


class AttemptRepo:
    def __init__(self, db: Database):
        self.db = db

    def save_typing(self, profile_id: int, *, kind: str, pack_id: str | None, exercise_id: str | None,
                    layout: str, mode: str, text: str, started_at: datetime | str,
                    summary: Mapping[str, Any], keystrokes: Sequence[StrokeLike], passed: bool,
                    details: Mapping[str, Any] | None = None) -> int:
        """Store a finished typing attempt and all its keystrokes; durable when this returns.

        The whole ``summary`` is also kept in ``details["summary"]``.
        Raises SaveError (nothing written) if the database refuses the write.
        """
        if kind not in TYPING_KINDS:
            raise ValueError(f"not a typing attempt kind: {kind!r}")
        details = dict(details or {})
        if "summary" in details:
            raise ValueError('details["summary"] is reserved for the typing summary')
        details["summary"] = dict(summary)
        attempt = (profile_id, kind, pack_id, exercise_id, _iso(started_at), _now(), str(layout), str(mode),
                   text, summary["seconds"], summary["cpm"], summary["wpm"], summary["accuracy"],
                   summary["errors"], None, int(bool(passed)), _json(details))
        rows = [(s.t, s.position, s.expected, s.typed, int(bool(s.correct)), int(bool(s.wrong_layout)))
                for s in keystrokes]
        with _writing(self.db, "сохранить попытку") as conn:
            attempt_id = self._insert(conn, attempt)
            conn.executemany(
                "INSERT INTO keystrokes (attempt_id, seq, t, position, expected, typed, correct, wrong_layout) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(attempt_id, seq, *row) for seq, row in enumerate(rows)],
            )
            aggregates.add_typing(conn, profile_id, str(layout), keystrokes)
        return attempt_id

    def save_result(self, profile_id: int, *, kind: str, pack_id: str | None, exercise_id: str | None,
                    score: float | None, passed: bool, details: Mapping[str, Any],
                    started_at: datetime | str, finished_at: datetime | str | None = None) -> int:
        """Store a graded (non-typing) attempt; durable when this returns."""
        if kind not in RESULT_KINDS:
            raise ValueError(f"not a graded attempt kind: {kind!r}")
        attempt = (profile_id, kind, pack_id, exercise_id, _iso(started_at),
                   _iso(finished_at) if finished_at is not None else _now(), None, None, None,
                   None, None, None, None, None, score, int(bool(passed)), _json(dict(details)))
        with _writing(self.db, "сохранить результат") as conn:
            return self._insert(conn, attempt)

    @staticmethod
    def _insert(conn: sqlite3.Connection, values: tuple) -> int:
        return conn.execute(
            "INSERT INTO attempts (profile_id, kind, pack_id, exercise_id, started_at, finished_at, layout, "
            "mode, text, seconds, cpm, wpm, accuracy, errors, score, passed, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        ).lastrowid

    @_reading
    def list(self, profile_id: int, *, kind: str | None = None, pack_id: str | None = None,
             exercise_id: str | None = None, limit: int | None = None) -> list[AttemptRow]:
        """Attempts of a profile, newest first, optionally filtered."""
        where, params = ["profile_id = ?"], [profile_id]
        for column, value in (("kind", kind), ("pack_id", pack_id), ("exercise_id", exercise_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE {' AND '.join(where)} ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [AttemptRow.from_row(row) for row in self.db.execute(sql, params)]

    @_reading
    def best_by_exercise(self, profile_id: int, pack_id: str) -> dict[str, AttemptRow]:
        """Exercise id → best attempt: a passed one first, then highest зн/мин (or score), then latest."""
        rows = self.db.execute(
            f"SELECT {_ATTEMPT_COLUMNS} FROM ("
            f"  SELECT *, row_number() OVER (PARTITION BY exercise_id ORDER BY passed DESC,"
            f"    cpm DESC NULLS LAST, score DESC NULLS LAST, id DESC) AS rank"
            f"  FROM attempts WHERE profile_id = ? AND pack_id = ? AND exercise_id IS NOT NULL"
            f") WHERE rank = 1",
            (profile_id, pack_id),
        )
        return {row.exercise_id: row for row in map(AttemptRow.from_row, rows)}

    @_reading
    def passed_exercises(self, profile_id: int, pack_id: str) -> set[str]:
        rows = self.db.execute(
            "SELECT DISTINCT exercise_id FROM attempts "
            "WHERE profile_id = ? AND pack_id = ? AND passed AND exercise_id IS NOT NULL",
            (profile_id, pack_id),
        )
        return {row[0] for row in rows}

    @_reading
    def keystrokes(self, attempt_id: int) -> list[Keystroke]:
        rows = self.db.execute(
            "SELECT t, position, expected, typed, correct, wrong_layout FROM keystrokes "
            "WHERE attempt_id = ? ORDER BY seq",
            (attempt_id,),
        )
        return [Keystroke(t, pos, exp, typed, bool(ok), bool(wl)) for t, pos, exp, typed, ok, wl in rows]

    @_reading
    def recent_typing_keystrokes(self, profile_id: int, layout: str, limit: int = 20_000) -> list[list[Keystroke]]:
        """The keystrokes of the profile's latest typing attempts on ``layout``: whole attempts, taken
        newest first until ``limit`` keystrokes, returned oldest first (the adaptive drills' history).
        Attempts flagged as implausible (pasted text, robotic timing) are left out."""
        kinds = ", ".join("?" * len(TYPING_KINDS))
        cursor = self.db.execute(
            "SELECT a.id, (SELECT count(*) FROM keystrokes k WHERE k.attempt_id = a.id) FROM attempts a "
            f"WHERE a.profile_id = ? AND a.layout = ? AND a.kind IN ({kinds}) "
            f"AND {UNFLAGGED_SQL} ORDER BY a.id DESC",
            (profile_id, layout, *sorted(TYPING_KINDS)))
        chosen, total = [], 0
        for attempt_id, count in cursor:
            if total >= limit:
                break
            chosen.append(attempt_id)
            total += count
        return [self.keystrokes(attempt_id) for attempt_id in reversed(chosen)]

    def keystroke_batches(self, attempt_id: int, size: int = 10_000) -> Iterator[list[tuple]]:
        """Raw keystroke rows (t, position, expected, typed, correct, wrong_layout) in batches,
        so an export of a million keys never holds them all at once."""
        try:  # a generator: @_reading would not see errors raised while it is iterated
            cursor = self.db.execute(
                "SELECT t, position, expected, typed, correct, wrong_layout FROM keystrokes "
                "WHERE attempt_id = ? ORDER BY seq",
                (attempt_id,),
            )
            while batch := cursor.fetchmany(size):
                yield batch
        except sqlite3.Error as exc:
            raise StorageError(f"Не удалось прочитать данные тренажёра: {describe(exc)}.") from exc

    @_reading
    def count(self, profile_id: int) -> int:
        return self.db.execute("SELECT count(*) FROM attempts WHERE profile_id = ?", (profile_id,)).fetchone()[0]


# -- the store -------------------------------------------------------------------

class Store:
    """An open database with its repositories. Use :func:`open_store` to get one."""

    def __init__(self, path: Path, data_dir: Path, db: Database):
        self.path = path
        self.data_dir = data_dir
        self.db = db
        self.settings = SettingsRepo(db)
        self.profiles = ProfileRepo(db, self.settings)
        self.attempts = AttemptRepo(db)
        self.stats = StatsRepo(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
