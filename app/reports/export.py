"""Write profiles' results to CSV or JSON, atomically, streaming keystrokes."""

from __future__ import annotations

import csv
import errno
import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from app import __version__
from app.core.records import TYPING_KINDS
from app.core.results_export import CSV_COLUMNS, FORMAT_VERSION, attempt_record, csv_row, profile_summary

KEYSTROKE_FIELDS = ("t", "position", "expected", "typed", "correct", "wrong_layout")


class ExportError(Exception):
    """An export that could not be written; the message is for the user."""


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _write_json(out: TextIO, store, profiles, keystrokes: bool) -> None:
    out.write('{"format": "chat-trainer-results", "format_version": %d, "app_version": %s, '
              '"exported_at": %s, "profiles": [' % (FORMAT_VERSION, _dump(__version__),
                                                    _dump(datetime.now(timezone.utc).isoformat(timespec="seconds"))))
    for p_index, profile in enumerate(profiles):
        records = [attempt_record(r) for r in reversed(store.attempts.list(profile.id))]
        out.write(("," if p_index else "") + '{"name": %s, "summary": %s, "attempts": ['
                  % (_dump(profile.name), _dump(profile_summary(records))))
        for a_index, record in enumerate(records):
            out.write(("," if a_index else "") + _dump(record)[:-1])
            if keystrokes and record["kind"] in TYPING_KINDS:
                out.write(', "keystroke_fields": %s, "keystrokes": [' % _dump(KEYSTROKE_FIELDS))
                first = True
                for batch in store.attempts.keystroke_batches(record["id"]):
                    for t, pos, exp, typed, ok, wl in batch:
                        out.write(("" if first else ",") + _dump([t, pos, exp, typed, bool(ok), bool(wl)]))
                        first = False
                out.write("]")
            out.write("}")
        out.write("]}")
    out.write("]}\n")


def _write_csv(out: TextIO, store, profiles) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for profile in profiles:
        for row in reversed(store.attempts.list(profile.id)):
            writer.writerow(csv_row(profile.name, attempt_record(row)))


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "нет прав на запись"
    if exc.errno == errno.ENOSPC:
        return "на диске нет места"
    if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
        return "папка не существует"
    return exc.strerror or str(exc)


def export_results(store, profile_ids, path: Path, fmt: str, keystrokes: bool = True) -> Path:
    """Write the given profiles' results to ``path`` as "json" or "csv"; the old file stays until done."""
    if fmt not in ("json", "csv"):
        raise ExportError(f"Неизвестный формат экспорта «{fmt}»: нужен json или csv.")
    profiles = [p for p in store.profiles.list() if p.id in set(profile_ids)]
    if not profiles:
        raise ExportError("Нет профилей для экспорта.")
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"Не удалось записать «{path}»: {_reason(exc)}.") from exc
    try:
        # utf-8-sig: Excel opens a CSV with Cyrillic correctly only with the BOM
        with os.fdopen(fd, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as out:
            if fmt == "json":
                _write_json(out, store, profiles, keystrokes)
            else:
                _write_csv(out, store, profiles)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"Не удалось записать «{path}»: {_reason(exc)}.") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
