"""Python's cycle collector paused while a pack or a bank is read.

Reading a 10 MB bank makes millions of small objects that all live on, and the collector, which runs
again each time the long-lived objects grow by a quarter, spent a quarter of the time of an import
walking them in vain (the readers make no reference cycles). It runs again as soon as the outermost
reading ends, from whichever thread."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
