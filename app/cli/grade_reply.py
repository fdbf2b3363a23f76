"""``chat-trainer grade-reply``: the scorecard of an operator's reply, one pair or a whole JSONL batch.

Exit codes: 0 — the reply passes (in a batch: every reply passes), 1 — it fails (some fail or a
line is malformed), 2 — wrong call or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.failure import EXIT_FAILED, EXIT_USAGE, CommandFailed
from app.core.regular_file import UnusableFile, read_regular


def register(sub) -> None:
    parser = sub.add_parser(
        "grade-reply", help="оценить ответ оператора клиенту по карте оценки",
        description="Оценивает ответ оператора по карте оценки: приветствие, имя, сочувствие, решение, "
                    "завершение, тон, грамотность, стиль, длина, безопасность данных; настроение клиента решает, нужно ли "
                    "извинение. Код выхода: 0 — ответ зачтён, 1 — не зачтён, "
                    "2 — неверный вызов или файл не читается.")
    parser.add_argument("--customer", metavar="ФАЙЛ", help="файл с сообщением клиента (UTF-8)")
    parser.add_argument("--reply", metavar="ФАЙЛ", help="файл с ответом оператора (UTF-8)")
    parser.add_argument("--name", metavar="ИМЯ", default="",
                        help="имя клиента из карточки; без него берётся имя из сообщения или подписи клиента")
    parser.add_argument("--task", metavar="ПАКЕТ:ЗАДАНИЕ",
                        help="задание из встроенного или установленного пакета: его факты, запреты и порог")
    parser.add_argument("--json", action="store_true", help="вывести результат в JSON")
    parser.add_argument("--batch", metavar="ФАЙЛ.jsonl",
                        help='много пар: по строке {"customer": ..., "reply": ..., "name": ...}; '
                             "на каждую строку — строка JSON с результатом")
    parser.set_defaults(func=run)


MAX_INPUT_BYTES = 16 * 1024 * 1024  # a batch of replies; checked before reading, only a regular file


def _read(path: str, what: str) -> str:
    try:
        return read_regular(Path(path), MAX_INPUT_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _usage_error(f"{what}: файл {path} не в кодировке UTF-8") from None
    except UnusableFile as exc:  # missing, a device, a FIFO, too large
        raise _usage_error(f"{what}: не удалось прочитать {path}: {exc.reason}") from None


def _usage_error(message: str) -> CommandFailed:
    return CommandFailed(f"grade-reply: {message}", EXIT_USAGE)


def run(args: argparse.Namespace) -> int:
    from app.services.errors import ServiceError
    from app.services.texts import find_task, grade_reply
    from app.storage.location import resolve_data_dir

    if args.batch:
        if args.customer or args.reply or args.task:
            raise _usage_error("--batch нельзя сочетать с --customer, --reply и --task.")
        return _run_batch(args.batch)
    if not args.customer or not args.reply:
        raise _usage_error("укажите --customer ФАЙЛ и --reply ФАЙЛ или --batch ФАЙЛ.jsonl.")
    customer = _read(args.customer, "Сообщение клиента")
    reply = _read(args.reply, "Ответ")
    try:
        task = find_task(args.task, resolve_data_dir(getattr(args, "data_dir", None))) if args.task else None
    except ServiceError as exc:
        raise _usage_error(str(exc)) from None
    card = grade_reply(reply, [customer], name=args.name, task=task)
    if args.json:
        print(json.dumps(card.to_json(), ensure_ascii=False))
    else:
        _print_card(card)
    return 0 if card.passed else EXIT_FAILED


def _print_card(card) -> None:
    marks = {True: "✓", False: "✗", None: "—"}
    for note in card.notes:
        print(f"! {note}")
    for name, el in card.elements.items():
        crit = " (критично)" if el.critical_failure else ""
        print(f"{marks[el.passed]} {name:<10} {el.reason}{crit}")
    verdict = "зачтено" if card.passed else "не зачтено"
    print(f"Итог: {card.total} из 100 при пороге {card.pass_score:g} — {verdict}.")
    for why in card.why_failed:
        print(f"  почему: {why}")


def _run_batch(path: str) -> int:
    from app.services.texts import grade_reply

    lines = _read(path, "Пакет ответов").splitlines()
    all_pass = True
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("строка должна быть объектом JSON")
            customer, reply, name = item.get("customer"), item.get("reply"), item.get("name", "")
            if isinstance(customer, str):
                customer = [customer]
            if (not isinstance(customer, list) or not all(isinstance(c, str) for c in customer)
                    or not isinstance(reply, str) or not isinstance(name, str)):
                raise ValueError("нужны строки «customer» и «reply» (и, если есть, «name»)")
        except (json.JSONDecodeError, ValueError) as exc:
            reason = f"не JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            print(json.dumps({"line": number, "error": f"Строка {number}: {reason}."}, ensure_ascii=False))
            all_pass = False
            continue
        card = grade_reply(reply, customer, name=name)
        out = {"line": number, **card.to_json()}
        print(json.dumps(out, ensure_ascii=False), flush=True)
        all_pass = all_pass and card.passed
    return 0 if all_pass else EXIT_FAILED
