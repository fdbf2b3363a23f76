"""The files of a pack: which belong to it, reading them within the limits, and the content hash."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.packs.limits import MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES
from app.packs.problems import Problem

MANIFEST = "pack.toml"
TEXT_SUFFIXES = (".toml", ".md", ".txt")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
ALLOWED_SUFFIXES = TEXT_SUFFIXES + IMAGE_SUFFIXES


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
    as a whole cannot be read: too many files, no manifest, too large."""
    files = pack_files(folder, errors)
    if len(files) > MAX_FILES:
        errors.append(Problem(MANIFEST, None, "", f"слишком много файлов: {len(files)}, "
                                                  f"допустимо не больше {MAX_FILES}"))
        return None
    if MANIFEST not in files:
        errors.append(Problem(MANIFEST, None, "", "нет файла pack.toml (описание пакета)"))
        return None
    data: dict[str, bytes] = {}
    for rel, path in sorted(files.items()):
        if not rel.lower().endswith(ALLOWED_SUFFIXES):
            errors.append(Problem(rel, None, "", "недопустимый тип файла; в пакете могут быть только "
                                                 + ", ".join(ALLOWED_SUFFIXES)))
            continue
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                errors.append(Problem(rel, None, "", f"файл слишком большой: {size} байт, "
                                                     f"допустимо не больше {MAX_FILE_BYTES}"))
                continue
            data[rel] = path.read_bytes()
        except OSError as exc:
            errors.append(Problem(rel, None, "", f"не удалось прочитать файл: {exc.strerror or exc}"))
    total = sum(len(b) for b in data.values())
    if total > MAX_TOTAL_BYTES:
        errors.append(Problem(MANIFEST, None, "", f"пакет слишком большой: {total} байт, "
                                                  f"допустимо не больше {MAX_TOTAL_BYTES}"))
        return None
    return data


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
