"""Process start → first window shown, the app against a bare PySide6 window, plus peak memory.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_startup.py
(or under Xvfb with QT_QPA_PLATFORM=xcb). Goal: app ≤ 1.2 × bare; peak RSS ≤ 90 MiB.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = os.path.join(os.path.dirname(__file__), "startup_probe.py")
RUNS = 5


def once(args):
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, PROBE, *args], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=30)
    assert line.startswith("shown"), line
    return elapsed, int(line.split()[1]) / 1024


def main():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = tempfile.mkdtemp()
    once([data])  # warm the file cache and create the database once
    bare, app, rss = [], [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        bare.append(once(["--bare"])[0])
        t, mem = once([data])
        app.append(t)
        rss.append(mem)
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform {os.environ['QT_QPA_PLATFORM']}, median of {RUNS}")
    print(f"bare PySide6 window: {b * 1000:.0f} ms")
    print(f"chat-trainer window: {a * 1000:.0f} ms  ({a / b:.2f} × bare)")
    print(f"peak RSS with the main window open: {max(rss):.1f} MiB")


if __name__ == "__main__":
    main()
