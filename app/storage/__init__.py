"""Local store: SQLite through sqlite-utils, numbered migrations, repositories. No Qt here."""

from app.storage.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    DataDirError,
    SaveError,
    StorageError,
)
from app.storage.location import DB_FILENAME, prepare_data_dir, resolve_data_dir
from app.storage.store import AttemptRow, Profile, Store, open_store, set_aside_corrupt

__all__ = [
    "DB_FILENAME", "AttemptRow", "DataDirError", "DatabaseCorrupt", "DatabaseTooNew", "Profile",
    "SaveError", "Store", "StorageError", "open_store", "prepare_data_dir", "resolve_data_dir",
    "set_aside_corrupt",
]
