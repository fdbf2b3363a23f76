"""Crash-test writer: saves typing attempts until it is killed.

Usage: ``python crash_writer.py DATA_DIR ROUND``. Once the store is open it
prints ``ready``; after each save has returned it prints ``<attempt id>
<keystroke seed>`` and flushes, so every printed id is a promise that the
attempt is on disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

from storage_helpers import make_keystrokes

from app.core.metrics import summarise
from app.storage import open_store
from app.core.records import TypingRecord

KEYSTROKES = 300
PROFILE = "Проверка сбоев"


def main(data_dir: Path, round_no: int) -> None:
    store = open_store(data_dir)
    profile = next((p for p in store.profiles.list() if p.name == PROFILE), None)
    profile = profile or store.profiles.create(PROFILE)
    print("ready", flush=True)
    n = 0
    while True:
        seed = round_no * 1_000_000 + n
        strokes = make_keystrokes(KEYSTROKES, seed)
        text = "".join(s.expected for s in strokes if s.correct)
        attempt_id = store.attempts.save_typing(
            profile.id, kind="lesson", pack_id="crash", exercise_id=f"r{round_no}", layout="ru",
            mode="correct", text=text, started_at="2025-01-01T00:00:00",
            record=TypingRecord(summary=summarise(strokes, len(text)).to_dict()), keystrokes=strokes, passed=n % 2 == 0,
        )
        print(attempt_id, seed, flush=True)
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
