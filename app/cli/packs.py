"""``chat-trainer pack …`` sub-commands: validate, build, info, install, list, remove, import-ktouch.

Exit status: 0 on success; 2 when the pack or course given cannot be used (malformed or invalid:
the file is at fault) or for a wrong command line; 1 when a usable pack could not be installed or
removed (a newer version installed, a write failed, no such pack).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.failure import EXIT_FAILED, EXIT_USAGE, CommandFailed
from app.core.vocabulary import CONTENT_LANGUAGES
from app.packs.problems import NotNewerError, PackError, Problem
from app.storage.location import resolve_data_dir

KIND_NAMES = {"typing": "печать", "grammar": "грамматика", "correspondence": "переписка", "quiz": "тесты"}


def register(sub: argparse._SubParsersAction) -> None:
    pack = sub.add_parser("pack", help="пакеты упражнений: проверить, собрать, установить, удалить",
                          description="Пакеты упражнений: проверка, сборка, установка, удаление.")
    cmds = pack.add_subparsers(dest="pack_command", metavar="ДЕЙСТВИЕ", required=True)

    p = cmds.add_parser("validate", help="проверить папку пакета или файл .ctpack")
    p.add_argument("path", metavar="ПУТЬ", type=Path)
    p.set_defaults(func=cmd_validate)

    p = cmds.add_parser("build", help="собрать папку пакета в один файл .ctpack")
    p.add_argument("folder", metavar="ПАПКА", type=Path)
    p.add_argument("-o", "--output", metavar="ФАЙЛ.ctpack", type=Path, required=True)
    p.set_defaults(func=cmd_build)

    p = cmds.add_parser("info", help="сведения о пакете: название, версия, авторы, упражнения, хеш")
    p.add_argument("path", metavar="ФАЙЛ", type=Path)
    p.set_defaults(func=cmd_info)

    p = cmds.add_parser("install", help="установить или обновить пакет из файла .ctpack")
    p.add_argument("file", metavar="ФАЙЛ", type=Path)
    p.add_argument("--force", action="store_true", help="установить, даже если установлена та же или более новая версия")
    p.set_defaults(func=cmd_install)

    p = cmds.add_parser("list", help="список встроенных и установленных пакетов")
    p.set_defaults(func=cmd_list)

    p = cmds.add_parser("remove", help="удалить установленный пакет")
    p.add_argument("pack_id", metavar="ID")
    p.add_argument("--yes", "-y", action="store_true", help="не задавать вопросов (результаты сохраняются, "
                                                            "если не указано --delete-progress)")
    keep = p.add_mutually_exclusive_group()
    keep.add_argument("--keep-progress", dest="keep_progress", action="store_const", const=True,
                      help="сохранить результаты занятий по пакету")
    keep.add_argument("--delete-progress", dest="keep_progress", action="store_const", const=False,
                      help="удалить и результаты занятий по пакету")
    p.set_defaults(func=cmd_remove, keep_progress=None)

    p = cmds.add_parser("import-ktouch", help="перенести курс KTouch (XML) в пакет упражнений")
    p.add_argument("course", metavar="КУРС.xml", type=Path)
    p.add_argument("-o", "--output", metavar="ПАПКА", type=Path, required=True)
    p.add_argument("--id", dest="pack_id", help="id пакета (по умолчанию — из названия курса)")
    p.add_argument("--layout", choices=("ru", "en"), help="встроенная раскладка вместо той, что указана в курсе")
    p.add_argument("--keyboard", metavar="РАСКЛАДКА.xml", type=Path,
                   help="файл раскладки KTouch (по умолчанию ищется в keyboardlayouts рядом с папкой курса)")
    p.add_argument("--language", metavar="ЯЗЫК", choices=CONTENT_LANGUAGES,
                   help="язык курса, код ISO 639-1 (по умолчанию — язык его раскладки: de для de(neo))")
    p.add_argument("--strict", action="store_true",
                   help="не переносить курс, если хотя бы один урок нельзя напечатать на раскладке")
    p.add_argument("--author", action="append", default=[], help="автор (можно повторять)")
    p.add_argument("--licence", default="", help="лицензия курса, например GPL-2.0-or-later")
    p.set_defaults(func=cmd_import_ktouch)


def _fail(problems: list[Problem], warnings: list[Problem] = (), title: str = "Ошибка",
          hint: str = "", code: int = EXIT_FAILED) -> CommandFailed:
    lines = [f"{title}:", *(f"  {p}" for p in problems), *(f"  предупреждение: {w}" for w in warnings)]
    return CommandFailed("\n".join(lines + ([hint] if hint else [])), code)


def _unusable(exc: PackError, title: str) -> CommandFailed:
    """The pack or course itself is at fault: exit status 2, as for any file that cannot be used."""
    return _fail(exc.problems, exc.warnings, title, code=EXIT_USAGE)


def _counts(pack) -> str:
    return ", ".join(f"{KIND_NAMES[k]}: {n}" for k, n in pack.counts().items() if n) or "упражнений нет"


def cmd_validate(args: argparse.Namespace) -> int:
    from app.packs.loader import validate_pack
    report = validate_pack(args.path)
    for p in report.errors:
        print(f"ошибка: {p}")
    for p in report.warnings:
        print(f"предупреждение: {p}")
    if report.errors:
        print(f"Пакет не прошёл проверку: ошибок — {len(report.errors)}, предупреждений — {len(report.warnings)}.")
        return EXIT_USAGE
    print(f"Пакет в порядке (предупреждений — {len(report.warnings)}).")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from app.packs.builder import build_pack
    try:
        pack = build_pack(args.folder, args.output)
    except PackError as exc:
        raise _unusable(exc, "Пакет не собран") from None
    except OSError as exc:
        raise _fail([Problem(str(args.output), None, "", f"не удалось записать: {exc.strerror or exc}")]) from None
    for w in pack.warnings:
        print(f"предупреждение: {w}")
    print(f"Собран {args.output}: {pack.id} {pack.manifest.version} ({_counts(pack)})")
    print(f"Хеш содержимого: {pack.content_hash}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from app.packs.loader import read_pack
    try:
        pack = read_pack(args.path)
    except PackError as exc:
        raise _unusable(exc, "Пакет не прочитан") from None
    m = pack.manifest
    print(f"Название:    {m.title}")
    print(f"Id:          {m.id}")
    print(f"Версия:      {m.version} (формат {m.format}, нужна программа {m.min_app_version} или новее)")
    print(f"Авторы:      {', '.join(m.authors)}")
    print(f"Язык:        {m.language}")
    print(f"Лицензия:    {m.licence or '—'}")
    if m.description:
        print(f"Описание:    {m.description}")
    for kind, n in pack.counts().items():
        print(f"  {KIND_NAMES[kind]:<12} {n}")
    rules = {k: v for k, v in vars(m.certificate).items() if v is not None}
    if rules:
        print("Сертификат:  " + ", ".join(f"{k} = {v}" for k, v in rules.items()))
    print(f"Хеш содержимого (sha256): {pack.content_hash}")
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    from app.services.packs import install_pack
    data_dir = resolve_data_dir(args.data_dir)
    try:
        pack = install_pack(args.file, data_dir, force=args.force)
    except PackError as exc:
        if isinstance(exc, NotNewerError):  # a usable pack, refused over the installed one
            raise _fail(exc.problems, exc.warnings, "Пакет не установлен",
                        "Чтобы всё равно заменить установленный пакет, добавьте --force.") from None
        raise _unusable(exc, "Пакет не установлен") from None
    except OSError as exc:
        raise _fail([Problem(str(data_dir), None, "", f"ошибка записи: {exc.strerror or exc}")],
                    title="Пакет не установлен") from None
    for w in pack.warnings:
        print(f"предупреждение: {w}")
    print(f"Установлен пакет «{pack.manifest.title}» ({pack.id} {pack.manifest.version}): {_counts(pack)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from app.packs.registry import scan_packs
    from app.services.packs import recover_interrupted
    data_dir = resolve_data_dir(args.data_dir)
    try:
        recover_interrupted(data_dir)
    except OSError:
        pass  # left for the next start: listing does not depend on it
    scan = scan_packs(data_dir)
    if not scan.packs:
        print("Пакетов нет.")
    for pack in scan.packs:
        mark = "встроенный" if pack.builtin else "установлен"
        print(f"{pack.id:<24} {pack.manifest.version:<10} {mark:<11} {pack.manifest.title} ({_counts(pack)})")
    for broken in scan.broken:
        print(f"не читается: {broken.folder}", file=sys.stderr)
        for p in broken.problems[:10]:
            print(f"  {p}", file=sys.stderr)
    return 0


def _ask(question: str, default: bool) -> bool:
    hint = "[Д/н]" if default else "[д/Н]"
    while True:
        try:
            answer = input(f"{question} {hint} ").strip().lower()
        except EOFError:
            return default
        if not answer:
            return default
        if answer in ("д", "да", "y", "yes"):
            return True
        if answer in ("н", "нет", "n", "no"):
            return False
        print("Ответьте «д» (да) или «н» (нет).")


def cmd_remove(args: argparse.Namespace) -> int:
    from app.packs.registry import installed_dir
    from app.services.packs import remove_pack
    from app.storage.errors import StorageError
    data_dir = resolve_data_dir(args.data_dir)
    keep = args.keep_progress
    if not args.yes:
        if not sys.stdin.isatty():
            raise _fail([Problem(args.pack_id, None, "", "нет терминала, чтобы спросить подтверждение; "
                                                         "добавьте --yes (и при желании --delete-progress)")],
                        title="Пакет не удалён")
        if not (installed_dir(data_dir) / args.pack_id).is_dir():
            keep = True  # remove_pack reports the error below
        elif not _ask(f"Удалить пакет «{args.pack_id}»?", False):
            print("Отменено.")
            return 1
        elif keep is None:
            keep = _ask("Сохранить результаты занятий по этому пакету?", True)
    keep = True if keep is None else keep
    try:
        deleted = remove_pack(args.pack_id, data_dir, keep_results=keep)
    except PackError as exc:
        raise _fail(exc.problems, title="Пакет не удалён") from None
    except StorageError as exc:  # results were to go too, but the database cannot be used: nothing removed
        raise _fail([Problem(args.pack_id, None, "", str(exc))], title="Пакет не удалён") from None
    except OSError as exc:
        raise _fail([Problem(args.pack_id, None, "", f"ошибка удаления: {exc.strerror or exc}")],
                    title="Пакет не удалён") from None
    tail = "результаты сохранены" if keep else f"удалено попыток: {deleted}"
    print(f"Пакет «{args.pack_id}» удалён; {tail}.")
    return 0


def cmd_import_ktouch(args: argparse.Namespace) -> int:
    from app.services.packs import import_ktouch_course
    try:
        pack = import_ktouch_course(args.course, args.output, pack_id=args.pack_id, layout=args.layout,
                                    authors=tuple(args.author), licence=args.licence, keyboard=args.keyboard,
                                    strict=args.strict, language=args.language)
    except PackError as exc:
        raise _unusable(exc, "Курс не перенесён") from None
    except OSError as exc:
        raise _fail([Problem(str(args.output), None, "", f"ошибка записи: {exc.strerror or exc}")],
                    title="Курс не перенесён") from None
    from app.services.packs import warning_lines
    for line in warning_lines(pack.warnings):
        print(line)
    keyboard = next((lay.title for lay in pack.layouts), "встроенная")
    print(f"Курс перенесён в {args.output}: пакет {pack.id}, уроков: {pack.counts()['typing']}, "
          f"раскладка: {keyboard}")
    return 0
