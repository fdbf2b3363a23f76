"""Adaptive drill timings: reading the history, building the model, choosing focus keys, making text.

Run: /work/main/.venv/bin/python tests/bench/bench_adaptive.py
The database holds 1,000,000 keystrokes (1,000 attempts of 1,000 keys); the drill reads the latest
20,000 of them, so its time does not grow with the history.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.storage import DB_FILENAME, open_store  # noqa: E402
from app.ui.adaptive_screen import _prepare  # noqa: E402
from tests.bench.bench_dashboard import KEYS, fill_typing  # noqa: E402


def main() -> None:
    data_dir = Path(tempfile.mkdtemp()) / "data"
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна").id
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    rng = random.Random(1)
    with conn:
        fill_typing(conn, profile, rng, ("ru",))
    conn.close()
    times = []
    for seed in range(7):
        t0 = time.perf_counter()
        lesson, drill = _prepare(path, profile, "ru", seed)
        times.append(time.perf_counter() - t0)
    print(f"history {KEYS:,} keystrokes; read 20,000 + model + plan + text: median "
          f"{1000 * statistics.median(times):.0f} ms, max {1000 * max(times):.0f} ms (on the worker thread)")
    print(f"focus {lesson.focus_keys!r}, letters in play {len(lesson.letters)}, text {len(drill.text)} chars")


if __name__ == "__main__":
    main()
