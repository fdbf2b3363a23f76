"""The interface language, the window's size and position and the system's colour scheme last seen,
kept in a small JSON file beside the database.

They are read before the window is built (a translation must be installed
before any widget exists, the window placed before it is shown and painted in
the right colours), which is before the database is opened; so they live
outside SQLite. A missing or unreadable file means Russian, the default window
and asking the system for its colour scheme.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path

from app.core.languages import LANGUAGES  # not app.core.vocabulary: see app.core.languages

FILENAME = "interface.json"


MAX_GEOMETRY_BYTES = 4096  # Qt's saved geometry is under a hundred bytes


def _load(data_dir: Path) -> dict:
    try:
        values = json.loads((Path(data_dir) / FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return values if isinstance(values, dict) else {}


def _save(data_dir: Path, **changes) -> None:
    """Change some keys, keep the others; written whole through a temporary file."""
    values = _load(data_dir) | changes
    path = Path(data_dir) / FILENAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values), encoding="utf-8")
    tmp.replace(path)


def load_language(data_dir: Path) -> str:
    value = _load(data_dir).get("language")
    return value if value in LANGUAGES else "ru"


def save_language(data_dir: Path, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    _save(data_dir, language=language)


def load_window_geometry(data_dir: Path) -> bytes | None:
    """The window's saved geometry (Qt's own bytes), or None when there is none or it is unreadable."""
    value = _load(data_dir).get("window")
    if not isinstance(value, str) or len(value) > MAX_GEOMETRY_BYTES * 2:
        return None
    try:
        return base64.b64decode(value, validate=True) or None
    except (binascii.Error, ValueError):
        return None


def save_window_geometry(data_dir: Path, geometry: bytes) -> None:
    if len(geometry) > MAX_GEOMETRY_BYTES:
        raise ValueError(f"window geometry of {len(geometry)} bytes is more than {MAX_GEOMETRY_BYTES}")
    _save(data_dir, window=base64.b64encode(geometry).decode("ascii"))


def load_dark_scheme(data_dir: Path) -> bool | None:
    """Whether the system's colour scheme was dark when last seen; None when not known."""
    value = _load(data_dir).get("dark_scheme")
    return value if isinstance(value, bool) else None


def save_dark_scheme(data_dir: Path, dark: bool) -> None:
    _save(data_dir, dark_scheme=bool(dark))
