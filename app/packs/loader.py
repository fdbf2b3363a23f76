"""Reading and validating exercise packs (the format of ``app/exercises/FORMAT.md``).

A pack is a folder with ``pack.toml`` (the manifest) and TOML files per kind
of exercise, listed in the manifest's ``[files]``. :func:`load_pack` reads a
folder into :class:`app.core.content.Pack` or raises :class:`PackError`;
:func:`validate_pack` checks a folder or a ``.ctpack`` file and returns every
problem found, as ``file:line: field: what is wrong``.

Format version history (keep in step with FORMAT.md):

* **1** (app 0.1.0) — the first format: manifest ``pack.toml`` with
  ``[files]`` and ``[certificate]``; kinds ``typing`` (courses of lessons and
  timed texts), ``grammar`` (items: correct, punctuation, choose, gap, free),
  ``correspondence`` (tasks with turns, shift sets), ``quiz`` (questions of
  seven types, quizzes). Unknown fields are errors; fields named ``x-…`` are
  ignored.
* **2** — ``[files] layouts``: a pack's own keyboard layouts, named by its
  courses; ``*`` wildcards and «any other answer» in short and numerical
  questions; ``cloze`` questions (``[[question.gap]]``), ``text_html`` (sanitised
  formatted text), combined feedback and hints. Format 1 packs read as before.

A pack whose ``format`` is newer than :data:`FORMAT_VERSION` is refused with a
message asking to update the program.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app import __version__
from app.core.layouts import LAYOUT_IDS, Layout, LayoutError, load_layout, parse_layout, register_layout
from app.core.text_check import TextError, check_text
from app.core.content import (
    CertificateRules, CorrespondenceTask, CustomerTurn, GrammarItem, Lesson, Pack, PackManifest,
    Quiz, QuizOption, QuizPair, QuizQuestion, ScorecardElement, ShiftSet, TimedText, TypingCourse,
)
from app.packs.cloze_gaps import read_gaps
from app.packs.rich_text import sanitise
from app.packs.problems import PackError, Problem, Report
from app.packs.toml_lines import LineMap
from app.packs.versions import compare_versions, is_version

__all__ = [
    "FORMAT_VERSION", "MANIFEST", "KINDS", "Problem", "Report", "PackError",
    "load_pack", "validate_pack", "read_pack", "content_hash", "pack_files", "read_manifest_version",
]

FORMAT_VERSION = 2
MANIFEST = "pack.toml"
KINDS = ("typing", "grammar", "correspondence", "quiz")

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
LANGUAGES = ("ru", "en")
TEXT_SUFFIXES = (".toml", ".md", ".txt")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
ALLOWED_SUFFIXES = TEXT_SUFFIXES + IMAGE_SUFFIXES

# Limits (FORMAT.md, «Ограничения»).
MAX_FILE_BYTES = 32 * 1024 * 1024  # one file
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # all files of a pack
MAX_FILES = 2000
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 300
MAX_LIST_ITEMS = 1000
MAX_EXERCISES = 100_000

STAGES = ("keys", "words", "phrases")
GRAMMAR_KINDS = ("correct", "punctuation", "choose", "gap", "free")
GAP = "___"
INDUSTRIES = ("ecommerce", "bank", "insurance", "telecom", "saas", "travel", "education", "other")
SCORECARD_ELEMENTS = (
    "greeting", "name", "empathy", "solution", "closing", "tone", "language", "style", "length",
    "facts", "forbidden",
)
QUESTION_TYPES = ("single", "multiple", "truefalse", "matching", "ordering", "short", "numerical", "cloze")


def is_hidden(rel: str) -> bool:
    """Files the builder and the hash leave out: dot-files and macOS litter."""
    return any(part.startswith(".") or part in ("__MACOSX", "__pycache__") for part in rel.split("/"))


def normalise_bytes(rel: str, data: bytes) -> bytes:
    """Canonical bytes of a pack file: text files lose a BOM and get LF line ends."""
    if rel.lower().endswith(TEXT_SUFFIXES):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def content_hash(files: dict[str, bytes]) -> str:
    """sha256 over the sorted relative paths and the normalised bytes of each file."""
    h = hashlib.sha256()
    for rel in sorted(files):
        data = normalise_bytes(rel, files[rel])
        h.update(rel.encode("utf-8") + b"\0" + str(len(data)).encode() + b"\0")
        h.update(data)
    return h.hexdigest()


def pack_files(folder: Path, problems: list[Problem] | None = None) -> dict[str, Path]:
    """Relative posix path → file of every file in the pack (hidden ones left out).

    Symbolic links and special files are reported into ``problems`` and left out.
    """
    found: dict[str, Path] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        for name in sorted(dirs):
            if (base / name).is_symlink() and problems is not None:
                rel = (base / name).relative_to(folder).as_posix()
                if not is_hidden(rel):
                    problems.append(Problem(rel, None, "", "символическая ссылка на папку не допускается"))
        dirs[:] = [d for d in dirs if not (base / d).is_symlink() and not is_hidden(d)]
        for name in files:
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if is_hidden(rel):
                continue
            if path.is_symlink() or not path.is_file():
                if problems is not None:
                    what = "символическая ссылка" if path.is_symlink() else "не обычный файл"
                    problems.append(Problem(rel, None, "", f"{what} не допускается в пакете"))
                continue
            found[rel] = path
    return found


# --------------------------------------------------------------------------- field checking


@dataclass(frozen=True)
class F:
    """A field's type and rules. ``kind``: str, int, num, bool, strs, ints, table, tables."""

    kind: str
    required: bool = False
    default: Any = None
    nonempty: bool = False  # str/strs: must not be empty
    lo: float | None = None
    hi: float | None = None
    choices: tuple = ()
    id: bool = False  # str: must match ID_RE
    max_len: int = MAX_TEXT_CHARS


_TYPE_NAMES = {
    "str": "строка", "int": "целое число", "num": "число", "bool": "true или false",
    "strs": "список строк", "ints": "список целых чисел", "table": "таблица", "tables": "список таблиц [[…]]",
    "str|strs": "строка или список строк",
}


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


_TYPE_CHECKS = {
    "str": lambda v: isinstance(v, str),
    "int": _is_int,
    "num": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "strs": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    "ints": lambda v: isinstance(v, list) and all(_is_int(x) for x in v),
    "table": lambda v: isinstance(v, dict),
    "tables": lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v),
    "str|strs": lambda v: isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v)),
}


def _field_name(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _File:
    """Problems of one file, with line numbers found on demand."""

    def __init__(self, rel: str, text: str, errors: list[Problem], warnings: list[Problem]):
        self.rel, self.text = rel, text
        self.errors, self.warnings = errors, warnings
        self._lines: LineMap | None = None

    def _problem(self, path: tuple, message: str) -> Problem:
        if self._lines is None:
            self._lines = LineMap(self.text)
        return Problem(self.rel, self._lines.line(path), _field_name(path), message)

    def error(self, path: tuple, message: str) -> None:
        self.errors.append(self._problem(path, message))

    def warn(self, path: tuple, message: str) -> None:
        self.warnings.append(self._problem(path, message))

    def take(self, table: dict, path: tuple, spec: dict[str, F]) -> dict[str, Any]:
        """Check ``table`` against ``spec``; return every field's value (defaults where bad)."""
        for key in table:
            if key not in spec and not key.startswith("x-"):
                known = ", ".join(spec)
                self.error(path + (key,), f"неизвестное поле (допустимы: {known}; "
                                          f"свои пометки называйте «x-…»)")
        out: dict[str, Any] = {}
        for name, f in spec.items():
            if name not in table:
                if f.required:
                    self.error(path + (name,), f"обязательное поле отсутствует ({_TYPE_NAMES[f.kind]})")
                out[name] = f.default
                continue
            value = self._check(table[name], path + (name,), f)
            out[name] = f.default if value is _BAD else value
        return out

    def _check(self, value: Any, path: tuple, f: F) -> Any:
        kind = f.kind
        ok = _TYPE_CHECKS[kind](value)
        if not ok:
            self.error(path, f"ожидается {_TYPE_NAMES[kind]}, а записано {_describe(value)}")
            return _BAD
        if kind == "num" and not math.isfinite(value):
            self.error(path, "число должно быть конечным")
            return _BAD
        if kind in ("int", "num"):
            if (f.lo is not None and value < f.lo) or (f.hi is not None and value > f.hi):
                self.error(path, f"значение {value} вне допустимого диапазона {_fmt(f.lo)}…{_fmt(f.hi)}")
                return _BAD
        if kind == "str":
            if f.nonempty and not value.strip():
                self.error(path, "не может быть пустым")
                return _BAD
            if len(value) > f.max_len:
                self.error(path, f"слишком длинно: {len(value)} знаков, допустимо не больше {f.max_len}")
                return _BAD
            if f.choices and value not in f.choices:
                self.error(path, f"«{_short(value)}» — недопустимое значение; допустимы: {', '.join(f.choices)}")
                return _BAD
            if f.id and not ID_RE.match(value):
                self.error(path, f"«{_short(value)}» — недопустимый id: только строчные латинские буквы, "
                                 f"цифры и дефис, начинается с буквы или цифры, не длиннее 64 знаков")
                return _BAD
        if kind == "ints" and any((f.lo is not None and v < f.lo) or (f.hi is not None and v > f.hi)
                                  for v in value):
            self.error(path, f"числа должны быть в диапазоне {_fmt(f.lo)}…{_fmt(f.hi)}")
            return _BAD
        if kind in ("strs", "ints", "tables"):
            if f.nonempty and not value:
                self.error(path, "список не может быть пустым")
                return _BAD
            if len(value) > (MAX_EXERCISES if kind == "tables" else MAX_LIST_ITEMS):
                self.error(path, f"слишком много элементов: {len(value)}")
                return _BAD
        if kind == "strs":
            for i, item in enumerate(value):
                if len(item) > f.max_len:
                    self.error(path + (i,), f"слишком длинно: {len(item)} знаков")
                    return _BAD
                if f.nonempty and not item.strip():
                    self.error(path + (i,), "пустая строка в списке")
                    return _BAD
        return value


_BAD = object()


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "логическое значение"
    if isinstance(value, int):
        return "целое число"
    if isinstance(value, float):
        return "дробное число"
    if isinstance(value, str):
        return "строка"
    if isinstance(value, list):
        return "список"
    if isinstance(value, dict):
        return "таблица"
    return "значение другого типа (дата или время)"


def _fmt(x: float | None) -> str:
    return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- specs

TITLE = F("str", required=True, nonempty=True, max_len=MAX_TITLE_CHARS)
ID = F("str", required=True, id=True)
PERCENT = F("num", lo=0, hi=100)

MANIFEST_SPEC = {
    "format": F("int", required=True),
    "id": ID,
    "title": TITLE,
    "version": F("str", required=True, nonempty=True, max_len=64),
    "language": F("str", required=True, choices=LANGUAGES),
    "authors": F("strs", required=True, nonempty=True, default=[], max_len=MAX_TITLE_CHARS),
    "description": F("str", default=""),
    "licence": F("str", default="", max_len=MAX_TITLE_CHARS),
    "min_app_version": F("str", default="0.0.0", max_len=64),
    "files": F("table", default={}),
    "certificate": F("table", default={}),
}
CERTIFICATE_SPEC = {
    "typing_cpm": F("num", lo=1, hi=2000),
    "typing_accuracy": PERCENT,
    "typing_minutes": F("int", lo=1, hi=60),
    "grammar_percent": PERCENT,
    "correspondence_score": PERCENT,
    "quiz_percent": PERCENT,
}
FILES_SPEC = {kind: F("str|strs", default=[]) for kind in KINDS} | {"layouts": F("str|strs", default=[])}

COURSE_SPEC = {
    "id": ID, "title": TITLE, "layout": F("str", required=True, nonempty=True),
    "description": F("str", default=""),
    "lesson": F("tables", default=[]), "timed": F("tables", default=[]),
}
LESSON_SPEC = {
    "id": ID, "title": TITLE, "text": F("str", required=True, nonempty=True),
    "stage": F("str", default="", choices=STAGES), "new_keys": F("str", default="", max_len=200),
    "min_cpm": F("num", lo=1, hi=2000), "min_accuracy": PERCENT,
}
TIMED_SPEC = {"id": ID, "title": TITLE, "text": F("str", required=True, nonempty=True)}

GRAMMAR_SPEC = {
    "id": ID, "kind": F("str", required=True, choices=GRAMMAR_KINDS),
    "text": F("str", required=True, nonempty=True, max_len=10_000),
    "answers": F("strs", default=[], nonempty=True, max_len=10_000),
    "options": F("strs", default=[], nonempty=True, max_len=1000),
    "topic": F("str", default="", max_len=MAX_TITLE_CHARS), "prompt": F("str", default="", max_len=1000),
    "explanation": F("str", default="", max_len=10_000), "rule": F("str", default="", max_len=200),
    "language": F("str", default="", choices=LANGUAGES),
    "min_words": F("int", lo=0, hi=10_000), "max_words": F("int", lo=1, hi=10_000),
}

TASK_SPEC = {
    "id": ID, "title": TITLE, "industry": F("str", required=True, choices=INDUSTRIES),
    "customer": F("str", default="", max_len=200),
    "messages": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "model_replies": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "instructions": F("str", default="", max_len=10_000), "context": F("table", default={}),
    "time_limit": F("int", lo=10, hi=3600), "pass_score": PERCENT,
    "required_facts": F("strs", default=[], nonempty=True, max_len=500),
    "forbidden": F("strs", default=[], nonempty=True, max_len=500),
    "scorecard": F("table", default={}), "turn": F("tables", default=[]),
    "length_min": F("int", lo=0, hi=100_000), "length_max": F("int", lo=1, hi=100_000),
}
TURN_SPEC = {
    "id": ID, "after": F("str", default=""), "when": F("strs", default=[], nonempty=True, max_len=200),
    "messages": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "model_replies": F("strs", required=True, default=[], nonempty=True, max_len=10_000),
    "required_facts": F("strs", default=[], nonempty=True, max_len=500), "final": F("bool", default=False),
}
ELEMENT_SPEC = {"weight": F("num", lo=0, hi=100), "critical": F("bool"), "enabled": F("bool", default=True)}
SHIFT_SPEC = {
    "id": ID, "title": TITLE, "tasks": F("strs", required=True, default=[], nonempty=True),
    "arrivals": F("ints", default=[], lo=0, hi=36_000),  # seconds from the shift's start
    "first_response_target": F("int", default=60, lo=5, hi=3600),
    "handle_target": F("int", default=300, lo=10, hi=36_000),
}

QUESTION_SPEC = {
    "id": ID, "type": F("str", required=True, choices=QUESTION_TYPES),
    "text": F("str", required=True, nonempty=True, max_len=10_000),
    "category": F("str", default="", max_len=MAX_TITLE_CHARS),
    "explanation": F("str", default="", max_len=10_000),
    "option": F("tables", default=[]), "answer": F("bool"),
    "feedback_true": F("str", default="", max_len=10_000), "feedback_false": F("str", default="", max_len=10_000),
    "pair": F("tables", default=[]), "distractors": F("strs", default=[], nonempty=True, max_len=1000),
    "items": F("strs", default=[], nonempty=True, max_len=1000),
    "case_sensitive": F("bool", default=False), "shuffle": F("bool", default=True),
    "image": F("str", default="", max_len=240), "penalty": F("num", default=0.0, lo=0, hi=100),
    "gap": F("tables", default=[]), "text_html": F("str", default="", max_len=20_000),
    "feedback_correct": F("str", default="", max_len=10_000), "feedback_partial": F("str", default="", max_len=10_000),
    "feedback_incorrect": F("str", default="", max_len=10_000),
    "hints": F("strs", default=[], nonempty=True, max_len=10_000),
}
# Fields that belong to certain question types only.
QUESTION_FIELDS_BY_TYPE = {
    "option": ("single", "multiple", "short", "numerical"), "gap": ("cloze",),
    "answer": ("truefalse",), "feedback_true": ("truefalse",), "feedback_false": ("truefalse",),
    "pair": ("matching",), "distractors": ("matching",), "items": ("ordering",),
    "case_sensitive": ("short",),
}
OPTION_SPEC = {
    "text": F("str", default="", max_len=1000), "correct": F("bool", default=False),
    "weight": F("num", lo=-100, hi=100), "feedback": F("str", default="", max_len=10_000),
    "value": F("num"), "tolerance": F("num", default=0.0, lo=0),
}
PAIR_SPEC = {"left": F("str", required=True, nonempty=True, max_len=1000),
             "right": F("str", required=True, nonempty=True, max_len=1000)}
QUIZ_SPEC = {
    "id": ID, "title": TITLE, "categories": F("strs", default=[], nonempty=True, max_len=MAX_TITLE_CHARS),
    "count": F("int", lo=1, hi=10_000), "time_limit": F("int", lo=10, hi=36_000),
    "pass_percent": F("num", default=80.0, lo=0, hi=100),
    "shuffle_questions": F("bool", default=True), "shuffle_options": F("bool", default=True),
}

KIND_TOP = {  # top-level arrays allowed in each kind's files
    "typing": {"course": F("tables", default=[])},
    "grammar": {"item": F("tables", default=[])},
    "correspondence": {"task": F("tables", default=[]), "shift": F("tables", default=[])},
    "quiz": {"question": F("tables", default=[]), "quiz": F("tables", default=[])},
}


# --------------------------------------------------------------------------- the loader


class _Loader:
    def __init__(self, folder: Path):
        self.folder = folder
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.ids: dict[str, tuple[str, str]] = {}  # id -> (file, field) of its first use
        self.count = 0
        self.referenced: set[str] = set()
        self.bytes: dict[str, bytes] = {}
        self.language = "ru"
        self.layouts: dict[str, Layout] = {}  # the pack's own keyboard layouts, by id

    # -- files

    def read_text(self, rel: str, field: str = "") -> tuple[str, str] | None:
        """(text, rel) of a pack file, or None with the problem reported."""
        data = self.bytes.get(rel)
        if data is None:
            self.errors.append(Problem(rel, None, field, "файл не найден"))
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            self.errors.append(Problem(rel, line, "", f"файл не в кодировке UTF-8 (байт {exc.start + 1})"))
            return None
        if text.startswith("\ufeff"):
            text = text[1:]
        return text, rel

    def parse(self, rel: str, field: str = "") -> tuple[dict, _File] | None:
        got = self.read_text(rel, field)
        if got is None:
            return None
        text, rel = got
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            detail = re.sub(r"\s*\(at line.*\)", "", str(exc)) or "синтаксис"
            line = int(m[1]) if m else None
            col = f", столбец {m[2]}" if m else ""
            self.errors.append(Problem(rel, line, "", f"ошибка синтаксиса TOML{col} ({detail})"))
            return None
        except RecursionError:
            self.errors.append(Problem(rel, None, "", "ошибка синтаксиса TOML (слишком глубокая вложенность)"))
            return None
        return doc, _File(rel, text, self.errors, self.warnings)

    # -- ids

    def claim(self, f: _File, path: tuple, value: str | None) -> None:
        if not value:
            return
        self.count += 1
        first = self.ids.get(value)
        if first is not None:
            f.error(path, f"id «{value}» уже занят ({first[0]}: {first[1]}); "
                          f"id должны быть уникальны во всём пакете")
        else:
            self.ids[value] = (f.rel, _field_name(path))

    def ref_path(self, f: _File, path: tuple, rel: str, suffixes: tuple[str, ...]) -> str | None:
        """Check a path written in the pack; return it normalised if the file exists."""
        bad = (not rel or rel.startswith(("/", "\\")) or "\\" in rel or ":" in rel
               or any(part in ("", ".", "..") for part in rel.split("/")))
        if bad:
            f.error(path, f"«{_short(rel)}»: путь должен быть относительным, через «/», без «..», "
                          f"без букв дисков и обратной косой черты")
            return None
        if not rel.lower().endswith(suffixes):
            f.error(path, f"«{_short(rel)}»: ожидается файл {', '.join(suffixes)}")
            return None
        if rel not in self.bytes:
            f.error(path, f"файл «{_short(rel)}» не найден в пакете")
            return None
        self.referenced.add(rel)
        return rel

    # -- the manifest

    def run(self) -> Pack | None:
        listing: list[Problem] = []
        files = pack_files(self.folder, listing)
        self.errors.extend(listing)
        if len(files) > MAX_FILES:
            self.errors.append(Problem(MANIFEST, None, "", f"слишком много файлов: {len(files)}, "
                                                           f"допустимо не больше {MAX_FILES}"))
            return None
        if MANIFEST not in files:
            self.errors.append(Problem(MANIFEST, None, "", "нет файла pack.toml (описание пакета)"))
            return None
        for rel, path in sorted(files.items()):
            if not rel.lower().endswith(ALLOWED_SUFFIXES):
                self.errors.append(Problem(rel, None, "", "недопустимый тип файла; в пакете могут быть только "
                                                          + ", ".join(ALLOWED_SUFFIXES)))
                continue
            try:
                size = path.stat().st_size
                if size > MAX_FILE_BYTES:
                    self.errors.append(Problem(rel, None, "", f"файл слишком большой: {size} байт, "
                                                              f"допустимо не больше {MAX_FILE_BYTES}"))
                    continue
                self.bytes[rel] = path.read_bytes()
            except OSError as exc:
                self.errors.append(Problem(rel, None, "", f"не удалось прочитать файл: {exc.strerror or exc}"))
        total = sum(len(b) for b in self.bytes.values())
        if total > MAX_TOTAL_BYTES:
            self.errors.append(Problem(MANIFEST, None, "", f"пакет слишком большой: {total} байт, "
                                                           f"допустимо не больше {MAX_TOTAL_BYTES}"))
            return None
        parsed = self.parse(MANIFEST)
        if parsed is None:
            return None
        doc, mf = parsed
        self.referenced.add(MANIFEST)
        fmt = doc.get("format")
        if isinstance(fmt, int) and not isinstance(fmt, bool):
            if fmt > FORMAT_VERSION:
                mf.error(("format",), f"пакет записан в формате {fmt}, а эта версия программы "
                                      f"({__version__}) понимает форматы до {FORMAT_VERSION}; обновите программу")
                return None
            if fmt < 1:
                mf.error(("format",), f"неизвестная версия формата {fmt}; первая версия — 1")
                return None
        m = mf.take(doc, (), MANIFEST_SPEC)
        if m["version"] and not is_version(m["version"]):
            mf.error(("version",), f"«{_short(m['version'])}» — не версия вида 1.2.3 (semver)")
        if not is_version(m["min_app_version"] or ""):
            mf.error(("min_app_version",), f"«{_short(str(m['min_app_version']))}» — не версия вида 1.2.3")
        elif compare_versions(m["min_app_version"], __version__) > 0:
            mf.error(("min_app_version",), f"пакету нужна программа версии {m['min_app_version']} или новее, "
                                           f"а у вас {__version__}; обновите программу")
        if not m["description"]:
            mf.warn(("description",), "нет описания пакета")
        if not m["licence"]:
            mf.warn(("licence",), "не указана лицензия")
        self.language = m["language"] or "ru"
        cert = mf.take(m["certificate"], ("certificate",), CERTIFICATE_SPEC)
        kinds = mf.take(m["files"], ("files",), FILES_SPEC)
        if m["id"]:
            self.ids[m["id"]] = (MANIFEST, "id")

        content: dict[str, list] = {k: [] for k in KINDS}
        extra: dict[str, list] = {"quizzes": [], "shifts": []}
        seen: dict[str, str] = {}
        tasks_to_check: list[tuple[_File, tuple, ShiftSet]] = []
        quizzes_to_check: list[tuple[_File, tuple, Quiz]] = []
        self.read_layouts(mf, kinds["layouts"], seen)
        for kind in KINDS:
            refs = kinds[kind]
            refs = [refs] if isinstance(refs, str) else refs
            for i, rel in enumerate(refs):
                path = ("files", kind) + ((i,) if isinstance(kinds[kind], list) else ())
                rel = self.ref_path(mf, path, rel, (".toml",))
                if rel is None:
                    continue
                if rel == MANIFEST or rel in seen:
                    mf.error(path, f"файл «{rel}» уже указан ({seen.get(rel, 'это описание пакета')})")
                    continue
                seen[rel] = f"files.{kind}"
                got = self.parse(rel, _field_name(path))
                if got is None:
                    continue
                doc_k, f = got
                top = f.take(doc_k, (), KIND_TOP[kind])
                if kind == "typing":
                    content[kind] += self.typing(f, top["course"])
                elif kind == "grammar":
                    content[kind] += [x for i, t in enumerate(top["item"])
                                      if (x := self.grammar(f, ("item", i), t))]
                elif kind == "correspondence":
                    content[kind] += [x for i, t in enumerate(top["task"])
                                      if (x := self.task(f, ("task", i), t))]
                    for i, t in enumerate(top["shift"]):
                        s = self.shift(f, ("shift", i), t)
                        if s:
                            extra["shifts"].append(s)
                            tasks_to_check.append((f, ("shift", i), s))
                else:
                    content[kind] += [x for i, t in enumerate(top["question"])
                                      if (x := self.question(f, ("question", i), t))]
                    for i, t in enumerate(top["quiz"]):
                        q = self.quiz(f, ("quiz", i), t)
                        if q:
                            extra["quizzes"].append(q)
                            quizzes_to_check.append((f, ("quiz", i), q))
        if self.count > MAX_EXERCISES:
            self.errors.append(Problem(MANIFEST, None, "", f"слишком много упражнений: {self.count}, "
                                                           f"допустимо не больше {MAX_EXERCISES}"))
        task_ids = {t.id for t in content["correspondence"]}
        for f, path, s in tasks_to_check:
            for j, tid in enumerate(s.tasks):
                if tid not in task_ids:
                    f.error(path + ("tasks", j), f"нет задания с id «{tid}»")
        categories = {q.category for q in content["quiz"]}
        for f, path, q in quizzes_to_check:
            for j, cat in enumerate(q.categories):
                if not any(c == cat or c.startswith(cat + "/") for c in categories):
                    f.warn(path + ("categories", j), f"нет вопросов в категории «{cat}»")
        if not any(content.values()):
            mf.warn(("files",), "в пакете нет ни одного упражнения")
        for rel in sorted(self.bytes):
            if rel not in self.referenced and rel.lower().endswith((".toml",) + IMAGE_SUFFIXES):
                self.warnings.append(Problem(rel, None, "", "файл нигде не упомянут и не используется"))
        if self.errors:
            return None
        manifest = PackManifest(
            id=m["id"], title=m["title"], version=m["version"], language=m["language"],
            authors=tuple(m["authors"]), description=m["description"], licence=m["licence"],
            format=m["format"], min_app_version=m["min_app_version"],
            certificate=CertificateRules(**cert),
        )
        return Pack(
            manifest=manifest, typing=tuple(content["typing"]), grammar=tuple(content["grammar"]),
            correspondence=tuple(content["correspondence"]), quiz=tuple(content["quiz"]),
            quizzes=tuple(extra["quizzes"]), shifts=tuple(extra["shifts"]),
            content_hash=content_hash(self.bytes), path=self.folder, warnings=tuple(self.warnings),
            layouts=tuple(self.layouts.values()),
        )

    def read_layouts(self, mf: _File, refs, seen: dict[str, str]) -> None:
        """The pack's own keyboard layouts (``[files] layouts``), in the format of app/assets/layouts."""
        many = isinstance(refs, list)
        for i, rel in enumerate(refs if many else [refs]):
            path = ("files", "layouts") + ((i,) if many else ())
            rel = self.ref_path(mf, path, rel, (".toml",))
            if rel is None:
                continue
            seen[rel] = "files.layouts"
            got = self.parse(rel, _field_name(path))
            if got is None:
                continue
            doc, f = got
            top = f.take(doc, (), {"layout": F("tables", default=[])})
            for li, table in enumerate(top["layout"]):
                lp = ("layout", li)
                try:
                    layout = parse_layout(table, rel)
                except LayoutError as exc:
                    f.error(lp, f"раскладка не читается: {exc}")
                    continue
                if not ID_RE.match(layout.id) or layout.id in LAYOUT_IDS or layout.id in self.layouts:
                    f.error(lp + ("id",), f"«{_short(layout.id)}» — недопустимый или занятый id раскладки "
                                          f"(встроенные: {', '.join(LAYOUT_IDS)})")
                    continue
                self.layouts[layout.id] = layout

    def layout_for(self, f: _File, path: tuple, layout_id: str) -> Layout | None:
        if layout_id in self.layouts:
            return self.layouts[layout_id]
        if layout_id in LAYOUT_IDS:
            return load_layout(layout_id)
        own = f", в пакете: {', '.join(self.layouts)}" if self.layouts else ""
        f.error(path, f"неизвестная раскладка «{_short(layout_id)}» (встроенные: {', '.join(LAYOUT_IDS)}{own})")
        return None

    # -- typing

    def typing(self, f: _File, courses: list[dict]) -> list[TypingCourse]:
        out = []
        for ci, table in enumerate(courses):
            path = ("course", ci)
            c = f.take(table, path, COURSE_SPEC)
            self.claim(f, path + ("id",), c["id"])
            layout = self.layout_for(f, path + ("layout",), c["layout"]) if c["layout"] else None
            lessons, timed = [], []
            for li, lt in enumerate(c["lesson"]):
                lp = path + ("lesson", li)
                v = f.take(lt, lp, LESSON_SPEC)
                self.claim(f, lp + ("id",), v["id"])
                text = self.typing_text(f, lp + ("text",), v["text"], layout)
                if layout is not None:
                    missing = sorted({ch for ch in v["new_keys"] if not ch.isspace() and not layout.can_type(ch)})
                    if missing:
                        f.error(lp + ("new_keys",), f"на раскладке «{layout.title}» нет клавиш: {' '.join(missing)}")
                if text is not None:
                    lessons.append(Lesson(
                        id=v["id"], title=v["title"], text=text, new_keys=v["new_keys"], stage=v["stage"],
                        min_cpm=v["min_cpm"], min_accuracy=v["min_accuracy"],
                    ))
            for ti, tt in enumerate(c["timed"]):
                tp = path + ("timed", ti)
                v = f.take(tt, tp, TIMED_SPEC)
                self.claim(f, tp + ("id",), v["id"])
                text = self.typing_text(f, tp + ("text",), v["text"], layout)
                if text is not None:
                    timed.append(TimedText(id=v["id"], title=v["title"], text=text))
            if not c["lesson"] and not c["timed"]:
                f.error(path, "в курсе нет ни одного урока [[course.lesson]] или текста [[course.timed]]")
            out.append(TypingCourse(id=c["id"], title=c["title"], layout=c["layout"],
                                    lessons=tuple(lessons), timed_texts=tuple(timed)))
        return out

    def typing_text(self, f: _File, path: tuple, text: str | None, layout) -> str | None:
        if text is None or layout is None:
            return None
        try:
            return check_text(text, layout)
        except TextError as exc:
            f.error(path, str(exc))
            return None

    # -- grammar

    def grammar(self, f: _File, path: tuple, table: dict) -> GrammarItem | None:
        v = f.take(table, path, GRAMMAR_SPEC)
        self.claim(f, path + ("id",), v["id"])
        kind, text, answers, options = v["kind"], v["text"] or "", v["answers"], v["options"]
        if kind and kind != "free" and not answers:
            f.error(path + ("answers",), "нужен хотя бы один правильный ответ")
        if kind == "choose":
            if len(options) < 2:
                f.error(path + ("options",), "для «choose» нужно не меньше двух вариантов")
            for j, a in enumerate(answers):
                if a not in options:
                    f.error(path + ("answers", j), f"ответа «{_short(a)}» нет среди вариантов options")
        elif options:
            f.error(path + ("options",), f"варианты options бывают только у «choose», а здесь «{kind}»")
        if kind == "gap" and text.count(GAP) != 1:
            f.error(path + ("text",), f"в тексте задания «gap» должен быть ровно один пропуск {GAP}")
        if kind != "free" and (v["min_words"] is not None or v["max_words"] is not None):
            f.error(path + ("min_words",), "min_words и max_words бывают только у «free»")
        if v["min_words"] is not None and v["max_words"] is not None and v["min_words"] > v["max_words"]:
            f.error(path + ("max_words",), "max_words меньше min_words")
        if kind in ("correct", "punctuation") and answers and text in answers:
            f.warn(path + ("answers",), "ответ совпадает с исходным текстом: исправлять нечего")
        if not v["explanation"]:
            f.warn(path + ("explanation",), "нет объяснения: ученик не узнает, почему так")
        if not v["id"] or not kind:
            return None
        return GrammarItem(
            id=v["id"], kind=kind, text=text, answers=tuple(answers), options=tuple(options),
            topic=v["topic"], prompt=v["prompt"], explanation=v["explanation"], rule=v["rule"],
            language=v["language"] or "", min_words=v["min_words"], max_words=v["max_words"],
        )

    # -- correspondence

    def task(self, f: _File, path: tuple, table: dict) -> CorrespondenceTask | None:
        v = f.take(table, path, TASK_SPEC)
        self.claim(f, path + ("id",), v["id"])
        context = []
        for key, value in v["context"].items():
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                f.error(path + ("context", key), f"ожидается строка или число, а записано {_describe(value)}")
            else:
                context.append((key, str(value)))
        scorecard = []
        for name, value in v["scorecard"].items():
            ep = path + ("scorecard", name)
            if name not in SCORECARD_ELEMENTS:
                f.error(ep, f"неизвестный элемент оценки; допустимы: {', '.join(SCORECARD_ELEMENTS)}")
                continue
            if isinstance(value, bool):
                scorecard.append(ScorecardElement(name, enabled=value))
            elif isinstance(value, dict):
                e = f.take(value, ep, ELEMENT_SPEC)
                scorecard.append(ScorecardElement(name, e["weight"], e["critical"], e["enabled"]))
            else:
                f.error(ep, f"ожидается true/false или таблица {{ weight = …, critical = … }}, "
                            f"а записано {_describe(value)}")
        if v["length_min"] is not None and v["length_max"] is not None and v["length_min"] > v["length_max"]:
            f.error(path + ("length_max",), "length_max меньше length_min")
        turns = []
        turn_ids: dict[str, int] = {}
        for ti, tt in enumerate(v["turn"]):
            tp = path + ("turn", ti)
            t = f.take(tt, tp, TURN_SPEC)
            if t["id"] in turn_ids:
                f.error(tp + ("id",), f"ход «{t['id']}» уже есть в этом задании")
            elif t["id"]:
                turn_ids[t["id"]] = ti
            turns.append((tp, t))
        parents = {t["id"]: t["after"] for _, t in turns if t["id"]}
        for tp, t in turns:
            if t["after"] and t["after"] not in turn_ids:
                f.error(tp + ("after",), f"нет хода «{t['after']}» в этом задании")
                continue
            node, steps = t["after"], 0
            while node and steps <= len(parents):
                node, steps = parents.get(node, ""), steps + 1
            if node:
                f.error(tp + ("after",), "ходы ссылаются друг на друга по кругу")
        if not v["id"] or not v["industry"] or not v["messages"] or not v["model_replies"]:
            return None
        return CorrespondenceTask(
            id=v["id"], title=v["title"], industry=v["industry"], messages=tuple(v["messages"]),
            model_replies=tuple(v["model_replies"]), customer=v["customer"],
            instructions=v["instructions"], context=tuple(context), time_limit=v["time_limit"],
            pass_score=v["pass_score"], required_facts=tuple(v["required_facts"]),
            forbidden=tuple(v["forbidden"]), scorecard=tuple(scorecard),
            turns=tuple(CustomerTurn(
                id=t["id"], messages=tuple(t["messages"]), after=t["after"], when=tuple(t["when"]),
                model_replies=tuple(t["model_replies"]), required_facts=tuple(t["required_facts"]),
                final=t["final"],
            ) for _, t in turns if t["id"]),
            length_min=v["length_min"], length_max=v["length_max"],
        )

    def shift(self, f: _File, path: tuple, table: dict) -> ShiftSet | None:
        v = f.take(table, path, SHIFT_SPEC)
        self.claim(f, path + ("id",), v["id"])
        arrivals = v["arrivals"]
        if arrivals and len(arrivals) != len(v["tasks"]):
            f.error(path + ("arrivals",), f"секунд прихода ({len(arrivals)}) не столько же, "
                                          f"сколько заданий ({len(v['tasks'])})")
        if not arrivals:
            arrivals = [60 * i for i in range(len(v["tasks"]))]
        if not v["id"] or not v["tasks"]:
            return None
        return ShiftSet(id=v["id"], title=v["title"], tasks=tuple(v["tasks"]), arrivals=tuple(arrivals),
                        first_response_target=v["first_response_target"], handle_target=v["handle_target"])

    # -- quiz

    def question(self, f: _File, path: tuple, table: dict) -> QuizQuestion | None:
        v = f.take(table, path, QUESTION_SPEC)
        self.claim(f, path + ("id",), v["id"])
        qtype = v["type"]
        if not qtype:
            return None
        for name, types in QUESTION_FIELDS_BY_TYPE.items():
            if name in table and qtype not in types:
                f.error(path + (name,), f"поле не применяется к вопросу типа «{qtype}» "
                                        f"(только к: {', '.join(types)})")
        options = []
        for oi, ot in enumerate(v["option"] if qtype in QUESTION_FIELDS_BY_TYPE["option"] else []):
            op = path + ("option", oi)
            o = f.take(ot, op, OPTION_SPEC)
            if qtype == "numerical":
                other = o["text"] == "*" and o["value"] is None  # «any other answer»: feedback only
                if o["value"] is None and not other:
                    f.error(op + ("value",), "у варианта числового вопроса нужно значение value")
                if (o["text"] and not other) or o["correct"]:
                    f.error(op, "у числового вопроса варианты задаются полями value, tolerance, weight "
                                "(или text = \"*\" — любой другой ответ)")
            else:
                if not o["text"].strip():
                    f.error(op + ("text",), "у варианта нужен текст text")
                if o["value"] is not None or "tolerance" in ot:
                    f.error(op + ("value",), "value и tolerance бывают только у числового вопроса")
            options.append(QuizOption(text=o["text"], correct=o["correct"], weight=o["weight"],
                                      feedback=o["feedback"], value=o["value"], tolerance=o["tolerance"]))

        def full(o: QuizOption) -> bool:
            return o.weight == 100 or (o.weight is None and (o.correct or qtype in ("short", "numerical")))

        if qtype == "single":
            if len(options) < 2:
                f.error(path + ("option",), "у вопроса «single» нужно не меньше двух вариантов")
            elif sum(full(o) for o in options) != 1:
                f.error(path + ("option",), "у вопроса «single» должен быть ровно один верный вариант "
                                            "(correct = true или weight = 100)")
        elif qtype == "multiple":
            if len(options) < 2:
                f.error(path + ("option",), "у вопроса «multiple» нужно не меньше двух вариантов")
            elif not any(o.correct or (o.weight or 0) > 0 for o in options):
                f.error(path + ("option",), "у вопроса «multiple» нужен хотя бы один верный вариант")
            weights = [o.weight for o in options if o.weight is not None and o.weight > 0]
            if weights and abs(sum(weights) - 100) > 0.5:
                f.error(path + ("option",), f"положительные веса вариантов в сумме дают {_fmt(sum(weights))}, "
                                            f"а должны 100")
        elif qtype in ("short", "numerical"):
            if not options:
                f.error(path + ("option",), f"у вопроса «{qtype}» нужен хотя бы один принятый ответ [[question.option]]")
            elif not any(full(o) for o in options):
                f.error(path + ("option",), "ни один ответ не даёт полного балла (weight = 100)")
        elif qtype == "truefalse" and v["answer"] is None:
            f.error(path + ("answer",), "у вопроса «truefalse» нужен ответ answer = true или false")
        pairs = []
        if qtype == "matching":
            for pi, pt in enumerate(v["pair"]):
                p = f.take(pt, path + ("pair", pi), PAIR_SPEC)
                if p["left"] and p["right"]:
                    pairs.append(QuizPair(p["left"], p["right"]))
            if len(v["pair"]) < 2:
                f.error(path + ("pair",), "у вопроса «matching» нужно не меньше двух пар [[question.pair]]")
            lefts = [p.left for p in pairs]
            if len(set(lefts)) != len(lefts):
                f.error(path + ("pair",), "левые части пар повторяются")
        if qtype == "ordering":
            if len(v["items"]) < 2:
                f.error(path + ("items",), "у вопроса «ordering» нужно не меньше двух пунктов items")
            elif len(set(v["items"])) != len(v["items"]):
                f.error(path + ("items",), "пункты items повторяются")
        gaps = read_gaps(f, path, v["gap"], v["text"] or "", F, OPTION_SPEC) if qtype == "cloze" else ()
        image = ""
        if v["image"]:
            image = self.ref_path(f, path + ("image",), v["image"], IMAGE_SUFFIXES) or ""
        if not v["explanation"]:
            f.warn(path + ("explanation",), "нет объяснения: ученик не узнает, почему так")
        if not v["id"]:
            return None
        return QuizQuestion(
            id=v["id"], type=qtype, text=v["text"] or "", category=v["category"].strip("/"),
            explanation=v["explanation"], options=tuple(options), answer=v["answer"],
            feedback_true=v["feedback_true"], feedback_false=v["feedback_false"], pairs=tuple(pairs),
            distractors=tuple(v["distractors"]), items=tuple(v["items"]),
            case_sensitive=v["case_sensitive"], shuffle=v["shuffle"], image=image, penalty=v["penalty"],
            text_html=sanitise(v["text_html"]), gaps=gaps, feedback_correct=v["feedback_correct"], feedback_partial=v["feedback_partial"],
            feedback_incorrect=v["feedback_incorrect"], hints=tuple(v["hints"]),
        )

    def quiz(self, f: _File, path: tuple, table: dict) -> Quiz | None:
        v = f.take(table, path, QUIZ_SPEC)
        self.claim(f, path + ("id",), v["id"])
        if not v["id"]:
            return None
        return Quiz(id=v["id"], title=v["title"], categories=tuple(c.strip("/") for c in v["categories"]),
                    count=v["count"], time_limit=v["time_limit"], pass_percent=v["pass_percent"],
                    shuffle_questions=v["shuffle_questions"], shuffle_options=v["shuffle_options"])


def _check_folder(folder: Path) -> tuple[Pack | None, Report]:
    loader = _Loader(folder)
    pack = loader.run()
    return pack, Report(loader.errors, loader.warnings)


def load_pack(path: Path) -> Pack:
    """Read the pack in folder ``path``; raise :class:`PackError` listing every error."""
    path = Path(path)
    if not path.is_dir():
        raise PackError(Problem(str(path), None, "", "папка пакета не найдена"))
    pack, report = _check_folder(path)
    if pack is None:
        raise PackError(report.errors, report.warnings)
    for layout in pack.layouts:  # the courses of a loaded pack are typed on its own keyboards
        register_layout(layout)
    return pack


def validate_pack(path: Path) -> Report:
    """Check a pack folder or a ``.ctpack`` file; never raises for a bad pack."""
    path = Path(path)
    if path.is_dir():
        return _check_folder(path)[1]
    if not path.is_file():
        return Report([Problem(str(path), None, "", "нет такого файла или папки")])
    from app.packs.archive import extract  # a cycle otherwise: archive reports via this module's types
    with tempfile.TemporaryDirectory(prefix="ctpack-check-") as tmp:
        try:
            warnings = extract(path, Path(tmp) / "pack")
        except PackError as exc:
            return Report(exc.problems, exc.warnings)
        report = _check_folder(Path(tmp) / "pack")[1]
        report.warnings[:0] = warnings
        return report


def read_pack(path: Path) -> Pack:
    """Load a pack folder or a ``.ctpack`` file (unpacked into a temporary folder); raise PackError."""
    path = Path(path)
    if path.is_dir():
        return load_pack(path)
    if not path.is_file():
        raise PackError(Problem(str(path), None, "", "нет такого файла или папки"))
    from app.packs.archive import extract
    with tempfile.TemporaryDirectory(prefix="ctpack-read-") as tmp:
        warnings = extract(path, Path(tmp) / "pack")
        try:
            pack = load_pack(Path(tmp) / "pack")
        except PackError as exc:
            raise PackError(exc.problems, warnings + exc.warnings) from None
    return replace(pack, path=None, warnings=tuple(warnings) + pack.warnings)


def read_manifest_version(folder: Path) -> str | None:
    """The ``version`` of the pack in ``folder``, or None if it cannot be read."""
    try:
        doc = tomllib.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    version = doc.get("version")
    return version if isinstance(version, str) and is_version(version) else None

