"""Strict reading of a JSON document from bytes: UTF-8 only, no duplicate keys, bounded size and depth.

json.loads alone accepts a UTF-16 or BOM-prefixed text when given bytes, keeps the last of
two equal keys, recurses until RecursionError on deep nesting, and reads NaN and Infinity.
A document someone else may have written is read here instead; every refusal is a
ValueError whose message (Russian) says what is wrong and where.
"""

from __future__ import annotations

import json
import re
from typing import Any

_BOMS = {b"\xef\xbb\xbf": "UTF-8 с меткой порядка байтов (BOM)", b"\xff\xfe": "UTF-16 или UTF-32",
         b"\xfe\xff": "UTF-16", b"\x00\x00\xfe\xff": "UTF-32"}
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class _Duplicate(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(f"ключ «{key}» повторяется в одном объекте")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"значение {name} не допускается в JSON")


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects, counted without recursion (strings skipped)."""
    depth = deepest = 0
    for m in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if m.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def loads_strict(data: bytes, *, max_bytes: int, max_depth: int) -> Any:
    """The value of the JSON document ``data``, or ValueError saying why it is not strict JSON."""
    if len(data) > max_bytes:
        raise ValueError(f"слишком большой: {len(data) / 2**20:.1f} МБ, допускается не больше {max_bytes / 2**20:g} МБ")
    for bom, what in sorted(_BOMS.items(), key=lambda kv: -len(kv[0])):
        if data.startswith(bom):
            raise ValueError(f"записан в кодировке {what}, а нужна UTF-8 без BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"не в кодировке UTF-8 (байт {exc.start})") from None
    if "\x00" in text:
        raise ValueError("содержит нулевые байты (похоже на UTF-16), а нужна UTF-8")
    if (depth := nesting_depth(text)) > max_depth:
        raise ValueError(f"глубина вложенности {depth}, допускается не больше {max_depth}")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _Duplicate as exc:
        raise ValueError(str(exc)) from None
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            raise ValueError(f"после документа JSON лишние данные (строка {exc.lineno}, столбец {exc.colno})") from None
        raise ValueError(f"не JSON: {exc.msg} (строка {exc.lineno}, столбец {exc.colno})") from None
