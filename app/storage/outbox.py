"""The xAPI outbox: statements waiting for the department's LRS, and each profile's LRS settings.

Offline-first: an attempt's statement is queued in the transaction that saves the attempt
(:meth:`Outbox.queue_attempt`, called by AttemptRepo), so a statement exists exactly when its
attempt does, whatever happens to the program or the network afterwards. The sender
(app/services/lrs.py) takes due rows, delivers them and marks them; a row is never deleted before
the LRS has it. Delivered rows stay (``state = 'sent'``) so that deleting the attempt later knows
whether the LRS must be told (a voiding statement) or the waiting statement can simply go.

Credentials live in the settings table under their own key, which no export reads.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import __version__
from app.core import xapi
from app.storage.connection import connect_writable, now, reading, to_json, writing
from app.storage.sqlite_library import Database

LRS_KEY = "lrs"  # per profile: {"enabled", "endpoint", "email", "account_name", "home_page", "pack_id"}
CREDENTIALS_KEY = "lrs_credentials"  # per profile: {"key", "secret"} (HTTP Basic); never exported
PROFILE_UUID_KEY = "xapi_profile_uuid"  # per profile: the namespace of its statement ids
LAST_ERROR_KEY = "lrs_last_error"  # per profile: {"at", "message"} of the last failed delivery
LAST_SENT_KEY = "lrs_last_sent"  # per profile: when the LRS last accepted something

MIGRATION = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    statement_id TEXT NOT NULL UNIQUE,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    attempt_id INTEGER,  -- no foreign key: a voiding statement outlives its attempt
    voids INTEGER NOT NULL DEFAULT 0,
    statement TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',  -- 'waiting' | 'sent' | 'rejected'
    tries INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL DEFAULT 0,  -- unix time before which the sender leaves it alone
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (profile_id, state, next_try, id);
CREATE INDEX outbox_attempt ON outbox (attempt_id);
"""


@dataclass(frozen=True)
class LrsSettings:
    """A profile's LRS settings as stored; ``enabled`` is the candidate's switch, off by default."""
    enabled: bool = False
    endpoint: str = ""
    email: str = ""
    account_name: str = ""
    home_page: str = ""
    pack_id: str = ""  # the pack whose [lrs] section filled these in, if any

    @classmethod
    def from_stored(cls, value: Any) -> LrsSettings:
        if not isinstance(value, dict):
            return cls()
        return cls(enabled=bool(value.get("enabled")),
                   **{k: str(value.get(k) or "") for k in ("endpoint", "email", "account_name", "home_page",
                                                           "pack_id")})

    def to_stored(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Pending:
    id: int
    profile_id: int
    statement: dict
    tries: int


@dataclass(frozen=True)
class QueueStatus:
    waiting: int
    sent: int
    rejected: int
    last_error: str  # "" when the last delivery went through
    last_error_at: str
    last_sent_at: str
    rejected_error: str = ""  # why the LRS refused the latest rejected statement


class Outbox:
    def __init__(self, db: Database):
        self.db = db
        # pack id → what statements say about it; the GUI sets this from the installed packs
        # (storage knows no packs). Without it a pack is named by its id alone.
        self.describe_pack: Callable[[str], xapi.PackInfo | None] = lambda _pack_id: None

    # -- settings ------------------------------------------------------------------
    def _setting(self, conn: sqlite3.Connection, profile_id: int, key: str) -> Any:
        row = conn.execute("SELECT value FROM settings WHERE profile_id = ? AND key = ?",
                           (profile_id, key)).fetchone()
        try:
            return json.loads(row[0]) if row else None
        except json.JSONDecodeError:
            return None

    def _put(self, conn: sqlite3.Connection, profile_id: int, key: str, value: Any) -> None:
        conn.execute("INSERT INTO settings (profile_id, key, value) VALUES (?, ?, ?) "
                     "ON CONFLICT (ifnull(profile_id, 0), key) DO UPDATE SET value = excluded.value",
                     (profile_id, key, to_json(value)))

    @reading
    def settings(self, profile_id: int) -> LrsSettings:
        return LrsSettings.from_stored(self._setting(self.db.conn, profile_id, LRS_KEY))

    def save_settings(self, profile_id: int, settings: LrsSettings) -> None:
        """Store the profile's LRS settings; switching on checks the identity first (XapiError)."""
        if settings.enabled:
            if not settings.endpoint.startswith(("http://", "https://")):
                raise xapi.XapiError("Адрес LRS должен начинаться с http:// или https://.")
            xapi.Learner(str(uuid.uuid4()), email=settings.email, account_name=settings.account_name,
                         home_page=settings.home_page).actor()
        with writing(self.db, "сохранить настройки учебного отдела") as conn:
            self._put(conn, profile_id, LRS_KEY, settings.to_stored())

    @reading
    def credentials(self, profile_id: int) -> tuple[str, str]:
        value = self._setting(self.db.conn, profile_id, CREDENTIALS_KEY)
        return (str(value.get("key", "")), str(value.get("secret", ""))) if isinstance(value, dict) else ("", "")

    def save_credentials(self, profile_id: int, key: str, secret: str) -> None:
        with writing(self.db, "сохранить ключ LRS") as conn:
            self._put(conn, profile_id, CREDENTIALS_KEY, {"key": key, "secret": secret})

    def _learner(self, conn: sqlite3.Connection, profile_id: int, settings: LrsSettings) -> xapi.Learner:
        profile_uuid = self._setting(conn, profile_id, PROFILE_UUID_KEY)
        if not isinstance(profile_uuid, str):
            profile_uuid = str(uuid.uuid4())
            self._put(conn, profile_id, PROFILE_UUID_KEY, profile_uuid)
        name = conn.execute("SELECT name FROM profiles WHERE id = ?", (profile_id,)).fetchone()
        return xapi.Learner(profile_uuid, name=name[0] if name else "", email=settings.email,
                            account_name=settings.account_name, home_page=settings.home_page)

    # -- queuing (inside the caller's transaction) -------------------------------------
    def queue_attempt(self, conn: sqlite3.Connection, attempt: Any) -> bool:
        """Queue the statement of a just-inserted attempt (AttemptRow-like) if its profile sends
        results; runs in the transaction that inserts it. A learner identity that cannot make a
        statement is recorded as the last error; the attempt is saved regardless."""
        settings = LrsSettings.from_stored(self._setting(conn, attempt.profile_id, LRS_KEY))
        if not settings.enabled:
            return False
        try:
            learner = self._learner(conn, attempt.profile_id, settings)
            pack = self.describe_pack(attempt.pack_id) if attempt.pack_id else None
            statement = xapi.attempt_statement(attempt, learner, pack, __version__)
        except xapi.XapiError as exc:
            self._put(conn, attempt.profile_id, LAST_ERROR_KEY, {"at": now(), "message": str(exc)})
            return False
        self._insert(conn, attempt.profile_id, attempt.id, statement, voids=False)
        return True

    def _insert(self, conn: sqlite3.Connection, profile_id: int, attempt_id: int, statement: dict,
                *, voids: bool) -> None:
        conn.execute("INSERT OR IGNORE INTO outbox (statement_id, profile_id, attempt_id, voids, statement, "
                     "queued_at) VALUES (?, ?, ?, ?, ?, ?)",
                     (statement["id"], profile_id, attempt_id, int(voids), to_json(statement), now()))

    def queue_voiding(self, attempt_id: int, conn: sqlite3.Connection | None = None) -> str:
        """The attempt is being deleted: tell the LRS, if it was told about it.

        A statement still waiting is simply dropped; one already delivered gets a voiding statement
        (by the same actor). Returns "dropped", "voided" or "none". Pass ``conn`` to run inside the
        transaction that deletes the attempt (recommended: then either both happen or neither).
        """
        if conn is None:
            with writing(self.db, "отметить удалённую попытку для LRS") as own:
                return self.queue_voiding(attempt_id, own)
        row = conn.execute("SELECT id, profile_id, state, statement FROM outbox "
                           "WHERE attempt_id = ? AND NOT voids", (attempt_id,)).fetchone()
        if row is None:
            return "none"
        outbox_id, profile_id, state, text = row
        if state != "sent":
            conn.execute("DELETE FROM outbox WHERE id = ?", (outbox_id,))
            return "dropped"
        original = json.loads(text)
        profile_uuid = self._setting(conn, profile_id, PROFILE_UUID_KEY)
        voiding = xapi.voiding_statement(str(profile_uuid), original["actor"], attempt_id, now())
        self._insert(conn, profile_id, attempt_id, voiding, voids=True)
        return "voided"

    def undo_voiding(self, attempt_id: int, conn: sqlite3.Connection) -> None:
        """A deleted attempt is put back: its voiding statement, if still waiting, never goes. (One the
        LRS already has cannot be undone in xAPI: that attempt stays voided there.)"""
        conn.execute("DELETE FROM outbox WHERE attempt_id = ? AND voids AND state != 'sent'", (attempt_id,))

    # -- the sender's side ---------------------------------------------------------------
    @reading
    def due(self, profile_id: int, limit: int = -1, at: float | None = None) -> list[Pending]:
        """The profile's waiting statements whose retry time has come, oldest first (so a voiding
        statement goes after its original); all of them unless ``limit``."""
        at = time.time() if at is None else at
        rows = self.db.execute(
            "SELECT id, profile_id, statement, tries FROM outbox WHERE profile_id = ? AND state = 'waiting' "
            "AND next_try <= ? ORDER BY id LIMIT ?", (profile_id, at, limit))
        return [Pending(i, p, json.loads(s), t) for i, p, s, t in rows]

    def mark_sent(self, ids: list[int]) -> None:
        if not ids:
            return
        with writing(self.db, "отметить отправленное") as conn:
            conn.executemany("UPDATE outbox SET state = 'sent', last_error = NULL WHERE id = ?",
                             [(i,) for i in ids])
            for (profile_id,) in conn.execute(
                    f"SELECT DISTINCT profile_id FROM outbox WHERE id IN ({','.join('?' * len(ids))})", ids):
                self._put(conn, profile_id, LAST_SENT_KEY, now())
                conn.execute("DELETE FROM settings WHERE profile_id = ? AND key = ?", (profile_id, LAST_ERROR_KEY))

    def mark_failed(self, ids: list[int], error: str, delay: Callable[[int], float], *,
                    rejected: bool = False) -> None:
        """Record a failed delivery: retry after ``delay(tries)`` seconds, or never (``rejected``: the
        LRS refused the statement itself; it stays in the outbox, shown, for a person to look at)."""
        if not ids:
            return
        with writing(self.db, "отметить ошибку отправки") as conn:
            profiles = set()
            for outbox_id in ids:
                row = conn.execute("SELECT tries, profile_id FROM outbox WHERE id = ?", (outbox_id,)).fetchone()
                if row is None:
                    continue
                tries = row[0] + 1
                profiles.add(row[1])
                conn.execute("UPDATE outbox SET tries = ?, next_try = ?, last_error = ?, state = ? WHERE id = ?",
                             (tries, time.time() + delay(tries), error, "rejected" if rejected else "waiting",
                              outbox_id))
            for profile_id in profiles:
                self._put(conn, profile_id, LAST_ERROR_KEY, {"at": now(), "message": error})

    @reading
    def status(self, profile_id: int) -> QueueStatus:
        counts = dict(self.db.execute("SELECT state, count(*) FROM outbox WHERE profile_id = ? GROUP BY state",
                                      (profile_id,)).fetchall())
        error = self._setting(self.db.conn, profile_id, LAST_ERROR_KEY)
        error = error if isinstance(error, dict) else {}
        refused = self.db.execute("SELECT last_error FROM outbox WHERE profile_id = ? AND state = 'rejected' "
                                  "ORDER BY id DESC LIMIT 1", (profile_id,)).fetchone()
        return QueueStatus(waiting=counts.get("waiting", 0), sent=counts.get("sent", 0),
                           rejected=counts.get("rejected", 0), last_error=str(error.get("message", "")),
                           last_error_at=str(error.get("at", "")),
                           last_sent_at=str(self._setting(self.db.conn, profile_id, LAST_SENT_KEY) or ""),
                           rejected_error=refused[0] or "" if refused else "")

    @reading
    def waiting_profiles(self) -> list[int]:
        """Profiles with statements waiting (whether or not their switch is on now)."""
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT profile_id FROM outbox WHERE state = 'waiting' ORDER BY profile_id")]

    @reading
    def sending_enabled(self) -> bool:
        """Whether any profile has its switch on (the GUI's sender sleeps otherwise)."""
        return any(LrsSettings.from_stored(json.loads(v)).enabled for (v,) in self.db.execute(
            "SELECT value FROM settings WHERE key = ?", (LRS_KEY,)))


def open_outbox(path: Path) -> Outbox:
    """The outbox on its own connection, for the sender's thread (a connection stays in its thread).
    The database must have been opened (created, migrated) by open_store before. Close with
    ``outbox.db.close()``."""
    return Outbox(Database(connect_writable(Path(path)), execute_plugins=False))
