"""Dashboard aggregates kept in step with ``attempts``/``keystrokes``.

``add_typing`` runs inside the transaction that inserts the attempt, and
``remove_typing`` inside the one that deletes it, so the sums can never drift
from what is stored; ``rebuild`` recomputes them from scratch (migration
back-fill, and after attempts are deleted in bulk).
"""

from __future__ import annotations

import sqlite3
from typing import Sequence

from app.core.drill import Keystroke
from app.core.metrics import StrokeLike, per_key_tally

_UPSERT = (
    "INSERT INTO key_stats (profile_id, layout, key, presses, errors, interval_sum, interval_count) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id, layout, key) DO UPDATE SET "
    "presses = presses + excluded.presses, errors = errors + excluded.errors, "
    "interval_sum = interval_sum + excluded.interval_sum, interval_count = interval_count + excluded.interval_count"
)


def add_typing(conn: sqlite3.Connection, profile_id: int, layout: str, log: Sequence[StrokeLike]) -> None:
    conn.executemany(_UPSERT, [(profile_id, layout, key, *sums) for key, sums in per_key_tally(log).items()])


def remove_typing(conn: sqlite3.Connection, profile_id: int, layout: str, log: Sequence[StrokeLike]) -> None:
    """Take one attempt's sums back out (the attempt is being deleted); a key left with no presses goes."""
    tally = per_key_tally(log)
    conn.executemany(
        "UPDATE key_stats SET presses = presses - ?, errors = errors - ?, interval_sum = interval_sum - ?, "
        "interval_count = interval_count - ? WHERE profile_id = ? AND layout = ? AND key = ?",
        [(*sums, profile_id, layout, key) for key, sums in tally.items()])
    conn.executemany("DELETE FROM key_stats WHERE profile_id = ? AND layout = ? AND key = ? AND presses <= 0",
                     [(profile_id, layout, key) for key in tally])


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute ``key_stats`` from every stored keystroke (one pass, attempt by attempt)."""
    conn.execute("DELETE FROM key_stats")
    rows = conn.execute(
        "SELECT a.id, a.profile_id, a.layout, k.t, k.position, k.expected, k.typed, k.correct, k.wrong_layout "
        "FROM attempts a JOIN keystrokes k ON k.attempt_id = a.id "
        "WHERE a.layout IS NOT NULL ORDER BY a.id, k.seq"
    )
    current, owner, log = None, None, []
    for attempt_id, profile_id, layout, t, pos, exp, typed, ok, wl in rows:
        if attempt_id != current:
            if log:
                add_typing(conn, *owner, log)
            current, owner, log = attempt_id, (profile_id, layout), []
        log.append(Keystroke(t, pos, exp, typed, bool(ok), bool(wl)))
    if log:
        add_typing(conn, *owner, log)


def migration_2(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE key_stats ("
        " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
        " layout TEXT NOT NULL, key TEXT NOT NULL,"
        " presses INTEGER NOT NULL, errors INTEGER NOT NULL,"
        " interval_sum REAL NOT NULL, interval_count INTEGER NOT NULL,"
        " PRIMARY KEY (profile_id, layout, key)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX attempts_series ON attempts (profile_id, layout, kind, id)")
    rebuild(conn)
