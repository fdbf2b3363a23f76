"""``chat-trainer check``: grammar and spelling findings for a file or standard input.

Exit status: 0 no findings, 1 findings, 2 the text could not be checked. The text is judged as the
grammar screen judges it: the same engine with our own rules (app/services/texts.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli.failure import EXIT_USAGE, CommandFailed
from app.core.grammar.findings import MAX_CHECK_CHARS
from app.core.grammar.known_words import read_word_list
from app.core.regular_file import UnusableFile, read_regular
from app.core.vocabulary import LANGUAGES

EXIT_CLEAN, EXIT_FINDINGS = 0, 1


def register(sub) -> None:
    parser = sub.add_parser("check", help="проверить орфографию и пунктуацию текста из файла",
                            description="Проверяет текст и печатает найденные ошибки. Код выхода: 0 — ошибок нет, "
                                        "1 — есть ошибки, 2 — текст не удалось проверить.")
    parser.add_argument("file", metavar="ФАЙЛ", help="текстовый файл в UTF-8 или «-» для стандартного ввода")
    parser.add_argument("--engine", choices=("auto", "embedded", "languagetool"), default="auto",
                        help="движок проверки (по умолчанию auto: LanguageTool, если настроен и отвечает, "
                             "иначе встроенный)")
    parser.add_argument("--lang", choices=LANGUAGES, default="ru", help="язык текста (по умолчанию ru)")
    parser.add_argument("--json", action="store_true", help="вывести ошибки списком в JSON")
    parser.add_argument("--words", metavar="ФАЙЛ", help="список верных слов (названия продуктов, личный "
                                                        "словарь): по слову в строке, UTF-8, «#» — комментарий")
    parser.add_argument("--lt-url", metavar="URL", help="адрес сервера LanguageTool (иначе переменная "
                                                        "CHAT_TRAINER_LT_URL)")
    parser.add_argument("--lt-path", metavar="ПАПКА", help="папка установленного LanguageTool "
                                                           "(с languagetool-server.jar; нужна Java 17+)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.services.texts import check_text

    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError, UnusableFile) as exc:
        raise _error(_read_problem(args.file, exc)) from None
    words = read_words(args.words, _error) if args.words else ()
    try:
        result = check_text(text, args.lang, engine=args.engine, lt_url=args.lt_url, lt_path=args.lt_path,
                            known_words=words)
    except ValueError as exc:  # a bad engine configuration, TextTooLong
        raise _error(str(exc)) from None
    if result.fallback_reason:
        print(result.fallback_reason, file=sys.stderr)
    if args.json:
        json.dump([f.to_dict() for f in result.findings], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for finding in result.findings:
            print(format_finding(text, finding))
    return EXIT_FINDINGS if result.findings else EXIT_CLEAN


def format_finding(text: str, finding) -> str:
    """``line:col: category: message (rule) → replacements``, line and column from 1, in characters."""
    line = text.count("\n", 0, finding.offset) + 1
    column = finding.offset - (text.rfind("\n", 0, finding.offset) + 1) + 1
    out = f"{line}:{column}: {finding.category.value}: {finding.message} ({finding.rule_id})"
    if finding.replacements:
        out += " → " + ", ".join(finding.replacements[:5])
    return out


# A text longer than the checker accepts is refused anyway; the bytes are bounded before reading, and
# only a regular file is read (a device would be read without end, a FIFO would block).
MAX_TEXT_BYTES = 4 * MAX_CHECK_CHARS + 3  # UTF-8 takes at most 4 bytes a character, and a BOM


def _read(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        if len(data) > MAX_TEXT_BYTES:
            raise UnusableFile("стандартный ввод", "слишком много данных", too_large=True)
    else:
        data = read_regular(Path(name), MAX_TEXT_BYTES, name)  # «X: файл не найден», not «файл X: файл …»
    return data.decode("utf-8-sig")


MAX_WORDS_BYTES = 4 * 1024 * 1024  # a word list: far more than any dictionary a department keeps


def read_words(name: str, error) -> tuple[str, ...]:
    """The words of the ``--words`` file; ``error(message)`` builds the command's failure."""
    try:
        data = read_regular(Path(name), MAX_WORDS_BYTES, f"список слов {name}")
        return read_word_list(data.decode("utf-8-sig"), f"список слов {name}")
    except UnicodeDecodeError as exc:
        raise error(f"список слов {name}: текст не в кодировке UTF-8 (байт {exc.start + 1}).") from None
    except UnusableFile as exc:
        raise error(f"{exc}.") from None
    except ValueError as exc:
        raise error(str(exc)) from None


def _read_problem(name: str, exc: Exception) -> str:
    if isinstance(exc, UnusableFile):
        if exc.too_large:
            return f"{exc.name}: текст слишком длинный для проверки (можно не больше {MAX_CHECK_CHARS} знаков)."
        return f"{exc}."
    where = "стандартный ввод" if name == "-" else f"файл {name}"
    if isinstance(exc, UnicodeDecodeError):
        return f"{where}: текст не в кодировке UTF-8 (байт {exc.start + 1}). Сохраните его в UTF-8."
    if isinstance(exc, FileNotFoundError):
        return f"{where} не найден."
    if isinstance(exc, IsADirectoryError):
        return f"{where} — это папка, а не файл."
    if isinstance(exc, PermissionError):
        return f"{where}: нет прав на чтение."
    return f"{where} не удалось прочитать: {exc.strerror or exc}."


def _error(message: str) -> CommandFailed:
    return CommandFailed(f"chat-trainer check: ошибка: {message}", EXIT_USAGE)
