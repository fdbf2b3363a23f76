"""ordered_pool: several cores, the answers in the items' order, a worker's error raised at its item."""

from __future__ import annotations

import os
import time

import pytest

from app.cli.ordered_pool import available_cores, ordered_map


def _slow_square(n: int) -> tuple[int, int]:
    time.sleep(0.05 * (5 - n % 5))  # early items finish last
    return n * n, os.getpid()


def _fails_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("три")
    return n


def test_answers_come_in_the_items_order_from_several_workers():
    answers = list(ordered_map(_slow_square, range(10), 2))
    assert [a for a, _ in answers] == [n * n for n in range(10)]
    assert os.getpid() not in {pid for _, pid in answers}
    assert len({pid for _, pid in answers}) == 2


def test_one_job_works_here_without_forking():
    answers = list(ordered_map(_slow_square, range(3), 1))
    assert [a for a, _ in answers] == [0, 1, 4] and {pid for _, pid in answers} == {os.getpid()}


def test_a_workers_error_is_raised_at_its_item():
    results = ordered_map(_fails_on_three, range(6), 2)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(ValueError, match="три"):
        next(results)


def test_available_cores_is_at_least_one():
    assert available_cores() >= 1
