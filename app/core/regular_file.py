"""Reading a file the user named, safely: only a regular file, and only within a size limit checked
before a byte is read.

A device (``/dev/zero``, ``/dev/urandom``) would be read without end and a FIFO would block the
program until someone writes to it; both are refused at once, naming the file. The file is opened
without blocking, so a FIFO swapped in after the first look cannot hang the reader either.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO
from app.core.phrase import phrase


class UnusableFile(Exception):
    """The file is missing, not a regular file, too large or unreadable; the message names it."""

    def __init__(self, name: str, reason: str, *, too_large: bool = False):
        super().__init__(f"{name}: {reason}")
        self.name, self.reason, self.too_large = name, reason, too_large


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return phrase('это папка, а не файл')
    if stat.S_ISFIFO(mode):
        return phrase('это именованный канал, а не обычный файл')
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return phrase('это устройство, а не обычный файл')
    return phrase('это не обычный файл')


def check_regular(path: Path, limit: int, name: str | None = None) -> int:
    """The size of the regular file ``path``; raise UnusableFile when it is anything else or larger than
    ``limit`` bytes. ``name`` is how the file is named in the message (the path by default)."""
    name = str(path) if name is None else name
    try:
        info = os.stat(path)
    except OSError as exc:
        raise UnusableFile(name, _os_reason(exc)) from None
    return _check(info, limit, name)


def open_regular(path: Path, limit: int, name: str | None = None) -> BinaryIO:
    """``path`` opened for reading in binary, if it is a regular file of at most ``limit`` bytes;
    raise UnusableFile otherwise."""
    name = str(path) if name is None else name
    check_regular(path, limit, name)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise UnusableFile(name, _os_reason(exc)) from None
    f = os.fdopen(fd, "rb")
    try:
        _check(os.fstat(fd), limit, name)  # the same file as looked at, not one swapped in since
    except BaseException:
        f.close()
        raise
    return f


def read_regular(path: Path, limit: int, name: str | None = None) -> bytes:
    """The bytes of the regular file ``path`` of at most ``limit`` bytes; raise UnusableFile otherwise."""
    name = str(path) if name is None else name
    with open_regular(path, limit, name) as f:
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise UnusableFile(name, _os_reason(exc)) from None
    if len(data) > limit:
        raise UnusableFile(name, phrase('файл слишком большой (растёт во время чтения), допустимо не больше {limit} байт', limit=limit), too_large=True)
    return data


def _check(info: os.stat_result, limit: int, name: str) -> int:
    if not stat.S_ISREG(info.st_mode):
        raise UnusableFile(name, _kind(info.st_mode))
    if info.st_size > limit:
        raise UnusableFile(name, phrase('файл слишком большой: {st_size} байт, допустимо не больше {limit}', st_size=info.st_size, limit=limit),
                           too_large=True)
    return info.st_size


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return phrase('файл не найден')
    if isinstance(exc, PermissionError):
        return phrase('нет прав на чтение')
    return phrase('не удалось прочитать файл ({value})', value=exc.strerror or exc)
