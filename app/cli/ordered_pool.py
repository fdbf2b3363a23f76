"""Run one function over many items on several processor cores and get the answers back in the items' order.

A batch of replies is graded one by one, each independent of the others, and a department's batch of a thousand
replies is the slowest thing the program does. Grading is pure Python (the grammar engine, morphology, the
syntax parser), so threads would share one core; forked processes do not. The caller loads the engine first
(by grading the first item itself), so every worker starts with it already in memory, shared copy-on-write,
instead of paying the load again.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    """The cores this process may run on (a container or ``taskset`` may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(func: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``func`` over ``items`` in ``jobs`` forked workers, yielded in the items' order as soon as each is ready.

    With one job, or where processes cannot be forked, the items are done here, one after another: the answers are
    the same either way, only the time differs. A worker's exception is raised here, at its item.
    """
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(func, items)
        return
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        # chunksize 1: replies differ tenfold in cost, and each answer is printed as soon as it and those before it
        # are done
        yield from pool.imap(func, items, chunksize=1)
