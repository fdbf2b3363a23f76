"""The department summary as CSV (Excel-friendly) or a self-contained HTML table."""

from __future__ import annotations

import csv
import html
import os
import tempfile
from pathlib import Path

from app.core.candidates import HEADINGS, CandidateRow


def _html(rows: list[CandidateRow]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in HEADINGS)
    body = "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r.cells()) + "</tr>" for r in rows)
    return ("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Сводка по кандидатам</title>"
            "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
            "td,th{border:1px solid #999;padding:4px 8px}th{background:#eee}</style></head><body>"
            f"<h1>Сводка по кандидатам</h1><table><thead><tr>{head}</tr></thead><tbody>\n{body}\n"
            "</tbody></table></body></html>\n")


def write_summary(rows: list[CandidateRow], path: Path) -> None:
    """Write atomically; raises OSError (the caller names it) or ValueError for an unknown suffix."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".html", ".htm"):
        raise ValueError(f"сводку можно записать только в .csv или .html, а не «{path.name}»")
    fd, tmp = tempfile.mkstemp(prefix=".summary-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if suffix == ".csv" else "utf-8", newline="") as out:
            if suffix == ".csv":
                writer = csv.writer(out)
                writer.writerow(HEADINGS)
                writer.writerows(r.cells() for r in rows)
            else:
                out.write(_html(rows))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
