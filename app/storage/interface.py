"""The interface language, kept in a small JSON file beside the database.

It is read before the window is built (a translation must be installed
before any widget exists), which is before the database is opened; so it
lives outside SQLite. A missing or unreadable file means Russian.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.core.vocabulary import LANGUAGES

FILENAME = "interface.json"


def load_language(data_dir: Path) -> str:
    try:
        value = json.loads((Path(data_dir) / FILENAME).read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return "ru"
    return value if value in LANGUAGES else "ru"


def save_language(data_dir: Path, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    path = Path(data_dir) / FILENAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"language": language}), encoding="utf-8")
    tmp.replace(path)
