"""Exporting profiles' results and summarising many candidates' exports into one report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.candidates import CandidateRow, merge
from app.reports.export import export_results
from app.reports.inputs import InputError, read_candidates
from app.reports.summary import write_summary
from app.services.errors import ServiceError
from app.storage import Profile, Store, open_store
from app.core.phrase import phrase

FORMATS = ("json", "csv")


def export_format(path: Path, fmt: str | None = None) -> str:
    """The format asked for, else the one the file name says; ServiceError when neither does."""
    fmt = fmt or Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ServiceError(phrase('не понять формат по имени «{name}»: укажите --format json или csv.', name=Path(path).name))
    return fmt


def choose_profiles(store: Store, *, name: str | None = None, every: bool = False) -> list[Profile]:
    """Every profile, the one called ``name``, or else the current one; ServiceError when there is none."""
    profiles = store.profiles.list()
    if every:
        chosen = profiles
    elif name is not None:
        chosen = [p for p in profiles if p.name == name]
        if not chosen:
            names = ", ".join(p.name for p in profiles) or "профилей нет"
            raise ServiceError(phrase('профиль «{name}» не найден (есть: {names}).', name=name, names=names))
    else:
        current = store.profiles.current()
        chosen = [current] if current else []
    if not chosen:
        raise ServiceError(phrase('нет профилей для экспорта.'))
    return chosen


def export_profiles(data_dir: Path, path: Path, fmt: str, *, name: str | None = None, every: bool = False,
                    keystrokes: bool = True) -> list[Profile]:
    """Write the chosen profiles' results to ``path`` (see choose_profiles); return them.

    Opens its own store, so it may run on a worker thread. Raises ServiceError, ExportError
    or StorageError; an existing file at ``path`` stays until the new one is complete."""
    with open_store(Path(data_dir)) as store:
        chosen = choose_profiles(store, name=name, every=every)
        export_results(store, [p.id for p in chosen], Path(path), fmt, keystrokes=keystrokes)
    return chosen


def export_profile(data_dir: Path, profile_id: int, path: Path, fmt: str) -> Path:
    """One profile's results, with keystrokes (the window's «Экспорт результатов…»)."""
    with open_store(Path(data_dir)) as store:
        return export_results(store, [profile_id], Path(path), fmt)


@dataclass(frozen=True)
class Report:
    candidates: list[CandidateRow]
    unreadable: list[str]  # a message per input that could not be read


def gather_candidates(inputs: Sequence[Path]) -> Report:
    """Read exported results (and certificates) of many candidates, one row per candidate;
    inputs that cannot be read are named in ``unreadable`` and left out."""
    rows: list[CandidateRow] = []
    unreadable: list[str] = []
    for path in inputs:
        try:
            rows += read_candidates(Path(path))
        except InputError as exc:
            unreadable.append(str(exc))
    return Report(merge(rows), unreadable)


def gather_from_lrs(endpoint: str, key: str = "", secret: str = "", **filters: str) -> Report:
    """The candidates whose statements the LRS at ``endpoint`` holds (GET /statements, every page);
    ``filters`` are xAPI query parameters (``since``, ``activity``, ``related_activities`` …).
    An LRS that cannot be read is named in ``unreadable``."""
    from app.core.xapi_summary import candidates
    from app.services.lrs import LrsClient, LrsError
    try:
        client = LrsClient(endpoint, key, secret)
        rows = candidates(client.statements(**filters), f"LRS {client.endpoint}")
    except LrsError as exc:
        return Report([], [f"{endpoint}: {exc}"])
    return Report(rows, [])


def write_report(report: Report, output: Path) -> None:
    """Write the summary to ``output`` (.csv or .html), atomically; raises ValueError for another
    type and OSError when it cannot be written."""
    write_summary(report.candidates, Path(output))
