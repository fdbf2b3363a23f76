"""Words a learner or a pack declares correct: a personal dictionary («Добавить в словарь») and a
pack's glossary of product names. One rule for what such a word may be, used by storage and packs.

A word is kept case-folded with «ё» as written («Ёлка» → «ёлка»); the checker compares words with
«ё» read as «е» (:func:`app.core.grammar.spelling.not_errors.normal`), so either spelling matches.
"""

from __future__ import annotations

MAX_WORD_CHARS = 64  # longer than any real word or product name; a pasted sentence is refused


def normalise_word(word: str) -> str:
    """The stored form of ``word``: case-folded, ё kept, spaces around it dropped.

    Raises ValueError, with a message for the user, for an empty word, one with spaces or other
    whitespace inside (the speller flags one word at a time), or one longer than MAX_WORD_CHARS."""
    if not isinstance(word, str):
        raise ValueError(f"Слово должно быть строкой, а не {type(word).__name__}.")
    stripped = word.strip()
    if not stripped:
        raise ValueError("Пустое слово нельзя добавить в словарь.")
    if any(ch.isspace() for ch in stripped):
        raise ValueError(f"«{stripped[:40]}» — не одно слово: в словарь добавляются слова без пробелов.")
    if len(stripped) > MAX_WORD_CHARS:
        raise ValueError(f"Слово слишком длинное: {len(stripped)} знаков, допустимо не больше {MAX_WORD_CHARS}.")
    if not any(ch.isalpha() for ch in stripped):
        raise ValueError(f"«{stripped}» — не слово: в нём нет ни одной буквы.")
    return stripped.lower()  # as the checker lowers the text's words (casefold would turn ß into ss)


def read_word_list(text: str, where: str) -> tuple[str, ...]:
    """The words of a word list file (``chat-trainer check --words``): one word a line, UTF-8; empty
    lines and lines starting with «#» are skipped. ValueError names ``where`` and the line of a bad word."""
    words: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            words[normalise_word(line)] = None
        except ValueError as exc:
            raise ValueError(f"{where}, строка {number}: {exc}") from None
    return tuple(words)
