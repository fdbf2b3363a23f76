"""Process start → first window shown, the app against a bare PySide6 window, plus peak memory.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_startup.py
(or under Xvfb with QT_QPA_PLATFORM=xcb). Goals: the app's first window
≤ 1.2 × the bare window; peak RSS with the main window open ≤ 90 MiB.
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
    start = time.time()
    proc = subprocess.Popen([sys.executable, PROBE, *args], stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=60)
    marks = {}
    for line in out.splitlines():
        what, stamp, rss = line.split()
        marks[what] = (float(stamp) - start, int(rss) / 1024)
    return marks


def main():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = tempfile.mkdtemp()
    once([data])  # warm the file cache and create the database once
    bare, shown, ready, rss = [], [], [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        bare.append(once(["--bare"])["shown"][0])
        marks = once([data])
        shown.append(marks["shown"][0])
        ready.append(marks["ready"][0])
        rss.append(marks["ready"][1])
    b = statistics.median(bare)
    print(f"platform {os.environ['QT_QPA_PLATFORM']}, median of {RUNS}")
    print(f"bare PySide6 window shown:    {b * 1000:.0f} ms")
    print(f"chat-trainer window shown:    {statistics.median(shown) * 1000:.0f} ms "
          f"({statistics.median(shown) / b:.2f} × bare)")
    print(f"chat-trainer screens ready:   {statistics.median(ready) * 1000:.0f} ms "
          f"({statistics.median(ready) / b:.2f} × bare)")
    print(f"peak RSS with the main window open: {max(rss):.1f} MiB")


if __name__ == "__main__":
    main()
