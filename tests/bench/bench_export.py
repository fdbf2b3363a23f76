"""Export a database with 1,000,000 keystrokes to JSON, then report over that file.

Run by hand: python -m tests.bench.bench_export  (prints time, size, peak memory).
"""

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from app.core.drill import Keystroke
from app.core.plausibility import assess
from app.core.metrics import summarise
from app.reports.export import export_results
from app.storage import open_store
from app.cli.results import run_report
from app.core.records import TypingRecord

ATTEMPTS, KEYS = 100, 10_000  # 1,000,000 keystrokes


def populate(store, profile_id):
    rng = random.Random(7)
    text = "здравствуйте спасибо за обращение " * (KEYS // 34 + 1)
    for _ in range(ATTEMPTS):
        t, log = 0.0, []
        for i in range(KEYS):
            t += rng.uniform(0.12, 0.4)
            log.append(Keystroke(t, i, text[i], text[i], True))
        store.attempts.save_typing(profile_id, kind="timed", pack_id=None, exercise_id=None, layout="ru",
                                   mode="correct", text=text[:KEYS], started_at="2026-12-01T10:00:00",
                                   record=TypingRecord(summary=summarise(log, KEYS).to_dict(),
                                                       plausibility=assess(log, KEYS).to_dict()),
                                   keystrokes=log, passed=True)


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with open_store(tmp / "data") as store:
            p = store.profiles.create("Кандидат")
            populate(store, p.id)
            before = peak_mb()
            start = time.perf_counter()
            out = export_results(store, [p.id], tmp / "r.json", "json")
            took = time.perf_counter() - start
        print(f"export json: {took:.1f} s, {out.stat().st_size / 1e6:.1f} MB, "
              f"peak RSS {peak_mb():.0f} MB (before export {before:.0f} MB)")
        start = time.perf_counter()
        args = type("A", (), {"files": [str(out)], "output": str(tmp / "s.html")})()
        code = run_report(args)
        print(f"report over it: {time.perf_counter() - start:.1f} s, exit {code}, peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
