"""Where the program's own files live (no Qt, no I/O at import)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
EXERCISES = ROOT / "exercises"
