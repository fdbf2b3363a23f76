"""``chat-trainer cert verify FILE.pdf`` and ``chat-trainer cert export``.

verify exits 0 when the certificate holds, 1 when mismatches were found (each
listed), 2 when the file is not a readable certificate. Answers are re-graded
when the pack the certificate names (same content hash) is built in, installed
in the data directory or given with ``--pack``; otherwise a note says they were not.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.failure import EXIT_FAILED, EXIT_USAGE, CommandFailed
from app.core.vocabulary import LANGUAGES
from app.storage.location import resolve_data_dir


def register(sub) -> None:
    cert = sub.add_parser("cert", help="сертификаты: выпустить или проверить")
    cmds = cert.add_subparsers(dest="cert_command", metavar="ДЕЙСТВИЕ", required=True)
    v = cmds.add_parser("verify", help="проверить сертификат: пересчитать показатели по вложенным данным")
    v.add_argument("file", metavar="ФАЙЛ.pdf")
    v.add_argument("--pack", type=Path, metavar="ПУТЬ",
                   help="пакет упражнений (папка или файл), по которому перепроверить ответы, "
                        "если он не установлен")
    v.set_defaults(func=run_verify)
    e = cmds.add_parser("export", help="выпустить сертификат профиля по пакету, если требования выполнены")
    e.add_argument("--profile", required=True, metavar="ИМЯ", help="профиль")
    e.add_argument("--pack", required=True, metavar="ID", help="пакет упражнений")
    e.add_argument("--lang", choices=LANGUAGES, default="ru", help="язык сертификата")
    e.add_argument("--name", metavar="ФИО", help="имя в сертификате (по умолчанию — имя профиля)")
    e.add_argument("-o", "--output", required=True, metavar="ФАЙЛ.pdf", help="куда записать")
    e.set_defaults(func=run_export)


def run_verify(args: argparse.Namespace) -> int:
    from app.certs.pdf_reader import NotACertificate
    from app.services.certificates import verify_certificate
    try:
        evidence, report = verify_certificate(Path(args.file), resolve_data_dir(args.data_dir), args.pack)
    except NotACertificate as exc:
        raise CommandFailed(f"chat-trainer cert verify: {exc}", EXIT_USAGE) from None
    pack = evidence.get("pack") if isinstance(evidence.get("pack"), dict) else {}
    who = f"{evidence.get('name')}, пакет {pack.get('id')}, {evidence.get('date')}"
    regraded = f" {report.regraded_sentence()}" if report.regraded else ""
    if report.valid:
        print(f"Сертификат подлинный: {who}. Все показатели совпадают с вложенными данными, код проверки верен."
              + regraded)
    else:
        print(f"Сертификат НЕ прошёл проверку ({who}). Расхождения:")
        for line in report.mismatches:
            print(f"  • {line}")
    for note in report.notes:
        print(f"Примечание: {note}")
    return 0 if report.valid else EXIT_FAILED


def _export_failed(message: str) -> CommandFailed:
    return CommandFailed(f"chat-trainer cert export: {message}", EXIT_USAGE)


def run_export(args: argparse.Namespace) -> int:
    from app.core.cert_evidence import describe_unmet
    from app.packs.registry import find_pack
    from app.services.certificates import export_certificate
    from app.services.errors import ServiceError
    from app.storage import open_store
    from app.storage.errors import StorageError
    data_dir = resolve_data_dir(args.data_dir)
    pack = find_pack(args.pack, data_dir)
    if pack is None:
        raise _export_failed(f"пакет «{args.pack}» не установлен.")
    from app.certs.pdf_writer import write_pdf
    try:
        with open_store(data_dir) as store:
            elig = export_certificate(store, pack, args.profile, args.name or args.profile, args.lang,
                                      Path(args.output), write_pdf)
    except (ServiceError, StorageError) as exc:
        raise _export_failed(str(exc)) from None
    except OSError as exc:
        raise _export_failed(f"не удалось записать {args.output}: {exc}") from None
    if not elig.eligible:
        raise CommandFailed("\n".join([f"Требования пакета «{pack.manifest.title}» не выполнены:",
                                        *(f"  • {line}" for line in describe_unmet(elig))]), EXIT_FAILED)
    print(f"Сертификат записан: {args.output}")
    return 0
