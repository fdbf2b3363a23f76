"""Readers of candidates' files for the department report, chosen by file suffix.

Each reader returns CandidateRow objects or raises InputError naming the file
and the problem. A certificate (.pdf) is verified first: one that fails
verification is refused with what does not match, never merged.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Callable

from app.core.candidates import FIGURES, CandidateRow
from app.core.results_export import profile_summary


class InputError(Exception):
    pass


def _row(name: str, summary: dict, source: str) -> CandidateRow:
    return CandidateRow(name, {f: summary.get(f) for f in FIGURES}, int(summary.get("attempts") or 0),
                        int(summary.get("flagged") or 0), (source,))


def read_json(path: Path) -> list[CandidateRow]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("format") != "chat-trainer-results":
            raise InputError(f"{path}: это не экспорт результатов тренажёра.")
        return [_row(p["name"], p["summary"], path.name) for p in doc["profiles"]]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: файл повреждён или не того формата ({exc}).") from exc


def _num(text: str) -> float | None:
    return float(text) if text else None


def read_csv(path: Path) -> list[CandidateRow]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if not reader.fieldnames or "profile" not in reader.fieldnames or "kind" not in reader.fieldnames:
                raise InputError(f"{path}: нет столбцов profile и kind — это не экспорт результатов.")
            by_profile: dict[str, list[dict]] = {}
            for line in reader:
                by_profile.setdefault(line["profile"], []).append({
                    "kind": line["kind"], "cpm": _num(line["cpm"]), "accuracy": _num(line["accuracy"]),
                    "score": _num(line["score"]), "flags": [c for c in line["flags"].split(",") if c]})
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: файл повреждён или не того формата ({exc}).") from exc
    return [_row(name, profile_summary(records), path.name) for name, records in by_profile.items()]


# Certificate figure → report figure (the two use different names for the same thing).
_CERT_FIGURES = {"typing_cpm": "best_timed_cpm", "typing_accuracy": "typing_accuracy",
                 "grammar_percent": "grammar_score", "correspondence_score": "correspondence_score",
                 "quiz_percent": "quiz_score"}


def read_certificate(path: Path) -> list[CandidateRow]:
    from app.certs.pdf_reader import NotACertificate
    from app.certs.verify_file import verify_pdf

    try:
        evidence, report = verify_pdf(path)
    except NotACertificate as exc:
        raise InputError(str(exc) if str(path) in str(exc) else f"{path}: {exc}") from exc
    if not report.valid:
        raise InputError(f"{path}: сертификат не прошёл проверку — " + "; ".join(report.mismatches))
    figures = {_CERT_FIGURES[f.key]: f.reached for f in report.figures if f.key in _CERT_FIGURES}
    return [CandidateRow(evidence["name"], {f: figures.get(f) for f in FIGURES}, 0, 0,
                         (f"{path.name} (сертификат)",))]


READERS: dict[str, Callable[[Path], list[CandidateRow]]] = {".json": read_json, ".csv": read_csv,
                                                             ".pdf": read_certificate}


def read_candidates(path: Path) -> list[CandidateRow]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"{path}: неизвестный тип файла (читаются {', '.join(READERS)}).")
    try:
        return reader(path)
    except OSError as exc:
        raise InputError(f"{path}: не удалось прочитать ({exc.strerror or exc}).") from exc
