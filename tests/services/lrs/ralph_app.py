"""Ralph's ASGI app, with its file-system LRS backend appending to its statements file.

Ralph 5.1.0's statements API writes through ``FSLRSBackend.write`` without an operation type, so
the file-system backend uses its default, CREATE, which refuses an existing file: only the first
write ever succeeds, every later one answers 500 («fs_lrs.jsonl already exists and overwrite is
not allowed»). The backend supports APPEND; this makes it the default and changes nothing else.
(Ralph's production backends — ClickHouse, Elasticsearch, MongoDB — index and do not have this.)
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402 — after the backend is set up

__all__ = ["app"]
