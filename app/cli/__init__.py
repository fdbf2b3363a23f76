"""The ``chat-trainer`` command: the GUI by default, sub-commands for scripts.

One module per command group, each exposing ``register(subparsers)``; they are
imported lazily by :func:`build_parser` so that ``chat-trainer --version`` and
the GUI's start-up stay cheap. A command returns its exit status or raises
:class:`~app.cli.failure.CommandFailed`, which :func:`main` reports.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module

from app import __version__
from app.cli import argparse_ru
from app.cli.failure import CommandFailed, report

COMMAND_MODULES = ("packs", "check", "quiz", "grade_reply", "results", "cert")


def build_parser() -> argparse.ArgumentParser:
    argparse_ru.install()  # before the parsers are made: their group titles are looked up then
    parser = argparse.ArgumentParser(
        prog="chat-trainer",
        description="Тренажёр оператора чата. Без подкоманды открывает окно программы.",
    )
    parser.add_argument("--version", action="version", version=f"chat-trainer {__version__}",
                        help="показать версию программы и выйти")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="папка с базой и пакетами (по умолчанию — переменная CHAT_TRAINER_DATA "
                             "или папка данных пользователя)")
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА")
    gui = sub.add_parser("gui", help="открыть окно программы (то же, что без подкоманды)")
    gui.set_defaults(func=_run_gui)
    for name in COMMAND_MODULES:
        import_module(f"app.cli.{name}").register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from app.ui.application import run
    code = run(data_dir=args.data_dir)
    # The store is closed and the grammar engine's process ended: skip the interpreter's teardown
    # of Qt objects and modules, which would keep the closed window's program alive ~0.3 s more.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", _run_gui)
    try:
        return int(func(args) or 0)
    except CommandFailed as exc:
        return report(exc)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
