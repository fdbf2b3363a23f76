"""Building a pack folder into one reproducible ``.ctpack`` file (a zip).

The same folder always gives the same bytes: entries sorted by path, a fixed
time stamp (1980-01-01 00:00), fixed permissions (0644, Unix), text files
normalised as for the content hash (no BOM, LF line ends), deflate level 9.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from app.core.regular_file import UnusableFile, read_regular
from app.packs.archive import check_archive
from app.packs.files import normalise_bytes, pack_files
from app.packs.limits import MAX_FILE_BYTES
from app.packs.loader import load_pack
from app.core.content import Pack
from app.packs.problems import PackError, Problem

SUFFIX = ".ctpack"
_EPOCH = (1980, 1, 1, 0, 0, 0)


def build_pack(folder: Path, out_file: Path) -> Pack:
    """Validate ``folder`` and write it to ``out_file``; raise PackError for a broken folder."""
    folder, out_file = Path(folder), Path(out_file)
    pack = load_pack(folder)
    if folder.resolve() in out_file.resolve().parents:
        raise PackError(Problem(str(out_file), None, "", "файл пакета нельзя сохранять внутри папки пакета"))
    files = pack_files(folder)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".build-", suffix=SUFFIX, dir=out_file.parent)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w") as zf:
            for rel in sorted(files):
                info = zipfile.ZipInfo(rel, date_time=_EPOCH)
                info.create_system = 3
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                data = read_regular(files[rel], MAX_FILE_BYTES, rel)
                zf.writestr(info, normalise_bytes(rel, data), compresslevel=9)
        check_archive(Path(tmp), out_file.name)  # install's own check: a built pack is never refused when installed
        os.chmod(tmp, 0o644)
        os.replace(tmp, out_file)
    except UnusableFile as exc:  # a file swapped for a device or a bigger one since it was checked
        Path(tmp).unlink(missing_ok=True)
        raise PackError(Problem(exc.name, None, "", exc.reason)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return pack
