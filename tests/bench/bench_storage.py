"""Benchmark: saving a finished 1,000-keystroke typing attempt (run on demand).

    python tests/bench/bench_storage.py [--data-dir DIR] [--runs 50] [--existing 300]

Saves ``--existing`` attempts first, then times ``--runs`` further saves and
prints the median and the 95th percentile. Use ``--data-dir`` to measure on
the disk the program really uses; by default a temporary folder is used.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.core.drill import BACKSPACE, Keystroke  # noqa: E402
from app.core.metrics import summarise  # noqa: E402
from app.storage import open_store  # noqa: E402
from app.core.records import TypingRecord  # noqa: E402

TEXT = "Здравствуйте! Меня зовут Анна, я помогу вам с заказом. Уточните, пожалуйста, его номер. "


def attempt(n: int, seed: int) -> tuple[str, list[Keystroke]]:
    rng = random.Random(seed)
    strokes, t, pos = [], 0.0, 0
    for _ in range(n):
        t += rng.uniform(0.08, 0.35)
        expected = TEXT[pos % len(TEXT)]
        roll = rng.random()
        if roll < 0.03:
            strokes.append(Keystroke(t, pos, expected, BACKSPACE, False))
        elif roll < 0.08:
            strokes.append(Keystroke(t, pos, expected, "ф", False))
            pos += 1
        else:
            strokes.append(Keystroke(t, pos, expected, expected, True))
            pos += 1
    return (TEXT * (pos // len(TEXT) + 1))[:pos], strokes


def save(store, profile_id: int, text: str, strokes: list[Keystroke]) -> float:
    summary = summarise(strokes, len(text)).to_dict()
    start = time.perf_counter()
    store.attempts.save_typing(
        profile_id, kind="lesson", pack_id="bench", exercise_id="e1", layout="ru", mode="correct",
        text=text, started_at="2025-01-01T00:00:00",
        record=TypingRecord(summary=summary), keystrokes=strokes, passed=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--existing", type=int, default=300)
    parser.add_argument("--keys", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp)
        with open_store(data_dir) as store:
            profile = store.profiles.create(f"bench-{time.time_ns()}")
            for i in range(args.existing):
                save(store, profile.id, *attempt(args.keys, seed=i))
            samples = [save(store, profile.id, *attempt(args.keys, seed=10_000 + i)) for i in range(args.runs)]
            total = store.db.execute("SELECT count(*) FROM keystrokes").fetchone()[0]
    samples_ms = sorted(1000 * s for s in samples)
    p95 = samples_ms[max(0, round(0.95 * len(samples_ms)) - 1)]
    print(f"database: {data_dir} ({args.existing} attempts before timing; {total} keystrokes at the end)")
    print(f"save of one {args.keys}-keystroke attempt, {args.runs} runs: "
          f"median {statistics.median(samples_ms):.2f} ms, p95 {p95:.2f} ms, max {samples_ms[-1]:.2f} ms")


if __name__ == "__main__":
    main()
