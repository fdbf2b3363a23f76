"""``chat-trainer grade-reply``: the scorecard of an operator's reply, one pair or a whole JSONL batch.

Exit codes: 0 — the reply passes (in a batch: every reply passes), 1 — it fails (some fail or a
line is malformed), 2 — wrong call or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path

from app.cli.failure import EXIT_FAILED, EXIT_USAGE, CommandFailed
from app.cli.ordered_pool import available_cores, ordered_map
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
    parser.add_argument("--words", metavar="ФАЙЛ", help="список верных слов, которые не считать опечатками: "
                                                        "по слову в строке, UTF-8 (к ним добавляется глоссарий "
                                                        "пакета задания из --task)")
    parser.add_argument("--json", action="store_true", help="вывести результат в JSON")
    parser.add_argument("--batch", metavar="ФАЙЛ.jsonl",
                        help='много пар: по строке {"customer": ..., "reply": ..., "name": ...}; '
                             "на каждую строку — строка JSON с результатом")
    parser.add_argument("--jobs", metavar="N", type=int, default=None,
                        help="сколько процессов проверяют пакет одновременно; по умолчанию — по числу ядер "
                             "процессора (ответы выводятся в порядке строк)")
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
    from app.cli.check import read_words
    from app.services.errors import ServiceError
    from app.services.texts import find_task, grade_reply
    from app.storage.location import resolve_data_dir

    if args.jobs is not None and not args.batch:
        raise _usage_error("--jobs имеет смысл только с --batch.")
    if args.batch:
        if args.customer or args.reply or args.task:
            raise _usage_error("--batch нельзя сочетать с --customer, --reply и --task.")
        jobs = available_cores() if args.jobs is None else args.jobs
        if jobs < 1:
            raise _usage_error("--jobs: нужно целое число не меньше 1.")
        return _run_batch(args.batch, read_words(args.words, _usage_error) if args.words else (), jobs)
    if not args.customer or not args.reply:
        raise _usage_error("укажите --customer ФАЙЛ и --reply ФАЙЛ или --batch ФАЙЛ.jsonl.")
    customer = _read(args.customer, "Сообщение клиента")
    reply = _read(args.reply, "Ответ")
    words = read_words(args.words, _usage_error) if args.words else ()
    try:
        task, glossary = find_task(args.task, resolve_data_dir(getattr(args, "data_dir", None))) \
            if args.task else (None, ())
    except ServiceError as exc:
        raise _usage_error(str(exc)) from None
    card = grade_reply(reply, [customer], name=args.name, task=task, known_words=words + glossary)
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


def _run_batch(path: str, words: tuple[str, ...], jobs: int) -> int:
    entries = [_parse_line(number, line) for number, line in enumerate(_read(path, "Пакет ответов").splitlines(), 1)
               if line.strip()]
    pairs = [pair for _, error, pair in entries if error is None]
    grade = partial(_grade, words=words)
    results = None
    all_pass = True
    for number, error, pair in entries:
        if error is not None:
            print(json.dumps({"line": number, "error": f"Строка {number}: {error}."}, ensure_ascii=False))
            all_pass = False
            continue
        if results is None:
            # the first reply is graded here: it loads the engine before any worker is forked, so they share it
            card, passed = grade(pair)
            results = ordered_map(grade, pairs[1:], min(jobs, len(pairs) - 1))
        else:
            card, passed = next(results)
        print(json.dumps({"line": number, **card}, ensure_ascii=False), flush=True)
        all_pass = all_pass and passed
    return 0 if all_pass else EXIT_FAILED


def _parse_line(number: int, line: str) -> tuple[int, str | None, tuple]:
    """The line's number and either the reason it is malformed or its (customer messages, reply, name)."""
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
        return number, f"не JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc), ()
    return number, None, (customer, reply, name)


def _grade(pair: tuple, words: tuple[str, ...]) -> tuple[dict, bool]:
    """The scorecard of one (customer messages, reply, name) as JSON, and whether it passes; runs in a worker."""
    from app.services.texts import grade_reply

    customer, reply, name = pair
    card = grade_reply(reply, customer, name=name, known_words=words)
    return card.to_json(), card.passed
