"""The process-level figures of the window and the grammar engine in one run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_process.py [STARTUP_RUNS [ENGINE_RUNS]]
(under Xvfb with QT_QPA_PLATFORM=xcb for a real display server). Goals:
* start-up to the first window ≤ 1.2 × a bare PySide6 window measured in the same run (bench_startup.py);
* the window's process ≤ 120 MiB resident when idle; the engine process's memory stated;
* exit ≤ 0.5 s after the window closes, while the engine loads and when it is idle;
* keystroke p99 ≤ 2 ms while the engine loads and while it checks (bench_engine_process.py).
Each figure is a median over several runs: the machine may be shared and loaded.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

import bench_engine_process  # noqa: E402
import bench_startup  # noqa: E402


def main():
    startup_runs = int(sys.argv[1]) if len(sys.argv) > 1 else bench_startup.RUNS
    engine_runs = int(sys.argv[2]) if len(sys.argv) > 2 else bench_engine_process.RUNS
    print("== start-up ==")
    bench_startup.report(bench_startup.measure(startup_runs))
    print("== the engine beside the window: exit, memory, keys ==")
    bench_engine_process.report(bench_engine_process.measure(engine_runs))


if __name__ == "__main__":
    main()
