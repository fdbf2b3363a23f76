"""``chat-trainer export`` (profiles' results to CSV/JSON) and ``chat-trainer report`` (a department summary)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.storage.location import resolve_data_dir


def register(sub) -> None:
    p = sub.add_parser("export", help="выгрузить результаты профилей в CSV или JSON")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--profile", metavar="ИМЯ", help="профиль (по умолчанию — текущий)")
    who.add_argument("--all", action="store_true", help="все профили")
    p.add_argument("--format", choices=("json", "csv"), help="формат (по умолчанию — по расширению файла)")
    p.add_argument("--no-keystrokes", action="store_true", help="без записи нажатий (только для JSON)")
    p.add_argument("-o", "--output", required=True, metavar="ФАЙЛ", help="куда записать")
    p.set_defaults(func=run_export)
    r = sub.add_parser("report", help="свести выгрузки многих кандидатов в одну таблицу")
    r.add_argument("files", nargs="+", metavar="ФАЙЛ", help="выгрузки результатов (.json, .csv)")
    r.add_argument("-o", "--output", required=True, metavar="ФАЙЛ", help="сводка: .csv или .html")
    r.set_defaults(func=run_report)


def _fail(message: str) -> int:
    print(f"chat-trainer export: {message}", file=sys.stderr)
    return 2


def run_export(args: argparse.Namespace) -> int:
    from app.storage.errors import StorageError
    try:
        return _export(args)
    except StorageError as exc:  # the database could not be opened or read
        return _fail(str(exc))


def _export(args: argparse.Namespace) -> int:
    from app.reports.export import ExportError, export_results
    from app.storage import open_store
    path = Path(args.output)
    fmt = args.format or path.suffix.lower().lstrip(".")
    if fmt not in ("json", "csv"):
        return _fail(f"не понять формат по имени «{path.name}»: укажите --format json или csv.")
    with open_store(resolve_data_dir(args.data_dir)) as store:
        profiles = store.profiles.list()
        if args.all:
            chosen = profiles
        elif args.profile is not None:
            chosen = [p for p in profiles if p.name == args.profile]
            if not chosen:
                names = ", ".join(p.name for p in profiles) or "профилей нет"
                return _fail(f"профиль «{args.profile}» не найден (есть: {names}).")
        else:
            current = store.profiles.current()
            chosen = [current] if current else []
        if not chosen:
            return _fail("нет профилей для экспорта.")
        try:
            export_results(store, [p.id for p in chosen], path, fmt, keystrokes=not args.no_keystrokes)
        except ExportError as exc:
            return _fail(str(exc))
    print(f"Результаты ({len(chosen)} проф.) записаны в {path}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Exit 0: all read; 1: some inputs unreadable (named), the rest reported; 2: output or usage error."""
    from app.core.candidates import merge
    from app.reports.inputs import InputError, read_candidates
    from app.reports.summary import write_summary
    rows, bad = [], 0
    for name in args.files:
        try:
            rows += read_candidates(Path(name))
        except InputError as exc:
            print(f"chat-trainer report: {exc}", file=sys.stderr)
            bad += 1
    out = Path(args.output)
    try:
        write_summary(merge(rows), out)
    except ValueError as exc:
        print(f"chat-trainer report: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"chat-trainer report: не удалось записать «{out}»: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"Сводка по {len(merge(rows))} канд. записана в {out}")
    return 1 if bad else 0
