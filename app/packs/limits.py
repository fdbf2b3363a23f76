"""Limits on a pack (``app/exercises/FORMAT.md``, «Ограничения»): a broken or hostile pack is refused
with a clear message instead of filling the disk or the memory.

One set for every step: ``pack validate`` and ``pack build`` apply the archive's limits too (path
names, nesting, compression ratio, archive size), so what they accept ``pack install`` accepts.
"""

MAX_FILE_BYTES = 32 * 1024 * 1024  # one file
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # all files of a pack
MAX_FILES = 2000
MAX_TEXT_CHARS = 100_000
MAX_HTML_CHARS = 20_000  # a formatted text (text_html, [[question.rich]] html), after sanitising
MAX_TITLE_CHARS = 300
MAX_LIST_ITEMS = 1000
MAX_EXERCISES = 100_000
MAX_GLOSSARY_WORDS = MAX_LIST_ITEMS  # words of pack.toml's glossary, each at most
# app.core.grammar.known_words.MAX_WORD_CHARS characters

# The .ctpack file (a zip) and its entries
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_NAME = 240  # characters of a path inside the pack
MAX_DEPTH = 8  # parts of a path inside the pack

# TOML, checked before parsing (app/packs/toml_guard.py)
MAX_TOML_KEY_PARTS = 32  # a.b.c… in one key or [table] header
MAX_TOML_KEY_CHARS = 1000
MAX_TOML_DEPTH = 32  # nested [ and { in one value


def ratio_problem(size: int, compressed: int) -> str | None:
    """Why an entry of ``size`` bytes stored in ``compressed`` bytes looks like a zip bomb, or None."""
    if size > RATIO_FLOOR and size > MAX_RATIO * max(compressed, 1):
        return (f"подозрительно сильное сжатие (в {size // max(compressed, 1)} раз, допустимо до {MAX_RATIO} "
                f"для файлов больше {RATIO_FLOOR // (1024 * 1024)} МиБ): похоже на zip-бомбу")
    return None


def archive_problem(size: int) -> str | None:
    """Why a ``.ctpack`` file of ``size`` bytes is refused, or None."""
    if size > MAX_ARCHIVE_BYTES:
        return f"файл пакета слишком большой: {size} байт, допустимо не больше {MAX_ARCHIVE_BYTES}"
    return None
