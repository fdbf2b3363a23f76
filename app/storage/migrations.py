"""Numbered schema migrations; ``PRAGMA user_version`` holds how many have been applied.

Migration *n* (1-based) is ``MIGRATIONS[n - 1]``. Each is applied in its own
transaction together with the new ``user_version``, so a crash leaves the
database either before or after it. Never edit a released migration: append
a new one.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from app.storage.aggregates import migration_2
from app.storage.outbox import MIGRATION as OUTBOX_MIGRATION

# A migration is an SQL script or a function run inside the same transaction (for back-fill).
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 1: profiles, settings, attempts, keystrokes
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    );

    -- profile_id NULL = application-wide; the unique index treats NULL as 0.
    CREATE TABLE settings (
        profile_id INTEGER REFERENCES profiles(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL
    );
    CREATE UNIQUE INDEX settings_key ON settings (ifnull(profile_id, 0), key);

    -- kind: 'lesson' | 'timed' | 'custom' | 'adaptive' (typing); 'grammar' | 'correspondence' | 'quiz'
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        pack_id TEXT,
        exercise_id TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        layout TEXT,
        mode TEXT,
        text TEXT,
        seconds REAL,
        cpm REAL,
        wpm REAL,
        accuracy REAL,
        errors INTEGER,
        score REAL,
        passed INTEGER NOT NULL,
        details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX attempts_exercise ON attempts (profile_id, pack_id, exercise_id);

    -- The primary key clusters keystrokes by attempt: it is the index on attempt_id.
    CREATE TABLE keystrokes (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        t REAL NOT NULL,
        position INTEGER NOT NULL,
        expected TEXT NOT NULL,
        typed TEXT NOT NULL,
        correct INTEGER NOT NULL,
        wrong_layout INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, seq)
    ) WITHOUT ROWID;
    """,
    # 2: key_stats (dashboard per-key sums, back-filled) and the speed-series index
    migration_2,
    # 3: the xAPI outbox (statements waiting for the department's LRS)
    OUTBOX_MIGRATION,
    # 4: the personal dictionary (app/storage/dictionary.py), words as normalise_word stores them
    """
    CREATE TABLE IF NOT EXISTS dictionary_words (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        word TEXT NOT NULL,
        added TEXT NOT NULL,
        PRIMARY KEY (profile_id, word)
    ) WITHOUT ROWID;
    """,
]

LATEST = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every missing migration; return the number of migrations applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``). The version
    is re-read under a write lock, so two processes opening the same new
    database do not both apply a migration.
    """
    applied = 0
    while user_version(conn) < LATEST:  # checked first: an up-to-date database may be read-only
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)
            if version >= LATEST:  # another process has just migrated it
                conn.execute("COMMIT")
                break
            step = MIGRATIONS[version]
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied += 1
    return applied


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (``executescript`` would commit)."""
    out: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]}")
    return out
