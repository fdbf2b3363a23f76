"""Line numbers for TOML keys and tables, found by scanning the source text.

``tomllib`` keeps no positions, so problems are located afterwards: the
scanner records where each ``[table]`` / ``[[array.of.tables]]`` header and
each ``key =`` line is, under a path such as ``("course", 0, "lesson", 3,
"text")``. Multi-line strings are skipped; inline tables and dotted keys are
located at the line of their first key. Good enough for messages, not a parser.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"""^\s*(\[\[?)\s*([A-Za-z0-9_.\-\s"']+?)\s*\]\]?\s*(?:#.*)?$""")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*\s*=""")


def _name(part: str) -> str:
    part = part.strip()
    if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
        return part[1:-1]
    return part


def _split(dotted: str) -> list[str]:
    return [_name(p) for p in re.findall(r'"[^"]*"|\'[^\']*\'|[^.]+', dotted)]


# The only lines a first pass looks at: table headers, and lines that may open or close a multi-line string.
_MARK = re.compile(r"""^[ \t]*\[.*$|^.*(?:\"\"\"|\'\'\').*$""", re.M)


class LineMap:
    """Tables are located in one pass over the headers, at the first line asked for; a key when asked for,
    in its table's lines only, so a 25 MB file with a problem in every table is located in time linear in
    its size."""

    def __init__(self, text: str):
        self.text = text
        # table path -> (line of its header, where its lines start and end in the text); found at the first ask
        self._tables: dict[tuple, tuple[int, int, int]] | None = None

    @property
    def tables(self) -> dict[tuple, tuple[int, int, int]]:
        if self._tables is None:
            self._tables = {}
            self._scan(self.text)
        return self._tables

    def _scan(self, text: str) -> None:
        counters: dict[str, int] = {}  # array-of-tables name -> current index
        current: tuple = ()
        start, number, counted = 0, 1, 0  # the current table's start; the line number at offset ``counted``
        in_string: str | None = None
        headers: dict[str, tuple] = {}  # a header line seen before, understood once
        for m in _MARK.finditer(text):
            line = m[0]
            if in_string:
                if in_string in line and line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            header = headers.get(line)
            if header is None and line.lstrip().startswith("["):
                h = _HEADER.match(line)
                if h:  # (array?, its dotted name, the dotted name of each of its prefixes)
                    names = _split(h[2])
                    header = headers[line] = (h[1] == "[[", ".".join(names),
                                              [(part, ".".join(names[: i + 1])) for i, part in enumerate(names)])
            if header is None:
                k = _KEY.match(line)
                rest = line[k.end():] if k else ""
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_string = quote
                        break
                continue
            number += text.count("\n", counted, m.start())
            counted = m.start()
            self._close(current, start, m.start())
            array, dotted, prefixes = header
            if array:
                counters[dotted] = counters.get(dotted, -1) + 1
                for other in [k for k in counters if k.startswith(dotted + ".")]:
                    del counters[other]
            path: list = []
            for part, prefix in prefixes:
                path.append(part)
                if prefix in counters:
                    path.append(counters[prefix])
            current = tuple(path)
            if current not in self._tables:
                self._tables[current] = (number, m.end(), -1)  # its end is set at the next header
            start = m.end()
        self._close(current, start, len(text))

    def _close(self, table: tuple, start: int, end: int) -> None:
        """The lines of ``table`` end at ``end`` (a table named twice keeps its first place)."""
        if table not in self._tables:
            self._tables[table] = (1, start, end)  # the top of the file, before any header
        elif self._tables[table][2] == -1:
            self._tables[table] = (self._tables[table][0], start, end)

    def _key_line(self, table: tuple, key: str) -> int | None:
        """The line of ``key =`` among the lines of ``table`` (outside multi-line strings)."""
        first, start, end = self.tables[table]
        if self.text.find(key, start, end) < 0:  # (a missing field, the usual question, costs no line scan)
            return None
        number = first if table else 1
        in_string: str | None = None
        for offset, line in enumerate(self.text[start:end].split("\n")):
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            k = _KEY.match(line)
            if k:
                if _name(k[1]) == key:
                    return number + offset
                rest = line[k.end():]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_string = quote
                        break
        return None

    def line(self, path: tuple) -> int | None:
        """The line of ``path``, or of its nearest located ancestor."""
        path = tuple(path)
        for cut in range(len(path), -1, -1):
            table = path[:cut]
            if table not in self.tables:
                continue
            if cut < len(path) and isinstance(path[cut], str):
                found = self._key_line(table, path[cut])
                if found is not None:
                    return found
            return self.tables[table][0] if table else None
        return None
