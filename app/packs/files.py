"""The files of a pack: which belong to it, reading them within the limits, and the content hash."""

from __future__ import annotations

import hashlib
import os
import zlib
from pathlib import Path

from app.core.regular_file import UnusableFile, read_regular
from app.packs.limits import (MAX_ARCHIVE_BYTES, MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES, RATIO_FLOOR,
                              archive_problem, ratio_problem)
from app.packs.names import name_problem
from app.packs.problems import Problem

MANIFEST = "pack.toml"
TEXT_SUFFIXES = (".toml", ".md", ".txt")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
ALLOWED_SUFFIXES = TEXT_SUFFIXES + IMAGE_SUFFIXES
_ENTRY_OVERHEAD = 2 * 46 + 2 * 256  # zip headers per entry, generously (two headers, names up to 256 bytes)


def is_hidden(rel: str) -> bool:
    """Files the builder and the hash leave out: dot-files and macOS litter."""
    return any(part.startswith(".") or part in ("__MACOSX", "__pycache__") for part in rel.split("/"))


def normalise_bytes(rel: str, data: bytes) -> bytes:
    """Canonical bytes of a pack file: text files lose a BOM and get LF line ends."""
    if rel.lower().endswith(TEXT_SUFFIXES):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def content_hash(files: dict[str, bytes]) -> str:
    """sha256 over the sorted relative paths and the normalised bytes of each file."""
    h = hashlib.sha256()
    for rel in sorted(files):
        data = normalise_bytes(rel, files[rel])
        h.update(rel.encode("utf-8") + b"\0" + str(len(data)).encode() + b"\0")
        h.update(data)
    return h.hexdigest()


def pack_files(folder: Path, problems: list[Problem] | None = None) -> dict[str, Path]:
    """Relative posix path → file of every file in the pack (hidden ones left out).

    Symbolic links and special files are reported into ``problems`` and left out.
    """
    found: dict[str, Path] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        for name in sorted(dirs):
            if (base / name).is_symlink() and problems is not None:
                rel = (base / name).relative_to(folder).as_posix()
                if not is_hidden(rel):
                    problems.append(Problem(rel, None, "", "символическая ссылка на папку не допускается"))
        dirs[:] = [d for d in dirs if not (base / d).is_symlink() and not is_hidden(d)]
        for name in files:
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if is_hidden(rel):
                continue
            if path.is_symlink() or not path.is_file():
                if problems is not None:
                    what = "символическая ссылка" if path.is_symlink() else "не обычный файл"
                    problems.append(Problem(rel, None, "", f"{what} не допускается в пакете"))
                continue
            found[rel] = path
    return found


def read_files(folder: Path, errors: list[Problem]) -> dict[str, bytes] | None:
    """Relative path → bytes of every pack file within the limits; None (errors reported) when the pack
    as a whole cannot be read: too many files, no manifest, too large.

    The limits are the archive's too (names, nesting, compression ratio, archive size), so a folder
    that passes here builds into a ``.ctpack`` that installs."""
    files = pack_files(folder, errors)
    if len(files) > MAX_FILES:
        errors.append(Problem(MANIFEST, None, "", f"слишком много файлов: {len(files)}, "
                                                  f"допустимо не больше {MAX_FILES}"))
        return None
    if MANIFEST not in files:
        errors.append(Problem(MANIFEST, None, "", "нет файла pack.toml (описание пакета)"))
        return None
    _check_names(sorted(files), errors)
    data: dict[str, bytes] = {}
    for rel, path in sorted(files.items()):
        if not rel.lower().endswith(ALLOWED_SUFFIXES):
            errors.append(Problem(rel, None, "", "недопустимый тип файла; в пакете могут быть только "
                                                 + ", ".join(ALLOWED_SUFFIXES)))
            continue
        try:
            data[rel] = read_regular(path, MAX_FILE_BYTES, rel)
        except UnusableFile as exc:
            errors.append(Problem(rel, None, "", exc.reason))
    total = sum(len(b) for b in data.values())
    if total > MAX_TOTAL_BYTES:
        errors.append(Problem(MANIFEST, None, "", f"пакет слишком большой: {total} байт, "
                                                  f"допустимо не больше {MAX_TOTAL_BYTES}"))
        return None
    _check_compression(data, total, errors)
    return data


def _check_names(rels: list[str], errors: list[Problem]) -> None:
    seen: dict[str, str] = {}
    folders: set[str] = set()
    for rel in rels:
        why = name_problem(rel)
        if why:
            errors.append(Problem(rel, None, "", f"недопустимое имя файла: {why}"))
        key = rel.casefold()
        if key in seen:  # one file on Windows and macOS, and in the archive
            errors.append(Problem(rel, None, "", f"имя отличается от «{seen[key]}» только регистром букв"))
        seen.setdefault(key, rel)
        parts = key.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
    for rel in rels:
        if rel.casefold() in folders:
            errors.append(Problem(rel, None, "", "то же имя (без учёта регистра) используется и как файл, и как папка"))


def deflated_size(rel: str, data: bytes) -> int:
    """The size of the file compressed as ``pack build`` stores it (raw deflate, level 9)."""
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    return len(z.compress(normalise_bytes(rel, data)) + z.flush())


def _check_compression(data: dict[str, bytes], total: int, errors: list[Problem]) -> None:
    """The archive's limits on what the built file will hold: each big file's compression ratio, and
    (only when the files are large enough to matter) the size of the whole ``.ctpack``."""
    whole = total + _ENTRY_OVERHEAD * len(data) > MAX_ARCHIVE_BYTES
    built = 0
    for rel, raw in sorted(data.items()):
        size = len(normalise_bytes(rel, raw))
        if size <= RATIO_FLOOR and not whole:
            continue
        packed = deflated_size(rel, raw)
        built += packed + _ENTRY_OVERHEAD
        why = ratio_problem(size, packed)
        if why:
            errors.append(Problem(rel, None, "", f"{why}; установка такой пакет не примет"))
    why = archive_problem(built) if whole else None
    if why:
        errors.append(Problem(MANIFEST, None, "", f"собранный {why}"))


def decode_text(rel: str, data: bytes | None, field: str, errors: list[Problem]) -> str | None:
    """The text of a pack file, or None with the problem reported (missing, not UTF-8)."""
    if data is None:
        errors.append(Problem(rel, None, field, "файл не найден"))
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        errors.append(Problem(rel, line, "", f"файл не в кодировке UTF-8 (байт {exc.start + 1})"))
        return None
    return text[1:] if text.startswith("\ufeff") else text
