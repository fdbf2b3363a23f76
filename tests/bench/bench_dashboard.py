"""Dashboard timings on a generated database with 1,000,000 keystrokes.

Run: /work/main/.venv/bin/python tests/bench/bench_dashboard.py
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.drill import Keystroke  # noqa: E402
from app.core.metrics import summarise  # noqa: E402
from app.storage import DB_FILENAME, open_store  # noqa: E402
from app.storage import aggregates  # noqa: E402
from app.core.records import TypingRecord  # noqa: E402

KEYS, PER_ATTEMPT = 1_000_000, 1000
GRADED = 3000  # grammar answers, replies and quiz runs
TEXT = {"ru": "здравствуйте чем могу помочь ", "en": "hello how can i help you today "}


def strokes(layout: str, rng: random.Random, n: int = PER_ATTEMPT) -> list[Keystroke]:
    text, t, out = TEXT[layout], 0.0, []
    for i in range(n):
        t += rng.uniform(0.08, 0.35)
        ch = text[i % len(text)]
        ok = rng.random() > 0.05
        out.append(Keystroke(t, i, ch, ch if ok else "x", ok))
    return out


def fill_typing(conn: sqlite3.Connection, profile: int, rng: random.Random, layouts: tuple[str, ...]) -> None:
    """KEYS keystrokes in attempts of PER_ATTEMPT, the layouts taking turns, written straight to SQLite."""
    for a in range(KEYS // PER_ATTEMPT):
        layout = layouts[a % len(layouts)]
        aid = conn.execute(
            "INSERT INTO attempts (profile_id, kind, started_at, finished_at, layout, mode, cpm, accuracy, "
            "passed) VALUES (?, 'lesson', '2025-03-01T10:00:00', '2025-03-01T10:05:00', ?, 'correct', ?, ?, 1)",
            (profile, layout, rng.uniform(100, 300), rng.uniform(85, 100))).lastrowid
        conn.executemany(
            "INSERT INTO keystrokes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, i, s.t, s.position, s.expected, s.typed, int(s.correct), 0)
             for i, s in enumerate(strokes(layout, rng))])


def main() -> None:
    data_dir = Path(tempfile.mkdtemp()) / "data"
    with open_store(data_dir) as store:
        profile = store.profiles.create("Анна").id
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    rng = random.Random(1)
    with conn:
        fill_typing(conn, profile, rng, ("en", "ru"))
        finding = {"rule_id": "COMMA_INTRO", "message": "Вводное слово выделяется запятыми"}
        card = {"elements": {"Приветствие": {"passed": True}, "Решение": {"passed": False}}}
        graded = [("grammar", {"topic": "Вводные слова", "findings": [finding]}),
                  ("correspondence", {"seconds": 240, "scorecard": card}),
                  ("quiz", {"per_category": {"Безопасность": 60.0, "Тон": 90.0}})]
        for g in range(GRADED):  # the answers, replies and quizzes a long course leaves behind
            kind, details = graded[g % 3]
            conn.execute("INSERT INTO attempts (profile_id, kind, started_at, finished_at, score, passed, details) "
                         "VALUES (?, ?, '2025-03-01T10:00:00', '2025-03-01T10:03:00', 50, 0, ?)",
                         (profile, kind, json.dumps(details, ensure_ascii=False)))
    t0 = time.perf_counter()
    with conn:
        aggregates.rebuild(conn)
    print(f"back-fill of key_stats over {KEYS:,} keystrokes: {time.perf_counter() - t0:.2f} s")
    conn.close()

    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app.ui.dashboard_screen import DashboardScreen
    from app.ui.context import AppContext
    with open_store(data_dir) as store:
        store.profiles.set_current(profile)
        ctx = AppContext(store, data_dir)
        log = strokes("ru", rng)
        text = "".join(s.expected for s in log if s.correct)
        t0 = time.perf_counter()
        store.attempts.save_typing(profile, kind="lesson", pack_id=None, exercise_id=None, layout="ru",
                                   mode="correct", text=text, started_at="2025-03-02T10:00:00",
                                   record=TypingRecord(summary=summarise(log, len(text)).to_dict()),
                                   keystrokes=log, passed=True)
        print(f"save one {PER_ATTEMPT}-key attempt with aggregate upkeep: {1000 * (time.perf_counter() - t0):.1f} ms")
        t0 = time.perf_counter()
        board = store.stats.read_dashboard(profile)
        t_read = time.perf_counter() - t0
        screen = DashboardScreen(ctx)
        screen.show_dashboard(board)  # read above: showing the screen does not read again
        screen.resize(1000, 800)
        screen.show()
        app.processEvents()
        total = time.perf_counter() - t0
        print(f"open dashboard: read_dashboard {1000 * t_read:.1f} ms, read + build + show {1000 * total:.1f} ms"
              f" ({'OK' if total <= 0.3 else 'OVER'} the 300 ms budget)")
        screen.grab().save("/tmp/dash-shot.png")
        screen.worker.wait()


if __name__ == "__main__":
    main()
