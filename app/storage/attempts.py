"""Attempts and their keystrokes: saving typed records, reading them back, deleting a pack's results."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.core import records
from app.core.drill import Keystroke
from app.core.metrics import StrokeLike
from app.core.records import TYPING_KINDS, AttemptRecord, GradedRecord, TypingKind, TypingRecord
from app.storage import aggregates
from app.storage.connection import iso, now, reading, to_json, writing
from app.storage.errors import StorageError, describe
from app.storage.outbox import Outbox
from app.storage.sqlite_library import Database

# An attempt without plausibility flags: pasted or robotic typing stays out of speed figures.
UNFLAGGED_SQL = f"coalesce(json_array_length(details, '{records.FLAGS_PATH}'), 0) = 0"
TYPING_KINDS_SQL = "(" + ", ".join(f"'{k}'" for k in sorted(TYPING_KINDS)) + ")"


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
    details: dict  # as stored; read it through ``record``

    @classmethod
    def from_row(cls, row: Sequence) -> AttemptRow:
        *head, passed, details = row
        return cls(*head, passed=bool(passed), details=json.loads(details))

    @property
    def record(self) -> AttemptRecord:
        return records.read(self.kind, self.details)


_ATTEMPT_COLUMNS = ", ".join(AttemptRow.__dataclass_fields__)
_KEYSTROKE_COLUMNS = "seq, t, position, expected, typed, correct, wrong_layout"


@dataclass(frozen=True)
class RemovedAttempt:
    """A deleted attempt as it was stored, so that it can be put back (undo) exactly, id included."""

    row: dict  # column → value, every column of the attempts table
    keystrokes: tuple[tuple, ...]  # (seq, t, position, expected, typed, correct, wrong_layout)

    @property
    def id(self) -> int:
        return self.row["id"]


class AttemptRepo:
    def __init__(self, db: Database, outbox: Outbox | None = None):
        self.db = db
        self.outbox = outbox  # None on read-only readers

    def _queue_statement(self, conn: sqlite3.Connection, attempt_id: int) -> None:
        """Queue the attempt's xAPI statement in the transaction that saves it (see storage/outbox.py)."""
        if self.outbox is not None:
            row = conn.execute(f"SELECT {_ATTEMPT_COLUMNS} FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
            self.outbox.queue_attempt(conn, AttemptRow.from_row(row))

    def save_typing(self, profile_id: int, *, kind: TypingKind | str, pack_id: str | None,
                    exercise_id: str | None, layout: str, mode: str, text: str, started_at: datetime | str,
                    record: TypingRecord, keystrokes: Sequence[StrokeLike], passed: bool) -> int:
        """Store a finished typing attempt and all its keystrokes; durable when this returns.

        The speed columns come from ``record.summary``.
        Raises SaveError (nothing written) if the database refuses the write.
        """
        if kind not in TYPING_KINDS:
            raise ValueError(f"not a typing attempt kind: {kind!r}")
        if not isinstance(record, TypingRecord):
            raise TypeError(f"a typing attempt stores a TypingRecord, not {type(record).__name__}")
        summary = record.summary
        attempt = (profile_id, str(kind), pack_id, exercise_id, iso(started_at), now(), str(layout), str(mode),
                   text, summary["seconds"], summary["cpm"], summary["wpm"], summary["accuracy"],
                   summary["errors"], None, int(bool(passed)), to_json(record.to_json()))
        rows = [(s.t, s.position, s.expected, s.typed, int(bool(s.correct)), int(bool(s.wrong_layout)))
                for s in keystrokes]
        with writing(self.db, "сохранить попытку") as conn:
            attempt_id = self._insert(conn, attempt)
            conn.executemany(
                "INSERT INTO keystrokes (attempt_id, seq, t, position, expected, typed, correct, wrong_layout) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(attempt_id, seq, *row) for seq, row in enumerate(rows)],
            )
            aggregates.add_typing(conn, profile_id, str(layout), keystrokes)
            self._queue_statement(conn, attempt_id)
        return attempt_id

    def save_result(self, profile_id: int, *, pack_id: str | None, exercise_id: str | None,
                    score: float | None, passed: bool, record: GradedRecord,
                    started_at: datetime | str, finished_at: datetime | str | None = None) -> int:
        """Store a graded (non-typing) attempt under the kind of its record; durable when this returns."""
        kind = records.graded_kind(record)
        attempt = (profile_id, str(kind), pack_id, exercise_id, iso(started_at),
                   iso(finished_at) if finished_at is not None else now(), None, None, None,
                   None, None, None, None, None, score, int(bool(passed)), to_json(record.to_json()))
        with writing(self.db, "сохранить результат") as conn:
            attempt_id = self._insert(conn, attempt)
            self._queue_statement(conn, attempt_id)
        return attempt_id

    @staticmethod
    def _insert(conn: sqlite3.Connection, values: tuple) -> int:
        return conn.execute(
            "INSERT INTO attempts (profile_id, kind, pack_id, exercise_id, started_at, finished_at, layout, "
            "mode, text, seconds, cpm, wpm, accuracy, errors, score, passed, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        ).lastrowid

    def delete_pack(self, pack_id: str) -> int:
        """Delete every profile's attempts on ``pack_id`` (their keystrokes cascade) and bring the
        dashboard sums in line, in one transaction; return how many attempts were deleted."""
        with writing(self.db, "удалить результаты пакета") as conn:
            if self.outbox is not None:  # the LRS forgets them too (a voiding statement each)
                for (attempt_id,) in conn.execute(
                        "SELECT attempt_id FROM outbox WHERE NOT voids AND attempt_id IN "
                        "(SELECT id FROM attempts WHERE pack_id = ?)", (pack_id,)).fetchall():
                    self.outbox.queue_voiding(attempt_id, conn)
            deleted = conn.execute("DELETE FROM attempts WHERE pack_id = ?", (pack_id,)).rowcount
            if deleted:
                aggregates.rebuild(conn)
        return deleted

    def delete(self, profile_id: int, attempt_ids: Sequence[int]) -> list[RemovedAttempt]:
        """Delete a profile's attempts (keystrokes cascade) and take them out of the per-key sums, in one
        transaction. Every figure is read from what is stored, so they leave every statistic, the adaptive
        model and certificates. Returns them as they were, for :meth:`restore`; ids of other profiles or
        unknown ids are left alone."""
        removed = []
        with writing(self.db, "удалить попытки") as conn:
            for attempt_id in dict.fromkeys(attempt_ids):
                cursor = conn.execute("SELECT * FROM attempts WHERE id = ? AND profile_id = ?",
                                      (attempt_id, profile_id))
                values = cursor.fetchone()
                if values is None:
                    continue
                row = dict(zip((c[0] for c in cursor.description), values))
                strokes = tuple(conn.execute(
                    f"SELECT {_KEYSTROKE_COLUMNS} FROM keystrokes WHERE attempt_id = ? ORDER BY seq", (attempt_id,)))
                layout = row["layout"]
                if layout is not None and strokes:
                    aggregates.remove_typing(conn, profile_id, layout, _strokes(strokes))
                if self.outbox is not None:  # the LRS forgets it too (see storage/outbox.py)
                    self.outbox.queue_voiding(attempt_id, conn)
                conn.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,))
                removed.append(RemovedAttempt(row, strokes))
        return removed

    def restore(self, removed: Sequence[RemovedAttempt]) -> None:
        """Put deleted attempts back as they were (same ids, keystrokes and per-key sums), in one transaction."""
        with writing(self.db, "вернуть попытки") as conn:
            for attempt in removed:
                columns = ", ".join(attempt.row)
                marks = ", ".join("?" * len(attempt.row))
                conn.execute(f"INSERT INTO attempts ({columns}) VALUES ({marks})", tuple(attempt.row.values()))
                conn.executemany(f"INSERT INTO keystrokes (attempt_id, {_KEYSTROKE_COLUMNS}) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                 [(attempt.id, *k) for k in attempt.keystrokes])
                profile_id, layout = attempt.row["profile_id"], attempt.row["layout"]
                if layout is not None and attempt.keystrokes:
                    aggregates.add_typing(conn, profile_id, layout, _strokes(attempt.keystrokes))
                if self.outbox is not None:  # a voiding still waiting is taken back, a dropped statement queued again
                    self.outbox.undo_voiding(attempt.id, conn)
                    self._queue_statement(conn, attempt.id)

    @reading
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

    @reading
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

    @reading
    def passed_exercises(self, profile_id: int, pack_id: str) -> set[str]:
        rows = self.db.execute(
            "SELECT DISTINCT exercise_id FROM attempts "
            "WHERE profile_id = ? AND pack_id = ? AND passed AND exercise_id IS NOT NULL",
            (profile_id, pack_id),
        )
        return {row[0] for row in rows}

    @reading
    def keystrokes(self, attempt_id: int) -> list[Keystroke]:
        rows = self.db.execute(
            "SELECT t, position, expected, typed, correct, wrong_layout FROM keystrokes "
            "WHERE attempt_id = ? ORDER BY seq",
            (attempt_id,),
        )
        return [Keystroke(t, pos, exp, typed, bool(ok), bool(wl)) for t, pos, exp, typed, ok, wl in rows]

    @reading
    def recent_typing_keystrokes(self, profile_id: int, layout: str, limit: int = 20_000) -> list[list[Keystroke]]:
        """The keystrokes of the profile's latest typing attempts on ``layout``: whole attempts, taken
        newest first until ``limit`` keystrokes, returned oldest first (the adaptive drills' history).
        Attempts flagged as implausible (pasted text, robotic timing) are left out."""
        cursor = self.db.execute(
            "SELECT a.id, (SELECT count(*) FROM keystrokes k WHERE k.attempt_id = a.id) FROM attempts a "
            f"WHERE a.profile_id = ? AND a.layout = ? AND a.kind IN {TYPING_KINDS_SQL} "
            f"AND {UNFLAGGED_SQL} ORDER BY a.id DESC",
            (profile_id, layout))
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
        try:  # a generator: @reading would not see errors raised while it is iterated
            cursor = self.db.execute(
                "SELECT t, position, expected, typed, correct, wrong_layout FROM keystrokes "
                "WHERE attempt_id = ? ORDER BY seq",
                (attempt_id,),
            )
            while batch := cursor.fetchmany(size):
                yield batch
        except sqlite3.Error as exc:
            raise StorageError(f"Не удалось прочитать данные тренажёра: {describe(exc)}.") from exc

    @reading
    def count(self, profile_id: int) -> int:
        return self.db.execute("SELECT count(*) FROM attempts WHERE profile_id = ?", (profile_id,)).fetchone()[0]


def _strokes(rows: Sequence[tuple]) -> list[Keystroke]:
    """Keystroke rows as stored (seq first) → keystrokes."""
    return [Keystroke(t, pos, exp, typed, bool(ok), bool(wl)) for _seq, t, pos, exp, typed, ok, wl in rows]
