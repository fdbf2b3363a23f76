"""``chat-trainer quiz import FILE -o DIR``: a Moodle question bank (GIFT or XML) as a quiz pack."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from app.cli.failure import EXIT_USAGE, CommandFailed


def register(sub) -> None:
    parser = sub.add_parser("quiz", help="тесты: импорт вопросов из Moodle",
                            description="Работа с тестами по сетевому этикету.")
    quiz_sub = parser.add_subparsers(dest="quiz_command", metavar="КОМАНДА")
    imp = quiz_sub.add_parser(
        "import", help="перенести вопросы из файла Moodle (GIFT или Moodle XML) в папку пакета",
        description="Читает вопросы в формате GIFT или Moodle XML и пишет папку пакета (pack.toml и quiz.toml). "
                    "Неподдерживаемые вопросы перечисляются. Код выхода: 0 — пакет записан, 2 — файл нельзя "
                    "использовать (все ошибки перечисляются) или неверный вызов.")
    imp.add_argument("file", metavar="ФАЙЛ", help="файл .gift/.txt (GIFT) или .xml (Moodle XML)")
    imp.add_argument("-o", "--output", metavar="ПАПКА", required=True, help="новая (или пустая) папка пакета")
    imp.add_argument("--id", dest="pack_id", metavar="ID", help="id пакета (по умолчанию — из названия)")
    imp.add_argument("--title", metavar="НАЗВАНИЕ", help="название пакета (по умолчанию — имя файла)")
    imp.set_defaults(func=run_import)
    parser.set_defaults(func=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> NoReturn:
    parser.print_usage(sys.stderr)
    raise CommandFailed("chat-trainer quiz: укажите команду, например: quiz import ФАЙЛ -o ПАПКА", EXIT_USAGE)


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.packs.problems import PackError
    from app.services.packs import import_quiz_bank

    try:
        report = import_quiz_bank(Path(args.file), Path(args.output), pack_id=args.pack_id, title=args.title)
    except PackError as exc:
        raise CommandFailed("\n".join(f"ошибка: {p}" for p in exc.problems), EXIT_USAGE) from None
    for line in report.lines():
        print(line)
    return 0
