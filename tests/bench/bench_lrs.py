"""xAPI delivery: 10,000 queued statements to a real LRS (Ralph), and the sender's cost on the keystroke path.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench_lrs [N]

1. Queue: N graded attempts saved with sending on (each statement queued in the attempt's own
   transaction), then one delivery round to Ralph on a loopback port, timed; Ralph's file then
   holds exactly N statements, each once.
2. Keystroke path: a drill in the real window is typed key by key (2,000 keys) twice — with the
   sender idle, and while the window's LrsSender delivers N more statements in the background.
   Every call into the sender is recorded with its thread: the GUI thread's count must be 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.records import GrammarRecord  # noqa: E402
from app.services import lrs  # noqa: E402
from app.services.lrs import deliver_pending  # noqa: E402
from app.storage import open_store  # noqa: E402
from app.storage.outbox import LrsSettings  # noqa: E402
from tests.bench.typing_window import DRILL_TEXT, key_figures, start_drill, type_keys, wait_for_engine  # noqa: E402
from tests.services.lrs.ralph import KEY, SECRET, Ralph  # noqa: E402

def queue(store, profile_id: int, n: int) -> float:
    start = time.perf_counter()
    for i in range(n):
        store.attempts.save_result(profile_id, pack_id="bench", exercise_id=f"g{i % 500}", score=float(i % 101),
                                   passed=i % 3 != 0, record=GrammarRecord(answer="Он учится."),
                                   started_at="2025-03-01T10:00:00+03:00")
    return time.perf_counter() - start


def sending(store, name: str, endpoint: str) -> int:
    profile = store.profiles.create(name)
    store.outbox.save_settings(profile.id, LrsSettings(enabled=True, endpoint=endpoint,
                                                       email=f"{profile.id}@bench.example"))
    store.outbox.save_credentials(profile.id, KEY, SECRET)
    return profile.id


def bench_queue(ralph: Ralph, n: int) -> None:
    with open_store(Path(tempfile.mkdtemp())) as store:
        quiet = store.profiles.create("без отправки").id
        plain = queue(store, quiet, n)
        profile_id = sending(store, "очередь", ralph.endpoint)
        saved = queue(store, profile_id, n)
        start = time.perf_counter()
        done = deliver_pending(store.outbox)
        took = time.perf_counter() - start
        waiting = store.outbox.status(profile_id).waiting
    stored = ralph.stored()
    print(f"{n} attempts saved, sending off: {plain:.1f} s ({plain / n * 1000:.2f} ms each); "
          f"sending on, statements queued in the same transactions: {saved:.1f} s ({saved / n * 1000:.2f} ms each)")
    print(f"delivered {done.sent} in {took:.1f} s ({done.sent / took:.0f} statements/s, batches of {lrs.BATCH}); "
          f"waiting after: {waiting}; in the LRS: {len(stored)}, distinct ids: {len({s['id'] for s in stored})}")


def bench_keystrokes(ralph: Ralph, n: int) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui import theme
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    calls: dict[str, int] = {"gui": 0, "other": 0}
    for name in ("deliver_store", "deliver_pending", "deliver_profile"):
        real = getattr(lrs, name)

        def counted(*args, _real=real, **kwargs):
            calls["gui" if threading.current_thread() is threading.main_thread() else "other"] += 1
            return _real(*args, **kwargs)
        setattr(lrs, name, counted)
    real_request = lrs.LrsClient.request

    def request(self, *args, **kwargs):
        calls["gui" if threading.current_thread() is threading.main_thread() else "other"] += 1
        return real_request(self, *args, **kwargs)
    lrs.LrsClient.request = request

    app = QApplication(sys.argv[:1])
    theme.load_fonts()
    store = open_store(Path(tempfile.mkdtemp()))
    profile_id = sending(store, "печать", ralph.endpoint)
    store.profiles.set_current(profile_id)
    window = MainWindow(AppContext(store, store.data_dir))
    window.show()
    wait_for_engine(app, window)

    def drill():
        return type_keys(app, start_drill(app, window), DRILL_TEXT)

    window.lrs_sender.wait()
    idle = drill()
    queue(store, profile_id, n)
    calls.update(gui=0, other=0)
    window.lrs_sender.kick()
    busy = drill()
    running = window.lrs_sender.busy
    window.lrs_sender.wait(600_000)
    app.processEvents()
    for label, times in (("sender idle", idle), ("sender delivering", busy)):
        print(f"key press → repaint, {label}: {key_figures(times)}")
    print(f"sender still delivering when the {len(busy)} keys were done: {running}; "
          f"sender calls on the GUI thread: {calls['gui']}, on pool threads: {calls['other']}")
    store.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    for bench in (bench_queue, bench_keystrokes):  # each on a fresh LRS
        ralph = Ralph(Path(tempfile.mkdtemp()) / "ralph")
        ralph.start()
        try:
            bench(ralph, n)
        finally:
            ralph.stop()


if __name__ == "__main__":
    main()
