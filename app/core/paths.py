"""Where the program's own files live (no Qt, no I/O at import).

Assets and the built-in packs travel inside the ``app`` package, so a wheel is
complete. A wheel installs as plain files, so the package's own folder is their
root and callers may use ``pathlib`` on it (found from this file rather than
through ``importlib.resources``, whose import alone costs the window's start-up
a few milliseconds).
"""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
ASSETS = PACKAGE / "assets"
EXERCISES = PACKAGE / "exercises"
