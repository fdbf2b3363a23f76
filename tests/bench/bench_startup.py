"""Process start → first window shown, the app against a bare PySide6 window in the same run, plus memory.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_startup.py [RUNS]
(or under Xvfb with QT_QPA_PLATFORM=xcb; ``bench_process.py`` runs this and the engine process's
figures together). Goal: the app's first window ≤ 1.2 × the bare window.

The two are started alternately, so both see the same load of a shared machine; each figure is the
median. The app starts as the ``chat-trainer`` command does (``app.cli.main``) over a data folder that
has been used once, as on every start but the first. Its modules run from compiled bytecode, as from an
installed wheel (pip compiles them): the children get a bytecode cache of their own, even where
PYTHONDONTWRITEBYTECODE is set.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

PROBE = os.path.join(os.path.dirname(__file__), "startup_probe.py")
RUNS = 7


def child_env(cache: str) -> dict:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def once(args, env):
    start = time.time()
    proc = subprocess.Popen([sys.executable, PROBE, *args], stdout=subprocess.PIPE, text=True, env=env,
                            stderr=subprocess.DEVNULL)
    out, _ = proc.communicate(timeout=60)
    marks = {}
    for line in out.splitlines():
        what, stamp, rss = line.split()
        marks[what] = (float(stamp) - start, int(rss) / 1024)
    return marks


def measure(runs: int = RUNS) -> dict:
    """Medians in seconds (bare, shown, ready) and the largest peak RSS in MiB once the screens are built."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data, cache = tempfile.mkdtemp(), tempfile.mkdtemp()
    env = child_env(cache)
    once([data], env)  # create the database, write the bytecode, warm the file cache
    once(["--bare"], env)
    bare, shown, ready, rss = [], [], [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(once(["--bare"], env)["shown"][0])
        marks = once([data], env)
        shown.append(marks["shown"][0])
        ready.append(marks["ready"][0])
        rss.append(marks["ready"][1])
    return {"platform": os.environ["QT_QPA_PLATFORM"], "runs": runs, "bare": statistics.median(bare),
            "shown": statistics.median(shown), "ready": statistics.median(ready), "peak_rss": max(rss)}


def report(m: dict) -> None:
    b = m["bare"]
    print(f"platform {m['platform']}, median of {m['runs']}")
    print(f"bare PySide6 window shown:    {b * 1000:.0f} ms")
    print(f"chat-trainer window shown:    {m['shown'] * 1000:.0f} ms ({m['shown'] / b:.2f} × bare; goal ≤ 1.2)")
    print(f"chat-trainer screens ready:   {m['ready'] * 1000:.0f} ms ({m['ready'] / b:.2f} × bare)")
    print(f"peak RSS once the screens are built: {m['peak_rss']:.1f} MiB")


if __name__ == "__main__":
    report(measure(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS))
