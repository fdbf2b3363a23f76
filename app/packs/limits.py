"""Limits on a pack (``app/exercises/FORMAT.md``, «Ограничения»): a broken or hostile pack is refused
with a clear message instead of filling the disk or the memory."""

MAX_FILE_BYTES = 32 * 1024 * 1024  # one file
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # all files of a pack
MAX_FILES = 2000
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 300
MAX_LIST_ITEMS = 1000
MAX_EXERCISES = 100_000
