"""Build the correct-prose sets the false-alarm and comma benchmarks read, from Debian packages.

The sets are edited Russian text nobody on the project wrote: the fortunes-ru quotes, Wesnoth's Russian
translation (unit descriptions, help, campaign dialogue) and Debian's Russian manuals. They are built on the
machine, never committed: a sentence of theirs must not end up in rules, tests or exercises.

As root, once (the Wesnoth campaigns add narrative prose; any subset works):

    apt-get install fortunes-ru wesnoth-1.16-data wesnoth-1.16-httt wesnoth-1.16-tro wesnoth-1.16-sof \
        debian-faq-ru maint-guide-ru developers-reference-ru aptitude-doc-ru

then, from the project root:

    python tests/bench/make_prose_sets.py --out /work/prose

writes ``fortunes.json``, ``wesnoth.json`` and ``debian_docs.json`` (JSON arrays of sentences) for
``eval_false_alarms.py``. A source whose package is missing is skipped with a note.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from razdel import sentenize

FORTUNES = Path("/usr/share/games/fortunes/ru")
WESNOTH = Path("/usr/share/games/wesnoth")
DEBIAN_DOCS = (Path("/usr/share/doc/debian/FAQ/ru"), Path("/usr/share/doc/maint-guide-ru/html"),
               Path("/usr/share/developers-reference/ru"), Path("/usr/share/doc/aptitude/html/ru"))

# Markup, code and placeholders mark text that is not prose; such sentences would measure the filters,
# not the checker.
_NOT_PROSE = re.compile(r"[{}<>\[\]$@~_|\\=#*^`]|https?:|www\.|\.\w{2,4}/|/\w")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def usable(sentence: str) -> bool:
    """A whole sentence of ordinary prose: capitalised, closed by its punctuation, 4 to 40 words."""
    words = sentence.split()
    return (4 <= len(words) <= 40 and sentence[0].isupper() and sentence[-1] in ".!?…"
            and _CYRILLIC.search(sentence) is not None and not _NOT_PROSE.search(sentence)
            and sum(bool(_CYRILLIC.search(w)) for w in words) >= 0.8 * len(words))


def sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    return [s.text for s in sentenize(text) if usable(s.text)]


def from_fortunes() -> list[str]:
    out: list[str] = []
    for path in sorted(FORTUNES.glob("*")):
        if path.suffix in {".dat", ".u8"} or path.is_dir():
            continue
        for quote in path.read_text(encoding="utf-8", errors="replace").split("\n%\n"):
            # The attribution line («-- Автор») is no sentence of the quote.
            body = "\n".join(line for line in quote.splitlines() if not line.lstrip().startswith(("--", "—")))
            out += sentences(body)
    return out


def from_wesnoth() -> list[str]:
    out: list[str] = []
    for path in sorted(WESNOTH.glob("*/locale/ru/LC_MESSAGES/*.mo")):
        with path.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog  # noqa: SLF001 — the only way to list a .mo
        for translated in catalog.values():
            out += sentences(translated)
    return out


class _Paragraphs(HTMLParser):
    """Text of <p>, <li> and <dd> elements, without <pre> and <code> blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._depth = 0
        self._code = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"p", "li", "dd"}:
            self._depth += 1
            self.parts.append("\n")
        elif tag in {"pre", "code", "tt", "kbd", "samp"}:
            self._code += 1

    def handle_endtag(self, tag):
        if tag in {"p", "li", "dd"} and self._depth:
            self._depth -= 1
            self.parts.append("\n")
        elif tag in {"pre", "code", "tt", "kbd", "samp"} and self._code:
            self._code -= 1
            self.parts.append(" _code_ ")

    def handle_data(self, data):
        if self._depth and not self._code:
            self.parts.append(data)


def from_debian_docs() -> list[str]:
    out: list[str] = []
    for folder in DEBIAN_DOCS:
        for path in sorted(folder.glob("*.html")):
            parser = _Paragraphs()
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            for paragraph in "".join(parser.parts).split("\n"):
                out += sentences(paragraph)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the JSON files")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build in (("fortunes", from_fortunes), ("wesnoth", from_wesnoth), ("debian_docs", from_debian_docs)):
        found = list(dict.fromkeys(build()))  # one copy of each sentence, first order kept
        if not found:
            print(f"{name}: пакетов нет, пропущено")
            continue
        (args.out / f"{name}.json").write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"{name}: {len(found)} предложений")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
