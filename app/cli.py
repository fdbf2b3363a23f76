"""The ``chat-trainer`` command: the GUI by default, sub-commands for scripts.

Sub-command modules each expose ``register(subparsers)``; they are imported
lazily by :func:`build_parser` so that ``chat-trainer --version`` and the
GUI's start-up stay cheap.
"""

from __future__ import annotations

import argparse
import os
import sys

from app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chat-trainer",
        description="Тренажёр оператора чата. Без подкоманды открывает окно программы.",
    )
    parser.add_argument("--version", action="version", version=f"chat-trainer {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="папка с базой и пакетами (по умолчанию — переменная CHAT_TRAINER_DATA "
                             "или папка данных пользователя)")
    sub = parser.add_subparsers(dest="command", metavar="КОМАНДА")
    gui = sub.add_parser("gui", help="открыть окно программы (то же, что без подкоманды)")
    gui.set_defaults(func=_run_gui)
    from app.packs import cli as packs_cli
    packs_cli.register(sub)
    from app import grammar_cli
    grammar_cli.register(sub)
    from app import quiz_cli
    quiz_cli.register(sub)
    from app import grade_reply_cli
    grade_reply_cli.register(sub)
    from app import results_cli
    results_cli.register(sub)
    from app import cert_cli
    cert_cli.register(sub)
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
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
