"""Unpacking a ``.ctpack`` (a zip) safely: the file is untrusted input.

Every entry is checked before anything is written: its path (no ``..``,
absolute paths, drive letters, backslashes, control characters), its type
(regular files and folders only: no symbolic links), encryption and
compression method, the declared sizes against the caps and the compression
ratio. While extracting, the bytes are counted again, since zip headers can
lie. Any problem raises :class:`PackError` naming the entry.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
import zlib
from pathlib import Path

from app.core.regular_file import UnusableFile, open_regular
from app.packs.files import is_hidden
from app.packs.limits import (MAX_ARCHIVE_BYTES, MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES, archive_problem,
                              ratio_problem)
from app.packs.names import name_problem
from app.packs.problems import PackError, Problem

_CHUNK = 64 * 1024


def _check_entries(zf: zipfile.ZipFile, source: str) -> tuple[list[zipfile.ZipInfo], list[Problem]]:
    infos = zf.infolist()
    if len(infos) > MAX_FILES:
        raise PackError(Problem(source, None, "", f"в архиве слишком много файлов: {len(infos)}, "
                                                  f"допустимо не больше {MAX_FILES}"))
    errors: list[Problem] = []
    warnings: list[Problem] = []
    keep: list[zipfile.ZipInfo] = []
    seen: dict[str, str] = {}
    folders: set[str] = set()
    total = 0

    def bad(info: zipfile.ZipInfo, message: str) -> None:
        errors.append(Problem(info.orig_filename, None, "", message))

    for info in infos:
        name = info.orig_filename  # zipfile cuts ``filename`` at a NUL; the whole name is checked and shown
        why = name_problem(name)
        if why:
            bad(info, f"опасное имя в архиве: {why}")
            continue
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            bad(info, "символическая ссылка не допускается")
            continue
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            bad(info, "специальный файл (устройство, канал) не допускается")
            continue
        if info.flag_bits & 0x1:
            bad(info, "файл зашифрован; пакеты не шифруют")
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            bad(info, f"неподдерживаемый способ сжатия ({info.compress_type}); допустимы только "
                      f"без сжатия и deflate")
            continue
        if is_hidden(name):
            warnings.append(Problem(name, None, "", "скрытый или служебный файл пропущен"))
            continue
        key = name.rstrip("/").casefold()
        if key in seen:
            bad(info, f"имя повторяется в архиве (уже есть «{seen[key]}»)")
            continue
        seen[key] = name
        if info.is_dir() or kind == stat.S_IFDIR:
            continue
        parts = key.split("/")
        folders.update("/".join(parts[:i]) for i in range(1, len(parts)))
        if info.file_size > MAX_FILE_BYTES:
            bad(info, f"файл слишком большой: {info.file_size} байт, допустимо не больше {MAX_FILE_BYTES}")
            continue
        why = ratio_problem(info.file_size, info.compress_size)
        if why:
            bad(info, why)
            continue
        total += info.file_size
        keep.append(info)
    for info in keep:
        if info.filename.casefold() in folders:
            bad(info, "то же имя используется и как файл, и как папка")
    if total > MAX_TOTAL_BYTES:
        errors.append(Problem(source, None, "", f"распакованный пакет слишком большой: {total} байт, "
                                                f"допустимо не больше {MAX_TOTAL_BYTES}"))
    if errors:
        raise PackError(errors, warnings)
    return keep, warnings


def check_archive(archive: Path, name: str | None = None) -> list[Problem]:
    """Warnings for the ``.ctpack`` file that :func:`extract` would accept; raise PackError as it would.

    The builder checks its own output with this, so a built pack is never refused at install."""
    archive = Path(archive)
    name = name or archive.name
    why = archive_problem(archive.stat().st_size)
    if why:
        raise PackError(Problem(name, None, "", why))
    with zipfile.ZipFile(archive) as zf:
        return _check_entries(zf, name)[1]


def extract(archive: Path, dest: Path) -> list[Problem]:
    """Unpack ``archive`` into the new folder ``dest``; return warnings or raise PackError.

    On failure ``dest`` is removed.
    """
    archive = Path(archive)
    source = archive.name
    try:  # only a regular file: a device would be read without end, a FIFO would block
        raw = open_regular(archive, MAX_ARCHIVE_BYTES, source)
    except UnusableFile as exc:
        raise PackError(Problem(str(archive), None, "", exc.reason)) from None
    except OSError as exc:
        raise PackError(Problem(source, None, "", f"не удалось открыть файл: {exc.strerror or exc}")) from None
    with raw:
        return _extract_from(raw, source, Path(dest))


def _extract_from(raw, source: str, dest: Path) -> list[Problem]:
    dest.mkdir(parents=True)
    root = dest.resolve()
    try:
        try:
            zf = zipfile.ZipFile(raw)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise PackError(Problem(source, None, "", "это не файл пакета .ctpack: не zip-архив "
                                                      "или архив повреждён")) from None
        with zf:
            infos, warnings = _check_entries(zf, source)
            total = 0
            for info in infos:
                target = (root / info.filename).resolve()
                if root not in target.parents:
                    raise PackError(Problem(info.filename, None, "", "путь выходит за пределы пакета"))
                total = _extract_one(zf, info, target, total)
        return warnings
    except PackError:
        shutil.rmtree(dest, ignore_errors=True)
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise PackError(Problem(source, None, "", f"архив повреждён ({exc})")) from None
    except OSError as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise PackError(Problem(source, None, "", f"не удалось распаковать: {exc.strerror or exc}")) from None


def _extract_one(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, total: int) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    try:
        with zf.open(info) as src, open(target, "xb") as out:
            while chunk := src.read(_CHUNK):
                written += len(chunk)
                total += len(chunk)
                if written > info.file_size or written > MAX_FILE_BYTES or total > MAX_TOTAL_BYTES:
                    raise PackError(Problem(info.filename, None, "", "при распаковке данных больше, чем "
                                                                     "заявлено в архиве: похоже на zip-бомбу"))
                out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PackError(Problem(info.filename, None, "", f"файл в архиве повреждён ({exc})")) from None
    if written != info.file_size:
        raise PackError(Problem(info.filename, None, "", "размер файла не совпадает с заявленным в архиве"))
    return total
