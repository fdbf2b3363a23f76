"""A cheap, linear pre-scan of a TOML text before ``tomllib`` sees it.

``tomllib`` is quadratic in the parts of a dotted key: one 106 KB line ``x-.a.a.a… = 1`` with 40,000
parts took 48 s and 9.4 GB; 100,000 parts ran out of memory; a key a million parts deep never
finished. No pack needs more than a few parts or a few levels of brackets, so keys and nesting are
bounded here, and a hostile file is refused in time proportional to its size, naming the line.

The scan is not a parser: it only needs to find keys (at the start of a line, in a ``[table]``
header, after ``{`` or ``,`` in an inline table) and brackets outside strings and comments. Whatever
it cannot make sense of is left for ``tomllib`` to report.
"""

from __future__ import annotations

import re
import tomli
from pathlib import Path

from app.core.regular_file import UnusableFile, read_regular
from app.packs.limits import MAX_FILE_BYTES, MAX_TOML_DEPTH, MAX_TOML_KEY_CHARS, MAX_TOML_KEY_PARTS

_STRINGS = (  # longest opening first
    re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""(?!"")"{0,2}', re.S),
    re.compile(r"'''[\s\S]*?'''(?!'')'{0,2}"),
    re.compile(r'"(?:[^"\\\n]|\\.)*"'),
    re.compile(r"'[^'\n]*'"),
)
_BARE = re.compile(r"[A-Za-z0-9_-]+")
# A whole line well within the bounds, taken in one step (most lines of a pack, and all of a generated one):
# a short bare key with a one-line string, number or boolean, or a short [table] / [[array]] header.
# (The string is written unrolled, runs of plain characters between escapes: far quicker in re.)
_PLAIN_LINE = re.compile(
    r"""[ \t]*(?:[A-Za-z0-9_-]{1,64}[ \t]*=[ \t]*(?:"[^"\\\n]*(?:\\.[^"\\\n]*)*"|true|false|[-+0-9.eE_]{1,64})"""
    r"""|\[\[?[ \t]*[A-Za-z0-9_-]{1,64}(?:\.[A-Za-z0-9_-]{1,64}){0,7}[ \t]*\]\]?)[ \t]*(?:#[^\n]*)?(?:\n|\Z)""")
# every such line from here on, in one match (possessive: no backtracking state kept per line)
_PLAIN_LINES = re.compile(f"(?:{_PLAIN_LINE.pattern})++")
_VALUE_STOP = re.compile(r"""[\[\]{},"'#\n]""")


def _string_end(text: str, i: int) -> int:
    """Where the string starting at ``i`` ends; an unterminated one runs to the end of its line."""
    for pattern in _STRINGS:
        m = pattern.match(text, i)
        if m:
            return m.end()
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def scan_toml(text: str) -> tuple[int, str] | None:
    """``(line, what is wrong)`` for the first key or nesting over the limits, or None."""
    stack: list[str] = []  # open [ and { of values
    in_key, header = True, False
    parts = chars = 0
    line, i, n = 1, 0, len(text)
    while i < n:
        if i == 0 or (text[i - 1] == "\n" and not stack):
            m = _PLAIN_LINES.match(text, i)
            if m:  # (its last line ends the text when it has no line break: the scan is over then)
                line += text.count("\n", i, m.end())
                i = m.end()
            if i >= n:
                break
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            if not stack:
                in_key, header, parts, chars = True, False, 0, 0
            continue
        if c in " \t\r":
            i += 1
            continue
        if c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if c in "\"'":
            end = _string_end(text, i)
            if in_key:
                chars += end - i
                parts = max(parts, 1)
                if chars > MAX_TOML_KEY_CHARS:
                    return line, f"слишком длинный ключ (больше {MAX_TOML_KEY_CHARS} знаков)"
            line += text.count("\n", i, end)
            i = end
            continue
        if in_key:
            if c == "[" and not stack and parts == 0 and not header:
                header = True
                i += 2 if text.startswith("[[", i) else 1
                continue
            if c == "]" and header:
                in_key = False  # the rest of the line is ]] and a comment at most
                i += 1
                continue
            if c == "=" and not header:
                in_key, parts, chars = False, 0, 0
                i += 1
                continue
            if c == "}" and stack and stack[-1] == "{":  # an empty inline table
                stack.pop()
                in_key = False
                i += 1
                continue
            if c == ".":
                parts += 1
                if parts > MAX_TOML_KEY_PARTS:
                    return line, (f"ключ из слишком многих частей через точку (больше {MAX_TOML_KEY_PARTS}); "
                                  f"такая вложенность в пакетах не нужна")
                i += 1
                continue
            m = _BARE.match(text, i)
            if m:
                chars += m.end() - i
                parts = max(parts, 1)
                if chars > MAX_TOML_KEY_CHARS:
                    return line, f"слишком длинный ключ (больше {MAX_TOML_KEY_CHARS} знаков)"
                i = m.end()
                continue
            end = text.find("\n", i)  # not TOML: tomllib will say what is wrong with this line
            i = n if end < 0 else end
            continue
        if c in "[{":
            stack.append(c)
            if len(stack) > MAX_TOML_DEPTH:
                return line, f"слишком глубокая вложенность скобок (больше {MAX_TOML_DEPTH})"
            if c == "{":
                in_key, parts, chars = True, 0, 0
            i += 1
            continue
        if c in "]}":
            if stack:
                stack.pop()
            i += 1
            continue
        if c == ",":
            if stack and stack[-1] == "{":
                in_key, parts, chars = True, 0, 0
            i += 1
            continue
        m = _VALUE_STOP.search(text, i)
        i = n if m is None else m.start()
    return None


def read_toml_quietly(path: Path) -> dict | None:
    """The TOML document in the regular file ``path`` (within the file limit and the bounds above), or
    None when it cannot be read; for looking at an installed manifest, where a problem is not reported."""
    try:
        text = read_regular(path, MAX_FILE_BYTES).decode("utf-8")
        if scan_toml(text) is not None:
            return None
        return tomli.loads(text)
    except (UnusableFile, ValueError, RecursionError):
        return None
