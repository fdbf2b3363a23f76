"""The exported-results document: one profile's attempts and a summary of them.

Pure data shaping; app/reports/export.py reads the store and writes files.
Attempts are duck-typed (anything with AttemptRow's fields) so the core does
not depend on storage.
"""

from __future__ import annotations

from statistics import fmean
from typing import Any, Iterable

from app.core.records import TYPING_KINDS, GradedKind, TypingKind
from app.core.records import read as read_record

FORMAT_VERSION = 1

# One CSV row per attempt; the order is part of the documented format.
CSV_COLUMNS = ("profile", "attempt_id", "kind", "pack_id", "exercise_id", "title", "started_at",
               "finished_at", "layout", "seconds", "cpm", "wpm", "accuracy", "errors", "score",
               "passed", "consistency", "flags", "counts_for_certificate")


def attempt_record(row: Any) -> dict:
    """The JSON form of one attempt (keystrokes are added by the writer, streamed)."""
    record = read_record(row.kind, row.details)
    flags = record.flags
    return {
        "id": row.id, "kind": row.kind, "pack_id": row.pack_id, "exercise_id": row.exercise_id,
        "started_at": row.started_at, "finished_at": row.finished_at, "layout": row.layout,
        "mode": row.mode, "text": row.text, "seconds": row.seconds, "cpm": row.cpm, "wpm": row.wpm,
        "accuracy": row.accuracy, "errors": row.errors, "score": row.score, "passed": row.passed,
        "consistency": record.consistency, "flags": flags,
        "counts_for_certificate": row.passed and not flags,
        "details": row.details,
    }


def csv_row(profile: str, record: dict) -> list[str]:
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "да" if value else "нет"
        if isinstance(value, float):
            return f"{value:.2f}"
        return str(value)
    title = read_record(record["kind"], record["details"]).title
    values = dict(record, profile=profile, attempt_id=record["id"], title=title, flags=",".join(record["flags"]))
    return [cell(values[c]) for c in CSV_COLUMNS]


def _mean(values: list[float]) -> float | None:
    return round(fmean(values), 2) if values else None


def profile_summary(records: Iterable[dict]) -> dict:
    """Figures a training department compares; flagged typing attempts are left out."""
    records = list(records)
    honest = [r for r in records if r["kind"] in TYPING_KINDS and not r["flags"] and r["cpm"] is not None]
    timed = [r["cpm"] for r in honest if r["kind"] == TypingKind.TIMED]
    return {
        "attempts": len(records),
        "flagged": sum(1 for r in records if r["flags"]),
        "best_timed_cpm": round(max(timed), 1) if timed else None,
        "typing_accuracy": _mean([r["accuracy"] for r in honest if r["accuracy"] is not None]),
        **{f"{kind}_score": _mean([r["score"] for r in records if r["kind"] == kind and r["score"] is not None])
           for kind in GradedKind},
    }
