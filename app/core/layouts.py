"""Keyboard layouts, loaded from the JSON files in ``app/assets/layouts``.

A layout is a list of rows of physical keys. Each key has a stable ``code``
(the physical position, named as in the DOM ``KeyboardEvent.code``), the
character it gives with and without Shift, and the finger that presses it.
Two layouts that share physical codes let us tell a wrong-layout keystroke
(``f`` typed where ``а`` was expected: the same key) from a real typo; each
layout names the ``other`` layout such a keystroke comes from (QWERTY for
Dvorak, German or Ukrainian; ЙЦУКЕН for QWERTY).

Besides the built-in layouts, a pack may carry its own (a KTouch course
brings its keyboard): the pack loader registers them with
:func:`register_layout`, and :func:`load_layout` finds them by id from then on.
A key may give a third character with AltGr (``altgr``, ``altgr_shift``) and
may have an explicit left edge ``x`` in key units (imported geometry).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from app.core.paths import ASSETS
from app.core.phrase import phrase
from app.core.vocabulary import LANGUAGES

FINGERS = (
    "left_pinky", "left_ring", "left_middle", "left_index",
    "right_index", "right_middle", "right_ring", "right_pinky", "thumb",
)
LAYOUT_IDS = LANGUAGES  # built in, one layout per language, named by it; packs may register more


# Spacing accents a layout may declare as dead keys, and the combining marks they put on the next letter.
DEAD_ACCENTS = {"´": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "¨": "\u0308", "ˇ": "\u030c",
                "°": "\u030a", "¸": "\u0327", "˘": "\u0306", "˝": "\u030b", "˛": "\u0328", "˙": "\u0307"}


class LayoutError(ValueError):
    """A layout file is missing or malformed."""


# The built-in layouts' titles (as their files spell them), marked so each interface names them in its language.
BUILT_IN_TITLES = {"Русская (ЙЦУКЕН)": phrase("Русская (ЙЦУКЕН)"),
                   "English (US QWERTY)": phrase("Английская (US QWERTY)")}


@dataclass(frozen=True)
class Key:
    code: str
    finger: str
    normal: str = ""
    shift: str = ""
    label: str = ""
    width: float = 1.0
    home_marker: bool = False
    row: int = 0
    x: float = 0.0  # left edge in key units
    altgr: str = ""
    altgr_shift: str = ""


@dataclass(frozen=True)
class Stroke:
    """How to type one character: which key, and whether Shift is held."""

    key: Key
    shift: bool
    altgr: bool = False


@dataclass
class Layout:
    id: str
    title: str
    language: str
    home_row: str
    rows: list[list[Key]]
    other: str = ""  # the layout a wrong-layout keystroke comes from
    # Characters typed through the system's own input with no key drawn for them, as KTouch lets a learner
    # type whatever the keyboard gives: invisible joiners (ZWNJ) its layout files leave out, and every
    # character of a course whose keyboard file is missing.
    unkeyed: frozenset[str] = frozenset()
    strokes: dict[str, Stroke] = field(default_factory=dict)
    by_code: dict[str, Key] = field(default_factory=dict)
    _width: float = 0.0

    def stroke_for(self, ch: str) -> Stroke | None:
        """The key (and Shift) that types ``ch``, or None if this layout lacks it."""
        return self.strokes.get(ch)

    def can_type(self, ch: str) -> bool:
        return ch in self.strokes or ch in self.unkeyed

    @property
    def drawn(self) -> bool:
        """Whether there is a keyboard to show: some key gives a character."""
        return any(k.normal for row in self.rows for k in row)

    @property
    def width(self) -> float:
        """Width of the widest row, in key units (computed once: layouts do not change)."""
        if not self._width:
            self._width = max((k.x + k.width for row in self.rows for k in row), default=1.0)
        return self._width


def parse_layout(doc: dict, source: str = "<layout>") -> Layout:
    """Build a Layout from its document (JSON asset or a pack's TOML); raises LayoutError naming the bad part."""
    try:
        rows: list[list[Key]] = []
        for r, row in enumerate(doc["rows"]):
            x = float(row.get("offset", 0.0))
            keys = []
            for k in row["keys"]:
                if k["finger"] not in FINGERS:
                    raise LayoutError(f"{source}: row {r}, key {k['code']}: unknown finger {k['finger']!r}")
                x = float(k.get("x", x))
                key = Key(
                    code=k["code"], finger=k["finger"], normal=k.get("normal", ""),
                    shift=k.get("shift", ""), label=k.get("label", ""),
                    width=float(k.get("width", 1.0)), home_marker=bool(k.get("home_marker", False)),
                    row=r, x=x, altgr=k.get("altgr", ""), altgr_shift=k.get("altgr_shift", ""),
                )
                x += key.width
                keys.append(key)
            rows.append(keys)
        other = doc.get("other") or ("ru" if doc["id"] == "en" else "en")
        title = BUILT_IN_TITLES.get(doc["title"], doc["title"])
        layout = Layout(doc["id"], title, doc["language"], doc["home_row"], rows, other,
                        frozenset(doc.get("unkeyed", "")))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, LayoutError):
            raise
        raise LayoutError(f"{source}: missing or wrong field {exc}") from exc
    for row in layout.rows:
        for key in row:
            if key.code in layout.by_code:
                raise LayoutError(f"{source}: key code {key.code!r} twice")
            layout.by_code[key.code] = key
    # plain and Shift first, then AltGr, so a character on two keys is typed the simplest way
    for row in layout.rows:
        for key in row:
            if key.normal:
                layout.strokes.setdefault(key.normal, Stroke(key, False))
            if key.shift:
                layout.strokes.setdefault(key.shift, Stroke(key, True))
    for row in layout.rows:
        for key in row:
            if key.altgr:
                layout.strokes.setdefault(key.altgr, Stroke(key, False, True))
            if key.altgr_shift:
                layout.strokes.setdefault(key.altgr_shift, Stroke(key, True, True))
    # an accented letter the layout lacks is typed with a dead key, then the letter: the key to
    # show is the dead key (the system composes the two into one character)
    for accent in doc.get("dead_keys", ""):
        mark, dead = DEAD_ACCENTS.get(accent), layout.strokes.get(accent)
        if mark is None or dead is None:
            continue
        for ch in [c for c in layout.strokes if c.isalpha()]:
            composed = unicodedata.normalize("NFC", ch + mark)
            if len(composed) == 1:
                layout.strokes.setdefault(composed, dead)
    space = layout.by_code.get("Space")
    if space is not None:
        layout.strokes[" "] = Stroke(space, False)
    enter = layout.by_code.get("Enter")
    if enter is not None:
        layout.strokes["\n"] = Stroke(enter, False)
    return layout


_REGISTERED: dict[str, Layout] = {}


def register_layout(layout: Layout) -> None:
    """Make a layout a pack carries known by its id; a built-in id cannot be taken."""
    if layout.id in LAYOUT_IDS:
        raise LayoutError(f"layout id {layout.id!r} is built in")
    if _REGISTERED.get(layout.id) != layout:
        _REGISTERED[layout.id] = layout
        wrong_layout_map.cache_clear()


def known_layout_ids() -> tuple[str, ...]:
    return LAYOUT_IDS + tuple(sorted(_REGISTERED))


def load_layout(layout_id: str) -> Layout:
    registered = _REGISTERED.get(layout_id)
    return registered if registered is not None else _builtin_layout(layout_id)


@cache
def _builtin_layout(layout_id: str) -> Layout:
    path = ASSETS / "layouts" / f"{layout_id}.json"
    if layout_id not in LAYOUT_IDS or not path.is_file():
        raise LayoutError(f"unknown keyboard layout {layout_id!r} (known: {', '.join(known_layout_ids())})")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LayoutError(f"{path}: cannot read layout: {exc}") from exc
    return parse_layout(doc, str(path))


def other_layout_id(layout_id: str) -> str:
    return load_layout(layout_id).other


@cache
def wrong_layout_map(expected_layout: str) -> dict[str, str]:
    """Map each character of the *other* layout to what the same key and Shift give here.

    ``wrong_layout_map("ru")["f"] == "а"``: typing ``f`` where ``а`` is expected
    means the keyboard is switched to English.
    """
    here, there = load_layout(expected_layout), load_layout(other_layout_id(expected_layout))
    mapping: dict[str, str] = {}
    for code, key in there.by_code.items():
        mine = here.by_code.get(code)
        if mine is None:
            continue
        for theirs, ours in ((key.normal, mine.normal), (key.shift, mine.shift),
                             (key.altgr, mine.altgr), (key.altgr_shift, mine.altgr_shift)):
            if theirs and ours and theirs != ours:
                mapping.setdefault(theirs, ours)
    return mapping


def is_wrong_layout(expected: str, typed: str, layout_id: str) -> bool:
    """True when ``typed`` is what the key for ``expected`` gives in the other layout.

    Only letters count: a digit or a punctuation mark typed by mistake is an
    ordinary error, because both layouts share most of those keys.
    """
    if typed == expected or not expected.isalpha():
        return False
    return wrong_layout_map(layout_id).get(typed) == expected
