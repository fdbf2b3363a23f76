"""Checking the tables of a pack file against field specs, with problems that name file, line and field.

A spec maps each field to an :class:`F` (its type and rules); :meth:`PackFile.take` checks a table
against it and returns every field's value, with the default where a value is missing or bad, so a
file with several problems reports them all at once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Protocol

from app.core.thresholds import CPM_RANGE, PERCENT_RANGE
from app.packs.limits import MAX_EXERCISES, MAX_LIST_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS
from app.packs.problems import Problem
from app.packs.toml_lines import LineMap
from app.core.phrase import phrase

ID_RE = re.compile(r"\A[a-z0-9][a-z0-9-]{0,63}\Z")  # \Z: «$» would let «en-typing\n» through


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
    "str": phrase("строка"), "int": phrase("целое число"), "num": phrase("число"), "bool": phrase("true или false"),
    "strs": phrase("список строк"), "ints": phrase("список целых чисел"), "table": phrase("таблица"),
    "tables": phrase("список таблиц [[…]]"), "str|strs": phrase("строка или список строк"),
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


def field_name(path: tuple) -> str:
    if len(path) == 3 and type(path[1]) is int and type(path[0]) is str and type(path[2]) is str:
        return f"{path[0]}[{path[1] + 1}].{path[2]}"  # (the usual shape: question[12].explanation)
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class PackFile:
    """One file of a pack: checks its tables against specs and reports problems whose line numbers are found
    when first read (a problem keeps the file's text until then)."""

    def __init__(self, rel: str, text: str | None, errors: list[Problem], warnings: list[Problem]):
        """``text``: the file's TOML source, where problems are located; None when there is none to point at."""
        self.rel, self.text = rel, text
        self.errors, self.warnings = errors, warnings
        self._lines = LineMap(text) if text is not None else None  # (headers scanned when a line is first read)

    def _problem(self, path: tuple, message: str) -> Problem:
        if self.text is None:
            return Problem(self.rel, None, field_name(path), message)
        lines = self._lines  # (not self: a problem keeps the text, not the lists of problems)
        return Problem.located(self.rel, lambda: lines.line(path), field_name(path), message)

    def error(self, path: tuple, message: str) -> None:
        self.errors.append(self._problem(path, message))

    def warn(self, path: tuple, message: str) -> None:
        self.warnings.append(self._problem(path, message))

    def take(self, table: dict, path: tuple, spec: dict[str, F]) -> dict[str, Any]:
        """Check ``table`` against ``spec``; return every field's value (defaults where bad)."""
        defaults, required, plain, flags = _spec_parts(spec)
        out = dict(defaults)
        for key, value in table.items():
            t = type(value)
            if t is str:
                limit = plain.get(key)
                if limit is not None and len(value) <= limit:
                    out[key] = value  # most fields: a string with only a length limit
                    continue
            elif t is bool or t is list:
                if flags.get(key) is t and (t is bool or (len(value) <= MAX_EXERCISES
                                                          and all(type(x) is dict for x in value))):
                    out[key] = value  # a boolean, or a list of [[…]] tables (what _valid passes, sooner)
                    continue
            f = spec.get(key)
            if f is None:
                if not key.startswith("x-"):
                    self.error(path + (key,), phrase("неизвестное поле (допустимы: {known}; свои пометки называйте «x-…»)",
                                                     known=", ".join(spec)))
                continue
            if _valid(f, value):
                out[key] = value  # the common case, without building the messages below
                continue
            checked = self._check(value, path + (key,), f)
            if checked is not _BAD:
                out[key] = checked
        for name in required:
            if name not in table:
                self.error(path + (name,), phrase("обязательное поле отсутствует ({kind})", kind=_TYPE_NAMES[spec[name].kind]))
        return out

    def _check(self, value: Any, path: tuple, f: F) -> Any:
        kind = f.kind
        ok = _TYPE_CHECKS[kind](value)
        if not ok:
            self.error(path, phrase('ожидается {kind}, а записано {describe}', kind=_TYPE_NAMES[kind], describe=describe(value)))
            return _BAD
        if kind == "num" and not math.isfinite(value):
            self.error(path, phrase('число должно быть конечным'))
            return _BAD
        if kind in ("int", "num"):
            if (f.lo is not None and value < f.lo) or (f.hi is not None and value > f.hi):
                self.error(path, phrase('значение {value} вне допустимого диапазона {lo}…{hi}', value=value, lo=fmt_number(f.lo), hi=fmt_number(f.hi)))
                return _BAD
        if kind == "str":
            if f.nonempty and not value.strip():
                self.error(path, phrase('не может быть пустым'))
                return _BAD
            if len(value) > f.max_len:
                self.error(path, phrase('слишком длинно: {count} знаков, допустимо не больше {max_len}', count=len(value), max_len=f.max_len))
                return _BAD
            if f.choices and value not in f.choices:
                self.error(path, phrase('«{value}» — недопустимое значение; допустимы: {items}', value=short(value), items=', '.join(f.choices)))
                return _BAD
            if f.id and not ID_RE.match(value):
                self.error(path, phrase('«{value}» — недопустимый id: только строчные латинские буквы, цифры и дефис, начинается с буквы или цифры, не длиннее 64 знаков', value=short(value)))
                return _BAD
        if kind == "ints" and any((f.lo is not None and v < f.lo) or (f.hi is not None and v > f.hi)
                                  for v in value):
            self.error(path, phrase('числа должны быть в диапазоне {lo}…{hi}', lo=fmt_number(f.lo), hi=fmt_number(f.hi)))
            return _BAD
        if kind in ("strs", "ints", "tables"):
            if f.nonempty and not value:
                self.error(path, phrase('список не может быть пустым'))
                return _BAD
            if len(value) > (MAX_EXERCISES if kind == "tables" else MAX_LIST_ITEMS):
                self.error(path, phrase('слишком много элементов: {count}', count=len(value)))
                return _BAD
        if kind == "strs":
            for i, item in enumerate(value):
                if len(item) > f.max_len:
                    self.error(path + (i,), phrase('слишком длинно: {count} знаков', count=len(item)))
                    return _BAD
                if f.nonempty and not item.strip():
                    self.error(path + (i,), phrase('пустая строка в списке'))
                    return _BAD
        return value


_BAD = object()
_SPECS: dict[int, tuple] = {}


def _spec_parts(spec: dict[str, F]) -> tuple[dict[str, Any], tuple[str, ...], dict[str, int], dict[str, type]]:
    """A spec's defaults, required fields, plain string fields (name -> longest length) and the fields
    checked by their value's type alone (name -> bool for a boolean, list for [[…]] tables that may be
    empty), worked out once per spec (take runs for every table)."""
    hit = _SPECS.get(id(spec))
    if hit is None or hit[0] is not spec:
        hit = _SPECS[id(spec)] = (spec, {n: f.default for n, f in spec.items()},
                                  tuple(n for n, f in spec.items() if f.required),
                                  {n: f.max_len for n, f in spec.items()
                                   if f.kind == "str" and not (f.nonempty or f.choices or f.id)},
                                  {n: bool if f.kind == "bool" else list for n, f in spec.items()
                                   if f.kind == "bool" or (f.kind == "tables" and not f.nonempty)})
    return hit[1], hit[2], hit[3], hit[4]


def _valid(f: F, value: Any) -> bool:
    """A string, boolean or number that passes every rule of its field, seen without building a message
    (False also for whatever :meth:`PackFile._check` must look at more closely)."""
    kind, t = f.kind, type(value)
    if kind == "str":
        return (t is str and len(value) <= f.max_len and (not f.nonempty or bool(value.strip()))
                and (not f.choices or value in f.choices) and (not f.id or ID_RE.match(value) is not None))
    if kind == "bool":
        return t is bool
    if kind == "tables":  # [[…]] lists, one for each question's answers
        return (t is list and (not f.nonempty or bool(value)) and len(value) <= MAX_EXERCISES
                and all(type(x) is dict for x in value))
    if kind == "num" or kind == "int":
        return ((t is int or (t is float and kind == "num" and math.isfinite(value)))
                and (f.lo is None or value >= f.lo) and (f.hi is None or value <= f.hi))
    return False


def describe(value: Any) -> str:
    if isinstance(value, bool):
        return phrase("логическое значение")
    if isinstance(value, int):
        return phrase("целое число")
    if isinstance(value, float):
        return phrase("дробное число")
    if isinstance(value, str):
        return phrase("строка")
    if isinstance(value, list):
        return phrase("список")
    if isinstance(value, dict):
        return phrase("таблица")
    return phrase("значение другого типа (дата или время)")


def fmt_number(x: float | None) -> str:
    return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Specs every kind uses.
TITLE = F("str", required=True, nonempty=True, max_len=MAX_TITLE_CHARS)
ID = F("str", required=True, id=True)
PERCENT = F("num", lo=PERCENT_RANGE[0], hi=PERCENT_RANGE[1])
CPM = F("num", lo=CPM_RANGE[0], hi=CPM_RANGE[1])


class PackReader(Protocol):
    """What a kind's reader asks of the pack being read: ids unique across the pack, paths to its files."""

    def claim(self, f: PackFile, path: tuple, value: str | None) -> None: ...

    def ref_path(self, f: PackFile, path: tuple, rel: str, suffixes: tuple[str, ...]) -> str | None: ...

    layouts: dict  # the pack's own keyboard layouts by id (core.layouts.Layout)
