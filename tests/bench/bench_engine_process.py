"""The grammar engine beside the window: exit time, memory of both processes, keystrokes while it works.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_engine_process.py
(Linux: reads process memory with psutil.) Each figure is the median of RUNS runs of the real app
(``engine_probe.py``), started through ``chat-trainer``'s own ``main``:

* exit: from ``window.close()`` to the process having ended, closing while the engine still loads and
  when it is idle (goal ≤ 0.5 s);
* memory: resident size of the GUI process and of the engine process, idle after loading
  (goal for the GUI process ≤ 120 MiB);
* keys: a 2,000-key drill typed from the moment the screens are built, while the engine loads and then
  checks a 3,000-character text (its last sentence changed) every 300 ms: median and p99 per key
  (goal p99 ≤ 2 ms).
Start-up to the first window against a bare PySide6 window: ``bench_startup.py``; all of them in one
run: ``bench_process.py``.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

PROBE = os.path.join(os.path.dirname(__file__), "engine_probe.py")
RUNS = 3


def run(mode, data_dir):
    proc = subprocess.Popen([sys.executable, PROBE, mode, data_dir], stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=300)
    ended = time.time()
    lines = [line.split() for line in out.splitlines() if line.count(" ") == 2]
    marks = {}
    keys = {"key_loading": [], "key_ready": []}
    for what, stamp, value in lines:
        if what in keys:
            keys[what].append(float(value))
        else:
            marks[what] = (float(stamp), float(value))
    marks["ended"] = (ended, 0.0)
    return marks, keys


def p99(values):
    values = sorted(values)
    return values[max(0, int(len(values) * 0.99) - 1)] if values else float("nan")


def measure(runs: int = RUNS) -> dict:
    """Exit times in seconds, idle RSS in MiB (medians) and per-key times in ms, over ``runs`` runs of each mode."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.storage.store import open_store
    data = tempfile.mkdtemp()
    store = open_store(data)
    store.profiles.set_current(store.profiles.create("bench").id)
    store.close()
    exit_loading, exit_ready, gui_rss, engine_rss = [], [], [], []
    loading_keys, ready_keys, checks = [], [], []
    for _ in range(runs):
        marks, _ = run("exit-loading", data)
        exit_loading.append(marks["ended"][0] - marks["close"][0])
        marks, _ = run("exit-ready", data)
        exit_ready.append(marks["ended"][0] - marks["close"][0])
        gui_rss.append(marks["gui_rss"][1])
        engine_rss.append(marks["engine_rss"][1])
        marks, keys = run("keys", data)
        loading_keys += keys["key_loading"]
        ready_keys += keys["key_ready"]
        checks.append(marks["checks"][1])
    return {"platform": os.environ["QT_QPA_PLATFORM"], "runs": runs, "exit_loading": exit_loading,
            "exit_ready": exit_ready, "gui_rss": statistics.median(gui_rss),
            "engine_rss": statistics.median(engine_rss), "loading_keys": loading_keys, "ready_keys": ready_keys,
            "checks": statistics.median(checks)}


def report(m: dict) -> None:
    exit_loading, exit_ready = m["exit_loading"], m["exit_ready"]
    print(f"platform {m['platform']}, {m['runs']} runs (medians)")
    print(f"exit after close, engine loading: {statistics.median(exit_loading) * 1000:.0f} ms "
          f"(worst {max(exit_loading) * 1000:.0f} ms; goal ≤ 500)")
    print(f"exit after close, engine idle:    {statistics.median(exit_ready) * 1000:.0f} ms "
          f"(worst {max(exit_ready) * 1000:.0f} ms)")
    print(f"GUI process RSS, idle:            {m['gui_rss']:.1f} MiB (goal ≤ 120)")
    print(f"engine process RSS, idle:         {m['engine_rss']:.1f} MiB")
    for name, times in (("while the engine loads", m["loading_keys"]), ("while it checks", m["ready_keys"])):
        if times:
            print(f"keys {name}: {len(times)}, median {statistics.median(times):.3f} ms, "
                  f"p99 {p99(times):.3f} ms (goal ≤ 2), max {max(times):.3f} ms")
    print(f"checks answered during typing: {m['checks']:.0f} per run")


if __name__ == "__main__":
    report(measure())
