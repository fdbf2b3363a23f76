"""``chat-trainer export`` (profiles' results to CSV/JSON) and ``chat-trainer report`` (a department summary)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.failure import EXIT_FAILED, EXIT_USAGE, CommandFailed
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
    r.add_argument("files", nargs="*", metavar="ФАЙЛ", help="выгрузки результатов (.json, .csv, .pdf)")
    r.add_argument("--lrs", metavar="URL", help="читать результаты из LRS учебного отдела (адрес xAPI)")
    r.add_argument("--lrs-key", metavar="КЛЮЧ", default=os.environ.get("CHAT_TRAINER_LRS_KEY", ""),
                   help="ключ LRS (HTTP Basic; по умолчанию — переменная CHAT_TRAINER_LRS_KEY)")
    r.add_argument("--lrs-secret", metavar="СЕКРЕТ", default=os.environ.get("CHAT_TRAINER_LRS_SECRET", ""),
                   help="секрет LRS (по умолчанию — переменная CHAT_TRAINER_LRS_SECRET)")
    r.add_argument("--since", metavar="ДАТА", help="только попытки не раньше этой даты (ISO 8601), для --lrs")
    r.add_argument("-o", "--output", required=True, metavar="ФАЙЛ", help="сводка: .csv или .html")
    r.set_defaults(func=run_report)


def _export_failed(message: str) -> CommandFailed:
    return CommandFailed(f"chat-trainer export: {message}", EXIT_USAGE)


def run_export(args: argparse.Namespace) -> int:
    from app.reports.export import ExportError
    from app.services.errors import ServiceError
    from app.services.results import export_format, export_profiles
    from app.storage.errors import StorageError
    path = Path(args.output)
    try:
        fmt = export_format(path, args.format)
        chosen = export_profiles(resolve_data_dir(args.data_dir), path, fmt, name=args.profile, every=args.all,
                                 keystrokes=not args.no_keystrokes)
    except (ServiceError, ExportError, StorageError) as exc:  # StorageError: the database could not be used
        raise _export_failed(str(exc)) from None
    print(f"Результаты ({len(chosen)} проф.) записаны в {path}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Exit 0: all read; 1: some inputs unreadable (named), the rest reported; 2: output or usage error."""
    from app.core.candidates import merge
    from app.services.results import Report, gather_candidates, gather_from_lrs, write_report
    if not args.files and not args.lrs:
        raise CommandFailed("chat-trainer report: укажите файлы кандидатов или --lrs URL.", EXIT_USAGE)
    report = gather_candidates([Path(name) for name in args.files])
    if args.lrs:
        filters = {"since": args.since} if args.since else {}
        from_lrs = gather_from_lrs(args.lrs, args.lrs_key, args.lrs_secret, **filters)
        report = Report(merge(report.candidates + from_lrs.candidates), report.unreadable + from_lrs.unreadable)
    for problem in report.unreadable:
        print(f"chat-trainer report: {problem}", file=sys.stderr)
    out = Path(args.output)
    try:
        write_report(report, out)
    except ValueError as exc:
        raise CommandFailed(f"chat-trainer report: {exc}", EXIT_USAGE) from None
    except OSError as exc:
        raise CommandFailed(f"chat-trainer report: не удалось записать «{out}»: {exc.strerror or exc}",
                            EXIT_USAGE) from None
    print(f"Сводка по {len(report.candidates)} канд. записана в {out}")
    return EXIT_FAILED if report.unreadable else 0
