"""KTouch keyboard-layout files (``keyboardlayouts/*.xml``) → the project's layout format.

KTouch draws a keyboard from absolute rectangles in 1/100 key units
(``<key left top width height fingerIndex hasHapticMarker>``) with up to four
characters per key: unmodified (``hidden`` or ``bottomLeft``), with Shift
(``modifier="left_shift"``/``"right_shift"``) and with AltGr
(``modifier="altgr"``); special keys (Tab, Caps Lock, Shift, Enter,
Backspace, Space, Alt, Ctrl) are ``<specialKey type=…>``. The result is the
document :func:`app.core.layouts.parse_layout` reads: rows by ``top``, each
key with its ``x`` and width, the finger (``fingerIndex`` 0–7, left pinky to
right pinky) and a DOM ``KeyboardEvent.code`` by its place on a standard
keyboard, so the wrong-layout check can pair it with the same key on QWERTY.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from app.core.layouts import DEAD_ACCENTS, FINGERS, Layout, parse_layout

MAX_LAYOUT_BYTES = 1024 * 1024
_PITCH = 100.0  # KTouch units per key (80 wide + 20 gap)
# Character keys by row (top / 100) and column on a standard keyboard: the column is
# (left − the row's first key on a US keyboard) / 100; -1 is the ISO key left of Z.
_CODES = {
    0: (0, ["Backquote", "Digit1", "Digit2", "Digit3", "Digit4", "Digit5", "Digit6", "Digit7", "Digit8",
            "Digit9", "Digit0", "Minus", "Equal"]),
    1: (150, ["KeyQ", "KeyW", "KeyE", "KeyR", "KeyT", "KeyY", "KeyU", "KeyI", "KeyO", "KeyP", "BracketLeft",
              "BracketRight", "Backslash"]),
    2: (180, ["KeyA", "KeyS", "KeyD", "KeyF", "KeyG", "KeyH", "KeyJ", "KeyK", "KeyL", "Semicolon", "Quote",
              "Backslash"]),
    3: (230, ["KeyZ", "KeyX", "KeyC", "KeyV", "KeyB", "KeyN", "KeyM", "Comma", "Period", "Slash"]),
}
_SPECIAL = {"tab": ("Tab", "Tab"), "capslock": ("CapsLock", "Caps"), "return": ("Enter", "Enter"),
            "backspace": ("Backspace", "⌫"), "space": ("Space", "")}
# Layouts whose letters are not Latin: a wrong-layout keystroke there comes from QWERTY; on a
# Latin layout other than plain QWERTY (Dvorak, Colemak, German…) from QWERTY too; on QWERTY from ЙЦУКЕН.
_QWERTY = {"us", "gb"}


_NEXT_FREE = {"normal": ("normal", "altgr", "altgr_shift"), "shift": ("shift", "altgr_shift", "altgr"),
              "altgr": ("altgr", "altgr_shift")}


class KTouchLayoutError(ValueError):
    """The layout file cannot be read; the message names what and where."""


def _char_of(key: ET.Element) -> dict[str, str]:
    chars: dict[str, str] = {}
    found = [(c.text or "", (c.get("modifier") or "").lower(), c.get("position") or "") for c in key.findall("char")]
    has_plain = any(not m and p in ("hidden", "bottomLeft") for _, m, p in found)
    # the plain character first, then those with a modifier, then the rest (bottom before top), so
    # each lands on its own level; a fifth character takes the next free level
    found.sort(key=lambda f: (0 if not f[1] and f[2] in ("hidden", "bottomLeft") else 1 if f[1] else 2,
                              f[2] != "bottomRight"))
    for text, modifier, position in found:
        if len(text) != 1 or text.isspace():
            continue
        if not modifier:  # some files leave the modifier out: the position tells the level
            if position in ("hidden", "bottomLeft") or not has_plain:
                slot = "normal"
            elif position == "topLeft":
                slot = "shift"
            else:
                slot = "altgr"
        else:
            slot = {"left_shift": "shift", "right_shift": "shift", "altgr": "altgr"}.get(modifier)
        if slot is None:
            continue
        if text in chars.values():
            continue
        free = [f for f in _NEXT_FREE[slot] if f not in chars]
        if free:
            chars[free[0]] = text
    # a lower-case letter given only with Shift (a slip in some KTouch files) is typed plain
    if "normal" not in chars and chars.get("shift", "").upper() != chars.get("shift", ""):
        chars["normal"] = chars.pop("shift")
    # a letter given only once is typed plain, and its capital with Shift, as on any keyboard
    normal = chars.get("normal", "")
    if normal and "shift" not in chars and normal.upper() != normal and len(normal.upper()) == 1:
        chars["shift"] = normal.upper()
    if "normal" not in chars and "shift" in chars and chars["shift"].lower() != chars["shift"]:
        chars["normal"] = chars["shift"].lower()
    return chars


def layout_id_for(name: str) -> str:
    """Our id for a KTouch layout name: ``us(dvorak)`` → ``kt-us-dvorak``."""
    return "kt-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def read_ktouch_layout(file: Path) -> dict:
    """The layout document for ``file``; raises KTouchLayoutError naming the file and the problem."""
    file = Path(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise KTouchLayoutError(f"{file.name}: не удалось прочитать файл раскладки: {exc.strerror or exc}") from None
    if len(raw) > MAX_LAYOUT_BYTES:
        raise KTouchLayoutError(f"{file.name}: файл раскладки больше {MAX_LAYOUT_BYTES} байт")
    if re.search(rb"<!(DOCTYPE|ENTITY)", raw, re.IGNORECASE):
        raise KTouchLayoutError(f"{file.name}: объявления DOCTYPE и ENTITY не допускаются")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise KTouchLayoutError(f"{file.name}: строка {exc.position[0]}: ошибка в XML раскладки") from None
    if root.tag != "keyboardLayout" or root.find("keys") is None:
        raise KTouchLayoutError(f"{file.name}: это не раскладка KTouch (нужен <keyboardLayout> с <keys>)")
    name = (root.findtext("name") or "").strip()
    if not name:
        raise KTouchLayoutError(f"{file.name}: у раскладки нет имени <name>")
    rows: dict[int, list[dict]] = {}
    taken: set[str] = set()
    home: list[tuple[float, str, bool]] = []
    try:
        for el in root.find("keys"):
            left, top, width = (float(el.get(a, "")) for a in ("left", "top", "width"))
            row = int(round(top / _PITCH))
            key: dict = {"x": round(left / _PITCH, 3), "width": round((width + 20) / _PITCH, 3)}
            if el.tag == "key":
                finger = int(el.get("fingerIndex", ""))
                if not 0 <= finger < 8:
                    raise ValueError(f"fingerIndex {finger}")
                key.update(_char_of(el), finger=FINGERS[finger])
                key["code"] = _code(row, left, taken)
                if el.get("hasHapticMarker") == "true":
                    key["home_marker"] = True
                if row == 2 and key.get("normal"):
                    home.append((left, key["normal"], el.get("hasHapticMarker") == "true"))
            elif el.tag == "specialKey":
                key.update(_special(el, left, float(root.findtext("width") or 1500), taken))
            else:
                continue
            taken.add(key["code"])
            rows.setdefault(row, []).append(key)
    except (TypeError, ValueError) as exc:
        raise KTouchLayoutError(f"{file.name}: неверная клавиша раскладки ({exc})") from None
    base = name.split("(")[0]
    present = {ch for r in rows.values() for k in r for slot in ("normal", "shift", "altgr", "altgr_shift")
               if (ch := k.get(slot))}
    doc = {
        "id": layout_id_for(name),
        "title": (root.findtext("title") or name).strip(),
        "language": base,
        "home_row": _home_row(root, home),
        "other": "ru" if name in _QWERTY else "en",
        # accents on a European keyboard are dead keys (´ then e gives é); US and UK ones are not
        "dead_keys": "" if base in _QWERTY else "".join(sorted(present & set(DEAD_ACCENTS))),
        "rows": [{"keys": sorted(rows[r], key=lambda k: k["x"])} for r in sorted(rows)],
    }
    parse_layout(doc, file.name)  # the same checks as for a built-in layout
    return doc


def _code(row: int, left: float, taken: set[str]) -> str:
    start, codes = _CODES.get(row, (0, []))
    col = int(round((left - start) / _PITCH))
    if row == 3 and col == -1:
        code = "IntlBackslash"
    elif 0 <= col < len(codes):
        code = codes[col]
    else:
        code = f"Key{row}x{int(left)}"
    return code if code not in taken else f"Key{row}x{int(left)}"


def _special(el: ET.Element, left: float, keyboard_width: float, taken: set[str]) -> dict:
    kind = el.get("type", "other")
    right_side = left > keyboard_width / 2
    finger = "right_pinky" if right_side else "left_pinky"
    if kind == "shift":
        code, label = ("ShiftRight" if right_side else "ShiftLeft"), "Shift"
    elif kind in _SPECIAL:
        code, label = _SPECIAL[kind]
    else:
        label = el.get("label", "") or kind
        name = {"alt": "Alt", "altgr": "AltRight", "ctrl": "Control"}.get(label.lower().replace(" ", ""), "")
        if name == "AltRight":
            code = "AltRight"
        elif name:
            code = name + ("Right" if right_side else "Left")
        else:
            code = f"Special{int(left)}"
    if kind == "space":
        finger = "thumb"
    if code in taken:
        code = f"{code}{int(left)}"
    return {"code": code, "finger": finger, "label": label}


def _home_row(root: ET.Element, home: list[tuple[float, str, bool]]) -> str:
    """Four keys up to the left haptic marker and four from the right one; without two markers,
    the eight keys KTouch lists first."""
    home = sorted(home)
    marks = [i for i, (_, _, marked) in enumerate(home) if marked]
    if len(marks) == 2 and marks[0] >= 3:
        return "".join(ch for _, ch, _ in home[marks[0] - 3:marks[0] + 1] + home[marks[1]:marks[1] + 4])
    if len(home) >= 10:  # a standard row: A S D F, then J K L ;
        return "".join(ch for _, ch, _ in home[:4] + home[6:10])
    first = root.find("keys").findall("key")[:8]
    return "".join(_char_of(k).get("normal", "") for k in first)


def find_layout_file(name: str, folders: list[Path]) -> Path | None:
    """The KTouch layout file whose ``<name>`` is ``name`` (``us(dvorak)`` is usually ``us.dvorak.xml``)."""
    guess = name.replace("(", ".").replace(")", "") + ".xml"
    for folder in folders:
        if not folder.is_dir():
            continue
        for file in [folder / guess] + sorted(folder.glob("*.xml")):
            try:
                head = file.read_bytes()[:4096]
            except OSError:
                continue
            m = re.search(rb"<name>([^<]*)</name>", head)
            if b"<keyboardLayout" in head and m and m[1].decode("utf-8", "replace").strip() == name:
                return file
    return None


def layout_toml(doc: dict) -> str:
    """The layout as a pack's ``layouts.toml`` entry (the same fields as the JSON assets)."""
    from app.packs.ktouch import toml_string

    out = ["[[layout]]"]
    for field in ("id", "title", "language", "home_row", "other", "dead_keys"):
        out.append(f"{field} = {toml_string(doc[field])}")
    if doc.get("unkeyed"):
        out.append(f"unkeyed = {toml_string(doc['unkeyed'])}")
    for row in doc["rows"]:
        out.append("[[layout.rows]]")
        for key in row["keys"]:
            out.append("[[layout.rows.keys]]")
            for field, value in key.items():
                if isinstance(value, bool):
                    out.append(f"{field} = {'true' if value else 'false'}")
                elif isinstance(value, (int, float)):
                    out.append(f"{field} = {value!r}")
                else:
                    out.append(f"{field} = {toml_string(value)}")
    return "\n".join(out) + "\n"


def load_ktouch_layout(file: Path) -> Layout:
    return parse_layout(read_ktouch_layout(file), Path(file).name)
