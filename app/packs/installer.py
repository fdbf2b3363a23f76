"""Installing, updating and removing packs in ``<data_dir>/packs/<pack-id>/``.

Install is atomic: the file is unpacked into a hidden temporary folder inside
``<data_dir>/packs``, validated as a whole, and only then renamed into place.
An older installed version is moved aside first and deleted after the new one
is in place, or moved back if that fails. On any failure nothing changes.

Only files: the results stored for a pack are the store's (app/services/packs.py removes both).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path

from app.packs.archive import extract
from app.packs.loader import ID_RE, MANIFEST, load_pack, read_manifest_version
from app.core.content import Pack
from app.packs.problems import NotNewerError, PackError, Problem
from app.packs.registry import builtin_dir, installed_dir, remember, scan_dir
from app.packs.toml_guard import read_toml_quietly
from app.packs.versions import compare_versions


def install_pack(file: Path, data_dir: Path, *, force: bool = False) -> Pack:
    """Install the ``.ctpack`` ``file``; return the installed pack or raise PackError.

    An installed pack of the same or a newer version is kept unless ``force``. A refused install
    leaves nothing behind, not even a ``packs`` folder it had to create.
    """
    root = installed_dir(data_dir)
    created = _missing_parents(root)
    root.mkdir(parents=True, exist_ok=True)
    installed = False
    try:
        recover_interrupted(root)
        tmp = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
        try:
            pack = _install_into(Path(file), root, tmp, force)
            installed = True
            return pack
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        if not installed:
            for folder in created:  # deepest first; only folders this install made, and only if empty
                try:
                    folder.rmdir()
                except OSError:
                    break


def _missing_parents(folder: Path) -> list[Path]:
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def install_loaded(folder: Path, pack: Pack, data_dir: Path, *, force: bool = False) -> Pack:
    """Install the pack folder this process has just written and loaded as ``pack`` (an imported bank):
    copied into place as it is, atomically as :func:`install_pack` does, without building an archive
    and checking it all over again. The pack is remembered as loaded, so listing it reads nothing."""
    root = installed_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    recover_interrupted(root)
    tmp = Path(tempfile.mkdtemp(prefix=".install-", dir=root))
    try:
        shutil.copytree(folder, tmp / "pack")
        installed = _put_in_place(tmp / "pack", pack, folder.name, root, tmp, force)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    remember(installed.path, installed)
    return installed


def _install_into(file: Path, root: Path, tmp: Path, force: bool) -> Pack:
    staged = tmp / "pack"
    warnings = extract(file, staged)
    try:
        pack = load_pack(staged)
    except PackError as exc:
        raise PackError(exc.problems, warnings + exc.warnings) from None
    pack = _put_in_place(staged, pack, file.name, root, tmp, force)
    return replace(pack, warnings=tuple(warnings) + pack.warnings)


def _put_in_place(staged: Path, pack: Pack, name: str, root: Path, tmp: Path, force: bool) -> Pack:
    target = root / pack.id
    if target.exists():
        old = read_manifest_version(target)
        new = pack.manifest.version
        if old is not None and compare_versions(new, old) <= 0 and not force:
            what = "та же версия" if compare_versions(new, old) == 0 else "более старая версия"
            raise NotNewerError(Problem(
                name, None, "version",
                f"пакет «{pack.id}» уже установлен в версии {old}, а в файле {what} {new}; "
                "ставится только более новая версия",
            ))
    _swap_in(staged, target, tmp)
    return replace(pack, path=target)


def recover_interrupted(root: Path) -> None:
    """Clean up after an install or a removal that was killed half-way; call it at start.

    A killed install leaves its ``.install-*`` folder behind; if it was killed
    between moving the old version aside and moving the new one in, the old
    version is still in that folder's ``old`` and is put back. A killed removal
    leaves a ``.remove-*`` folder: the pack was being removed, so it goes.
    """
    if not root.is_dir():
        return
    for leftover in sorted(root.glob(".install-*")):
        aside = leftover / "old"
        pack_id = _manifest_id(aside)
        if pack_id and not (root / pack_id).exists():
            os.rename(aside, root / pack_id)
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in sorted(root.glob(".remove-*")):
        shutil.rmtree(leftover, ignore_errors=True)


def _manifest_id(folder: Path) -> str | None:
    data = read_toml_quietly(folder / MANIFEST)
    pack_id = data.get("id") if data is not None else None
    return pack_id if isinstance(pack_id, str) and ID_RE.fullmatch(pack_id) else None


def _swap_in(staged: Path, target: Path, tmp: Path) -> None:
    if not target.exists():
        os.rename(staged, target)
        return
    aside = tmp / "old"
    os.rename(target, aside)
    try:
        os.rename(staged, target)
    except BaseException:
        os.rename(aside, target)
        raise


def list_installed(data_dir: Path) -> list[Pack]:
    """Installed packs that load; broken ones are left out (see registry.scan_packs)."""
    return scan_dir(installed_dir(data_dir), builtin=False).packs


def set_aside(pack_id: str, data_dir: Path) -> Path:
    """Move the installed pack out of the way, so it is no longer installed but can still be put back;
    raise PackError for a built-in, unknown or invalid id. Finish with :func:`discard` or :func:`put_back`."""
    if not ID_RE.fullmatch(pack_id):
        raise PackError(Problem(pack_id, None, "", "недопустимый id пакета"))
    root = installed_dir(data_dir)
    target = root / pack_id
    if not target.is_dir() or target.is_symlink():
        if (builtin_dir() / pack_id / MANIFEST).is_file():
            raise PackError(Problem(pack_id, None, "", "встроенный пакет удалить нельзя"))
        raise PackError(Problem(pack_id, None, "", "такой пакет не установлен"))
    trash = root / f".remove-{pack_id}-{uuid.uuid4().hex[:8]}"
    os.rename(target, trash)
    return trash


def put_back(trash: Path, pack_id: str, data_dir: Path) -> None:
    os.rename(trash, installed_dir(data_dir) / pack_id)


def discard(trash: Path) -> None:
    shutil.rmtree(trash, ignore_errors=True)


def remove_pack(pack_id: str, data_dir: Path) -> None:
    """Remove the installed pack's folder; raise PackError for a built-in, unknown or invalid id."""
    discard(set_aside(pack_id, data_dir))
