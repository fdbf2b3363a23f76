"""The packs the program can use: built-in ones (``app/exercises/``) and installed ones.

:func:`available_packs` returns the usable packs; :func:`scan_packs` also
returns the broken ones with their problems, for the Packs screen and
``pack list``. An installed pack replaces a built-in pack with the same id.
Parsed packs are cached per folder and re-read only when a file in the folder
changes (size or modification time), so calling these at start-up is cheap.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core import paths
from app.core.layouts import register_layout
from app.packs.files import MANIFEST
from app.packs.loader import load_pack
from app.core.content import Pack
from app.packs.problems import PackError, Problem

log = logging.getLogger(__name__)


def builtin_dir() -> Path:
    return paths.EXERCISES


def installed_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "packs"


@dataclass
class BrokenPack:
    folder: Path
    problems: list[Problem]
    builtin: bool

    def __str__(self) -> str:
        return f"{self.folder}: " + "; ".join(str(p) for p in self.problems[:5])


@dataclass
class Scan:
    packs: list[Pack] = field(default_factory=list)
    broken: list[BrokenPack] = field(default_factory=list)


_cache: dict[Path, tuple[tuple, Pack | PackError]] = {}
_lock = threading.Lock()


def _stamp(folder: Path) -> tuple:
    items = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            try:
                st = os.stat(os.path.join(root, name), follow_symlinks=False)
            except OSError:
                continue
            items.append((root, name, st.st_size, st.st_mtime_ns))
    return tuple(items)


def load_cached(folder: Path) -> Pack:
    """:func:`load_pack` with a cache keyed by the folder's file sizes and times."""
    folder = Path(folder).resolve()
    stamp = _stamp(folder)
    with _lock:
        hit = _cache.get(folder)
    if hit is not None and hit[0] == stamp:
        result = hit[1]
    else:
        try:
            result = load_pack(folder)
        except PackError as exc:
            result = exc
        with _lock:
            _cache[folder] = (stamp, result)
    if isinstance(result, PackError):
        raise result
    for layout in result.layouts:  # (a cached pack's keyboards stay known to this process)
        register_layout(layout)
    return result


def remember(folder: Path, pack: Pack) -> None:
    """Cache ``pack`` as what :func:`load_cached` would read from ``folder`` as it is now (a pack just
    installed from a folder this process wrote and loaded)."""
    folder = Path(folder).resolve()
    stamp = _stamp(folder)
    with _lock:
        _cache[folder] = (stamp, pack)


def _pack_folders(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).is_file())


def scan_dir(root: Path, builtin: bool) -> Scan:
    """The packs in the sub-folders of ``root``, sorted by title, and the broken ones."""
    scan = Scan()
    scan.packs = _sorted(_scan_root(root, builtin, scan).values())
    return scan


def _sorted(packs) -> list[Pack]:
    return sorted(packs, key=lambda p: (p.manifest.title.casefold(), p.id))


def _scan_root(root: Path, builtin: bool, scan: Scan) -> dict[str, Pack]:
    found: dict[str, Pack] = {}
    for folder in _pack_folders(root):
        try:
            pack = load_cached(folder)
        except PackError as exc:
            log.warning("pack %s skipped: %s", folder, exc)
            scan.broken.append(BrokenPack(folder, exc.problems, builtin))
            continue
        if pack.id in found:
            problem = Problem(MANIFEST, None, "id", f"пакет с id «{pack.id}» уже есть в {found[pack.id].path}")
            scan.broken.append(BrokenPack(folder, [problem], builtin))
            continue
        found[pack.id] = replace(pack, builtin=builtin)
    return found


def scan_packs(data_dir: Path | None) -> Scan:
    """Built-in and installed packs, sorted by title, plus the broken ones."""
    scan = Scan()
    packs = _scan_root(builtin_dir(), True, scan)
    if data_dir is not None:
        packs.update(_scan_root(installed_dir(data_dir), False, scan))
    scan.packs = _sorted(packs.values())
    return scan


def available_packs(data_dir: Path | None) -> list[Pack]:
    """Usable packs (built-in, replaced by an installed one with the same id); broken ones are skipped."""
    return scan_packs(data_dir).packs


def find_pack(pack_id: str, data_dir: Path | None) -> Pack | None:
    return next((p for p in available_packs(data_dir) if p.id == pack_id), None)
