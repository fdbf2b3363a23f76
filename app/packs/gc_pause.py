"""Python's cycle collector paused while a pack or a bank is read.

Reading a 10 MB bank makes millions of small objects that all live on, and the collector, which runs
again each time the long-lived objects grow by a quarter, spent a quarter of the time of an import
walking them in vain (the readers make no reference cycles). It runs again as soon as the outermost
reading ends, from whichever thread, without walking what the reading made (see the end of
:func:`collector_paused`)."""

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
            if _depth == 0:
                # What was made while reading goes straight to the oldest generation: else the first
                # collection after enable() walks every one of those millions of objects (0.3 s for a
                # 10 MB bank, once per reading), only to find them alive. freeze() moves them all
                # out of the young generations and resets the allocation count; unfreeze() puts them
                # in the oldest one, which is walked only in the full collections Python makes anyway.
                # (Under the window, collection stays off: its GUI thread collects, see app.ui.collector.)
                gc.freeze()
                gc.unfreeze()
                if _was_enabled:
                    gc.enable()
