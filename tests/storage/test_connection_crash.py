"""A writer killed at a random moment loses no attempt it reported as saved."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from storage_helpers import make_keystrokes

from app.storage import open_store

ROUNDS = 20
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(data_dir: Path, round_no: int, delay: float) -> list[tuple[int, int]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(round_no)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    # the random moment counts from an open store, not from the start: on a loaded machine the interpreter's
    # start-up alone can outlast the longest delay, and then no round would write anything
    ready = proc.stdout.readline()
    assert ready == b"ready\n", proc.stderr.read().decode(errors="replace")
    time.sleep(delay)
    proc.kill()  # SIGKILL on POSIX
    out, err = proc.communicate(timeout=30)
    assert proc.returncode != 0 and b"Traceback" not in err, err.decode(errors="replace")
    complete = out.decode().split("\n")[:-1]  # a line cut off by the kill promised nothing
    return [tuple(map(int, line.split())) for line in complete]


def test_killed_writer_loses_nothing_it_reported(tmp_path):
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    promised: dict[int, int] = {}
    for round_no in range(ROUNDS):
        delay = rng.uniform(0.05, 0.6)
        saved = _run_and_kill(data_dir, round_no, delay)
        promised.update(saved)
        context = f"seed {seed}, round {round_no}, killed after {delay:.3f} s"
        with open_store(data_dir) as store:
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", context
            for attempt_id, stroke_seed in saved:
                assert store.attempts.keystrokes(attempt_id) == make_keystrokes(300, stroke_seed), \
                    f"attempt {attempt_id} lost or damaged ({context})"
            counts = dict(store.db.execute("SELECT attempt_id, count(*) FROM keystrokes GROUP BY attempt_id"))
            assert all(counts.get(attempt_id) == 300 for attempt_id in promised), context
        print(f"round {round_no}: killed after {delay:.3f} s, {len(saved)} attempts reported saved")
    assert promised, f"no writer lived long enough to save anything (seed {seed})"
