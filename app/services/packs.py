"""Installing, updating and removing packs, with the stored results a removal affects; importing
a Moodle question bank or a KTouch course."""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.core.content import Pack
from app.core.regular_file import UnusableFile, check_regular
from app.packs import installer
from app.packs.ktouch import MAX_XML_BYTES, import_ktouch
from app.packs.problems import PackError, Problem
from app.packs.quiz_common import MAX_QUIZ_FILE_BYTES
from app.packs.quiz_import import ImportReport, import_quiz, summarise
from app.packs.registry import installed_dir
from app.storage import DB_FILENAME, open_store


def install_pack(file: Path, data_dir: Path, *, force: bool = False) -> Pack:
    """Install or update the pack in ``file``; its stored results stay (exercise ids are stable).

    Raises PackError (NotNewerError when the installed version is the same or newer and not ``force``)
    or OSError; nothing changes then."""
    return installer.install_pack(Path(file), Path(data_dir), force=force)


def remove_pack(pack_id: str, data_dir: Path, *, keep_results: bool = True) -> int:
    """Remove an installed pack and, unless ``keep_results``, every profile's results on it;
    return the number of attempts deleted.

    The database is opened (and its version checked) before the pack's files are touched, so a
    database this program cannot use (damaged, of an unknown or newer version) is refused with
    StorageError and nothing changes. The pack is only moved aside while the results are deleted;
    if that fails (a read-only or full database) it is put back, so a pack is never half-removed.
    """
    data_dir = Path(data_dir)
    if keep_results or not (data_dir / DB_FILENAME).exists():
        installer.remove_pack(pack_id, data_dir)
        return 0
    with open_store(data_dir) as store:
        trash = installer.set_aside(pack_id, data_dir)
        try:
            deleted = store.attempts.delete_pack(pack_id)
        except BaseException:
            installer.put_back(trash, pack_id, data_dir)
            raise
    installer.discard(trash)
    return deleted


def recover_interrupted(data_dir: Path) -> None:
    """At start: finish or undo what an install or removal killed half-way left in the packs folder."""
    installer.recover_interrupted(installed_dir(Path(data_dir)))


def _check_source(file: Path, limit: int) -> None:
    """A bank or a course must be a regular file within the importer's limit, refused at once otherwise
    (a device would be read without end, a FIFO would block)."""
    try:
        check_regular(Path(file), limit, Path(file).name)
    except UnusableFile as exc:
        raise PackError(Problem(str(file), None, "", exc.reason)) from None


def import_quiz_bank(file: Path, output: Path, *, pack_id: str | None = None,
                     title: str | None = None) -> ImportReport:
    """A GIFT or Moodle XML bank → a pack folder at ``output``. Raises PackError."""
    _check_source(file, MAX_QUIZ_FILE_BYTES)
    return import_quiz(Path(file), Path(output), pack_id=pack_id, title=title)


def import_and_install_quiz_bank(file: Path, data_dir: Path) -> ImportReport:
    """A GIFT or Moodle XML bank → a pack, installed atomically (replacing an earlier import of the same
    bank). The pack the import wrote and checked is installed as it is: building it into an archive and
    unpacking that would read and check the same files twice more."""
    _check_source(file, MAX_QUIZ_FILE_BYTES)
    with tempfile.TemporaryDirectory() as tmp:
        report = import_quiz(Path(file), Path(tmp) / "pack")
        installer.install_loaded(Path(tmp) / "pack", report.pack, Path(data_dir), force=True)
    return report


def warning_lines(warnings) -> list[str]:
    """Warnings of an import, one line per kind with the count and the source lines."""
    return summarise(list(warnings))


def import_ktouch_course(course: Path, output: Path, *, pack_id: str | None = None, layout: str | None = None,
                         authors: tuple[str, ...] = (), licence: str = "", keyboard: Path | None = None,
                         strict: bool = False, language: str | None = None) -> Pack:
    """A KTouch course (XML) → a typing pack folder at ``output``, with its own keyboard layout
    (``keyboard``: a KTouch layout file instead of the one found next to the course). Lessons that
    cannot be typed are named in the pack's warnings, or refuse the course when ``strict``; ``language``: the
    course's, when not that of its keyboard.
    Raises PackError or OSError."""
    _check_source(course, MAX_XML_BYTES)
    return import_ktouch(Path(course), Path(output), pack_id=pack_id, layout=layout, authors=authors,
                         licence=licence, keyboard=keyboard, strict=strict, language=language)
