"""Where the database lives, and making sure that place is usable."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

DB_FILENAME = "trainer.sqlite3"
ENV_VAR = "CHAT_TRAINER_DATA"
APP_NAME = "chat-trainer"

_OS_REASONS = {
    errno.EACCES: "нет прав на запись",
    errno.EPERM: "нет прав на запись",
    errno.EROFS: "диск доступен только для чтения",
    errno.ENOSPC: "на диске не осталось свободного места",
    errno.ENOENT: "такого диска или пути не существует",
    errno.ENOTDIR: "часть пути — это файл, а не папка",
    errno.EEXIST: "по этому пути уже есть файл",
    errno.ENAMETOOLONG: "слишком длинный путь",
}


def resolve_data_dir(option: str | None) -> Path:
    """The ``--data-dir`` option, else ``$CHAT_TRAINER_DATA``, else the user's data directory."""
    chosen = option or os.environ.get(ENV_VAR)
    if not chosen:
        # Imported only here: its import costs about a tenth of a bare window's start-up, which a
        # start with a folder given (the option, the variable) need not pay before its first frame.
        import platformdirs
        chosen = platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser()


def _reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno, exc.strerror or str(exc))


def prepare_data_dir(path: Path) -> Path:
    """Create ``path`` (with parents) and check that files can be created in it."""
    from app.storage.errors import DataDirError  # sqlite3 with it: not needed to find the folder at start-up

    path = Path(path)
    if path.exists() and not path.is_dir():
        raise DataDirError(path, "по этому пути находится файл, а не папка")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(path, f"её не удалось создать — {_reason(exc)}") from exc
    # SQLite creates -wal and -shm files beside the database, so the folder itself must be writable.
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataDirError(path, f"в неё нельзя записывать — {_reason(exc)}") from exc
    return path
