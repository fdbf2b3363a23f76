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


class LineMap:
    def __init__(self, text: str):
        self.lines: dict[tuple, int] = {}
        counters: dict[str, int] = {}  # array-of-tables name -> current index
        current: tuple = ()
        in_string: str | None = None
        for number, line in enumerate(text.splitlines(), 1):
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            m = _HEADER.match(line)
            if m:
                names = _split(m[2])
                dotted = ".".join(names)
                if m[1] == "[[":
                    counters[dotted] = counters.get(dotted, -1) + 1
                    for other in [k for k in counters if k.startswith(dotted + ".")]:
                        del counters[other]
                path: list = []
                for i, part in enumerate(names):
                    path.append(part)
                    prefix = ".".join(names[: i + 1])
                    if prefix in counters:
                        path.append(counters[prefix])
                current = tuple(path)
                self.lines.setdefault(current, number)
                continue
            k = _KEY.match(line)
            if k:
                self.lines.setdefault(current + (_name(k[1]),), number)
                rest = line[k.end():]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_string = quote
                        break

    def line(self, path: tuple) -> int | None:
        """The line of ``path``, or of its nearest located ancestor."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None
