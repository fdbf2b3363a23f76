"""Local store, the only door to SQLite: sqlite-utils, numbered migrations, repositories, read-only
readers for worker threads. No Qt here.

Names are exported lazily (PEP 562), so that ``app.storage.location`` and
``app.storage.errors`` can be imported at start-up without loading
sqlite-utils, which costs about 0.1 s.
"""

from importlib import import_module

_EXPORTS = {
    "DatabaseCorrupt": "errors", "DatabaseTooNew": "errors", "DataDirError": "errors",
    "SaveError": "errors", "StorageError": "errors",
    "DB_FILENAME": "location", "prepare_data_dir": "location", "resolve_data_dir": "location",
    "AttemptRow": "attempts", "Profile": "profiles", "Reader": "store", "Store": "store",
    "open_reader": "store", "open_store": "store", "set_aside_corrupt": "store",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"app.storage.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'app.storage' has no attribute {name!r}")
