"""Installing, updating and removing packs, with the stored results a removal affects; importing
a Moodle question bank or a KTouch course."""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.core.content import Pack
from app.packs import installer
from app.packs.builder import build_pack
from app.packs.ktouch import import_ktouch
from app.packs.quiz_import import ImportReport, import_quiz, summarise
from app.storage import DB_FILENAME, open_store


def install_pack(file: Path, data_dir: Path, *, force: bool = False) -> Pack:
    """Install or update the pack in ``file``; its stored results stay (exercise ids are stable).

    Raises PackError (NotNewerError when the installed version is the same or newer and not ``force``)
    or OSError; nothing changes then."""
    return installer.install_pack(Path(file), Path(data_dir), force=force)


def remove_pack(pack_id: str, data_dir: Path, *, keep_results: bool = True) -> int:
    """Remove an installed pack and, unless ``keep_results``, every profile's results on it;
    return the number of attempts deleted.

    The database is opened before the pack's files are touched, so a database this program
    cannot use (damaged, from a newer version) is refused with StorageError and nothing changes.
    """
    data_dir = Path(data_dir)
    if keep_results or not (data_dir / DB_FILENAME).is_file():
        installer.remove_pack(pack_id, data_dir)
        return 0
    with open_store(data_dir) as store:
        installer.remove_pack(pack_id, data_dir)
        return store.attempts.delete_pack(pack_id)


def import_quiz_bank(file: Path, output: Path, *, pack_id: str | None = None,
                     title: str | None = None) -> ImportReport:
    """A GIFT or Moodle XML bank → a pack folder at ``output``. Raises PackError."""
    return import_quiz(Path(file), Path(output), pack_id=pack_id, title=title)


def import_and_install_quiz_bank(file: Path, data_dir: Path) -> ImportReport:
    """A GIFT or Moodle XML bank → a pack, built and installed through the ordinary, atomic installer
    (replacing an earlier import of the same bank)."""
    with tempfile.TemporaryDirectory() as tmp:
        report = import_quiz(Path(file), Path(tmp) / "pack")
        archive = Path(tmp) / "import.ctpack"
        build_pack(Path(tmp) / "pack", archive)
        installer.install_pack(archive, Path(data_dir), force=True)
    return report


def warning_lines(warnings) -> list[str]:
    """Warnings of an import, one line per kind with the count and the source lines."""
    return summarise(list(warnings))


def import_ktouch_course(course: Path, output: Path, *, pack_id: str | None = None, layout: str | None = None,
                         authors: tuple[str, ...] = (), licence: str = "", keyboard: Path | None = None,
                         strict: bool = False) -> Pack:
    """A KTouch course (XML) → a typing pack folder at ``output``, with its own keyboard layout
    (``keyboard``: a KTouch layout file instead of the one found next to the course). Lessons that
    cannot be typed are named in the pack's warnings, or refuse the course when ``strict``.
    Raises PackError or OSError."""
    return import_ktouch(Path(course), Path(output), pack_id=pack_id, layout=layout, authors=authors,
                         licence=licence, keyboard=keyboard, strict=strict)
