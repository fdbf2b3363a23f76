"""Where the program's own files live (no Qt, no I/O at import).

Assets and the built-in packs travel inside the ``app`` package, so a wheel is
complete. They are found through ``importlib.resources``; a wheel installs as
plain files, so the resource root is a real directory and callers may use
``pathlib`` on it.
"""

from importlib import resources
from pathlib import Path

PACKAGE = Path(str(resources.files("app")))
ASSETS = PACKAGE / "assets"
EXERCISES = PACKAGE / "exercises"
