"""Reading a certificate PDF: its one evidence.json attachment (strict JSON), its pages' text and structure.

pypdf raises many kinds of errors on a damaged or hostile file (PdfReadError,
NotImplementedError for an unknown stream filter, RecursionError, zlib and
struct errors …), so every call into it on a file someone else wrote is
guarded and turned into NotACertificate or a named difference, never a
traceback.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import stat
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from app.core.cert_evidence import FORMAT, evidence_bytes
from app.core.strict_json import loads_strict

EVIDENCE_NAME = "evidence.json"
MAX_PDF_BYTES = 20 * 1024 * 1024  # a 10-minute test's certificate is about 0.3 MB
MAX_EVIDENCE_BYTES = 8 * 1024 * 1024
MAX_EVIDENCE_DEPTH = 16  # the writer nests 6 levels deep
MAX_PAGE_NODES = 20_000  # objects walked in one page's structure; the writer's page has about 60


# pypdf logs every repair it makes in a damaged file to stderr; the verifier says itself what is wrong.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

# The page tree's back link and how a stream is encoded (its data is compared decoded) do not change the page.
_NOT_DRAWN = frozenset({"/Parent", "/Length", "/Filter", "/DecodeParms"})

# A subset font's name starts with six letters Qt draws at random per process («QABAAA+DejaVuSans»).
_SUBSET_TAG = re.compile(r"/[A-Z]{6}\+")


class NotACertificate(ValueError):
    """The file cannot be read as a certificate; the message says why, in Russian."""


def _why(exc: BaseException) -> str:
    text = str(exc)
    text = text if len(text) <= 160 else text[:160] + "…"  # pypdf quotes the damaged bytes at length
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def read_bytes(path: Path) -> bytes:
    """The file's bytes, if it is a regular file within the size limit (checked before reading)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise NotACertificate(f"{path}: это не обычный файл")
        if info.st_size > MAX_PDF_BYTES:
            raise NotACertificate(f"{path}: файл слишком большой для сертификата ({info.st_size / 2**20:.1f} МБ, "
                                  f"допускается не больше {MAX_PDF_BYTES / 2**20:g} МБ)")
        with path.open("rb") as f:
            return f.read(MAX_PDF_BYTES + 1)
    except OSError as exc:
        raise NotACertificate(f"{path}: не удаётся прочитать файл ({exc.strerror or exc})") from exc


def open_pdf(data: bytes, where: Path) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if len(reader.pages) < 1:
            raise NotACertificate(f"{where}: в PDF нет страниц")
        return reader
    except NotACertificate:
        raise
    except Exception as exc:  # any pypdf failure on a hostile file (see the module note)
        raise NotACertificate(f"{where}: не удаётся прочитать PDF ({_why(exc)})") from exc


def _first_difference(given: bytes, expected: bytes) -> str:
    at = next((i for i, (a, b) in enumerate(zip(given, expected)) if a != b), min(len(given), len(expected)))
    shown = given[max(0, at - 12):at + 12].decode("utf-8", "replace")
    return f"первое отличие в байте {at}: «{shown}»"


def read_evidence(reader: PdfReader, where: Path) -> dict:
    """The one evidence.json attachment, read strictly and spelled exactly as the writer spells it."""
    try:
        attached = [(name, data) for name, versions in reader.attachments.items() for data in versions]
    except Exception as exc:  # a damaged attachment dictionary or stream
        raise NotACertificate(f"{where}: вложения PDF не читаются ({_why(exc)})") from exc
    names = [name for name, _ in attached]
    if EVIDENCE_NAME not in names:
        raise NotACertificate(f"{where}: во вложениях PDF нет {EVIDENCE_NAME} — это не сертификат тренажёра")
    if len(attached) != 1:
        listed = ", ".join(f"«{n}»" for n in names)
        raise NotACertificate(f"{where}: в сертификате должно быть ровно одно вложение {EVIDENCE_NAME}, "
                              f"а вложений: {len(attached)} ({listed})")
    raw = attached[0][1]
    try:
        evidence = loads_strict(raw, max_bytes=MAX_EVIDENCE_BYTES, max_depth=MAX_EVIDENCE_DEPTH)
    except ValueError as exc:
        raise NotACertificate(f"{where}: вложение {EVIDENCE_NAME} — {exc}") from exc
    if not isinstance(evidence, dict):
        raise NotACertificate(f"{where}: вложение {EVIDENCE_NAME} не является описанием сертификата")
    if evidence.get("format") != FORMAT:
        raise NotACertificate(f"{where}: формат данных сертификата {evidence.get('format')!r} не тот, что "
                              f"выпускает эта версия программы ({FORMAT})")
    try:
        expected = evidence_bytes(evidence)
    except ValueError as exc:  # e.g. a lone surrogate from a \\ud800 escape cannot be written as UTF-8
        raise NotACertificate(f"{where}: вложение {EVIDENCE_NAME} записано не программой ({exc})") from exc
    if raw != expected:
        raise NotACertificate(f"{where}: вложение {EVIDENCE_NAME} записано не так, как его записывает программа "
                              f"(экранирование, пробелы или порядок ключей), {_first_difference(raw, expected)}")
    return evidence


def page_text(reader: PdfReader, index: int) -> str:
    """The text of one page as a viewer's «copy text» gives it; raises NotACertificate if it cannot be read."""
    try:
        return reader.pages[index].extract_text(extraction_mode="layout")  # lines as pdftotext -layout
    except Exception as exc:  # a damaged content stream or font
        raise NotACertificate(f"текст страницы {index + 1} не извлекается ({_why(exc)})") from exc


def page_structure(reader: PdfReader, index: int) -> dict[str, str]:
    """The page's objects flattened to path → value (streams by the digest of their decoded data).

    Two pages with equal structures draw the same: same content, fonts, images and annotations.
    A stream that cannot be decoded, or a structure past MAX_PAGE_NODES, becomes a value of its own.
    """
    out: dict[str, str] = {}
    seen: set[int] = set()

    def leaf(path: str, value: str) -> None:
        if len(out) >= MAX_PAGE_NODES:
            out["…"] = "структура страницы слишком велика"
            return
        out[path] = value

    def walk(obj, path: str, depth: int) -> None:
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen or depth > 40:  # a cycle or a chain no writer makes
                leaf(path, "↺")
                return
            seen.add(obj.idnum)
            try:
                obj = obj.get_object()
            except Exception as exc:
                leaf(path, f"не читается: {_why(exc)}")
                return
        if len(out) >= MAX_PAGE_NODES:
            return
        if isinstance(obj, StreamObject):
            try:
                leaf(path + "#data", hashlib.sha256(obj.get_data()).hexdigest())
            except Exception as exc:  # an unknown or damaged filter
                leaf(path + "#data", f"не читается: {_why(exc)}")
        if isinstance(obj, DictionaryObject):
            for key in sorted(obj):
                if key not in _NOT_DRAWN:
                    walk(obj.get(key), f"{path}{key[1:]}/", depth + 1)
        elif isinstance(obj, ArrayObject):
            for i, item in enumerate(obj):
                walk(item, f"{path}{i}/", depth + 1)
        elif not isinstance(obj, StreamObject):
            leaf(path, _SUBSET_TAG.sub("/", repr(obj)) if path.endswith(("FontName/", "BaseFont/")) else repr(obj))

    try:
        walk(reader.pages[index].indirect_reference or reader.pages[index], "", 0)
    except Exception as exc:  # pypdf failing in a way not foreseen above
        out["…"] = f"не читается: {_why(exc)}"
    return out
