"""The ``chat-trainer`` command: the GUI by default, sub-commands for scripts.

One module per command group, each exposing ``register(subparsers)``; they are
imported lazily by :func:`build_parser` so that ``chat-trainer --version`` stays
cheap; a plain GUI start (no sub-command other than ``gui``) builds no parser at all, since
importing every command group costs more than showing an empty window. A command returns its exit status or raises
:class:`~app.cli.failure.CommandFailed`, which :func:`main` reports.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from app import __version__
from app.cli.failure import CommandFailed, report

if TYPE_CHECKING:
    import argparse

COMMAND_MODULES = ("packs", "check", "quiz", "grade_reply", "results", "cert")


def build_parser() -> argparse.ArgumentParser:
    import argparse
    from importlib import import_module

    from app.cli import argparse_ru

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


def plain_gui_start(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` only opens the window (``[--data-dir DIR] [gui]``), and the data directory given.

    Anything else (help, version, a sub-command, a malformed option) goes through the full parser,
    which reports errors as before.
    """
    data_dir, rest = None, list(argv)
    while rest and rest[0].startswith("--data-dir"):
        option = rest.pop(0)
        if option.startswith("--data-dir="):
            data_dir = option.partition("=")[2]
        elif option == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        else:
            return False, None
    if rest == ["gui"]:
        rest = []
    return not rest and data_dir != "", data_dir


def _run_gui(args: argparse.Namespace) -> int:
    return _open_window(args.data_dir)


def _open_window(data_dir: str | None) -> int:
    from app.ui.application import run
    code = run(data_dir=data_dir)
    # The store is closed and the grammar engine's process ended: skip the interpreter's teardown
    # of Qt objects and modules, which would keep the closed window's program alive ~0.3 s more.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    plain, data_dir = plain_gui_start(sys.argv[1:] if argv is None else argv)
    try:
        if plain:
            return _open_window(data_dir)
        args = build_parser().parse_args(argv)
        func = getattr(args, "func", _run_gui)
        return int(func(args) or 0)
    except CommandFailed as exc:
        return report(exc)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
