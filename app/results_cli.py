"""``chat-trainer export``: profiles' results to a CSV or JSON file."""

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
