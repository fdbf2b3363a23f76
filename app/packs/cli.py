"""``chat-trainer pack …`` sub-commands."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("pack", help="пакеты упражнений: проверить, собрать, установить, удалить")
