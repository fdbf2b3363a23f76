"""Paths inside a pack, one rule for a folder and an archive, and showing untrusted names safely.

A name from an archive may hold anything: a carriage return or an escape sequence echoed raw would
rewrite the terminal, a NUL would cut the name short. Names are checked here and always shown
escaped (:func:`printable`), so the user sees which entry is wrong.
"""

from __future__ import annotations

import re

from app.packs.limits import MAX_DEPTH, MAX_NAME

# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every control character written as an escape (``\\r``, ``\\x1b``, ``\\u202e``)."""
    def escape(m: re.Match) -> str:
        ch = m[0]
        named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch)
        return named or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return _UNSAFE.sub(escape, text)


def name_problem(name: str) -> str | None:
    """Why ``name`` (a posix path relative to the pack, folders ending in «/») is refused, or None."""
    if not name or name in ("/", "./"):
        return "пустое имя"
    if _UNSAFE.search(name):
        return "управляющий символ в имени"
    if "\\" in name:
        return "обратная косая черта в пути (путь в стиле Windows)"
    if name.startswith("/"):
        return "абсолютный путь"
    if ":" in name:
        return "двоеточие в пути (буква диска или поток NTFS)"
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        return "путь выходит за пределы пакета или содержит «.», «..» или «//»"
    if len(name) > MAX_NAME:
        return f"слишком длинный путь (больше {MAX_NAME} знаков)"
    if len(parts) > MAX_DEPTH:
        return f"слишком глубокая вложенность папок (больше {MAX_DEPTH})"
    return None
