"""Helpers shared by the storage tests and the crash-test writer process."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from app.core.drill import BACKSPACE, Keystroke
from app.core.metrics import summarise
from app.core.records import TypingRecord


def make_keystrokes(n: int, seed: int = 0) -> list[Keystroke]:
    """A plausible keystroke log: mostly right, some errors, backspaces and wrong-layout keys."""
    rng = random.Random(seed)
    text = "Здравствуйте! Чем могу помочь? «Ёлка» — hello, world. "
    out, t, pos = [], 0.0, 0
    for _ in range(n):
        t += rng.uniform(0.05, 0.4)
        expected = text[pos % len(text)]
        roll = rng.random()
        if roll < 0.05:
            out.append(Keystroke(t, pos, expected, BACKSPACE, False))
        elif roll < 0.08:
            out.append(Keystroke(t, pos, expected, "f", False, wrong_layout=True))
        elif roll < 0.15:
            out.append(Keystroke(t, pos, expected, rng.choice("йцукен"), False))
            pos += 1
        else:
            out.append(Keystroke(t, pos, expected, expected, True))
            pos += 1
    return out


def save_attempt(store, profile_id: int, n: int = 300, seed: int = 0, *, exercise_id: str = "ex-1",
                 pack_id: str = "ru-basic", passed: bool = True, kind: str = "lesson") -> int:
    strokes = make_keystrokes(n, seed)
    text = "".join(s.expected for s in strokes if s.correct)
    return store.attempts.save_typing(
        profile_id, kind=kind, pack_id=pack_id, exercise_id=exercise_id, layout="ru", mode="correct",
        text=text, started_at="2025-03-01T10:00:00+03:00",
        record=TypingRecord(summary=summarise(strokes, len(text)).to_dict()),
        keystrokes=strokes, passed=passed,
    )


def sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def permissions_enforced() -> bool:
    """Whether a read-only file really refuses writes here (not for root or on some file systems)."""
    import os
    import stat
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe"
        probe.write_text("")
        probe.chmod(stat.S_IRUSR)
        try:
            with open(probe, "a"):
                return False
        except PermissionError:
            return True
        finally:
            os.chmod(probe, stat.S_IRUSR | stat.S_IWUSR)
