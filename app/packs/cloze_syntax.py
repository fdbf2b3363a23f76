"""Moodle's Cloze (embedded answers) syntax → a ``cloze`` question's text and gaps.

A gap is ``{weight:TYPE:alternatives}``: the weight is optional (1), TYPE is
one of Moodle's names below (MULTIRESPONSE: several may be ticked, each answer's weight counts),
alternatives are separated by ``~``; each is
``=answer`` (full credit), ``%50%answer`` or ``answer`` (no credit), with an
optional ``#feedback``. ``\\}``, ``\\#``, ``\\~``, ``\\/``, ``\\"`` and ``\\\\``
are escapes inside a gap. Numerical answers are ``value`` or
``value:tolerance``; ``*`` is «any other answer» in short and numerical gaps.
The text keeps ``{#1}``, ``{#2}``… where the gaps stood, as Moodle stores it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.content import ClozeGap, QuizOption

# Moodle's names: (our kind, display of a list, shuffled, case sensitive)
TYPES = {
    "MULTICHOICE": ("multichoice", "dropdown", False, False), "MC": ("multichoice", "dropdown", False, False),
    "MULTICHOICE_V": ("multichoice", "vertical", False, False), "MCV": ("multichoice", "vertical", False, False),
    "MULTICHOICE_H": ("multichoice", "horizontal", False, False), "MCH": ("multichoice", "horizontal", False, False),
    "MULTICHOICE_S": ("multichoice", "dropdown", True, False), "MCS": ("multichoice", "dropdown", True, False),
    "MULTICHOICE_VS": ("multichoice", "vertical", True, False), "MCVS": ("multichoice", "vertical", True, False),
    "MULTICHOICE_HS": ("multichoice", "horizontal", True, False), "MCHS": ("multichoice", "horizontal", True, False),
    "SHORTANSWER": ("short", "", False, False), "SA": ("short", "", False, False), "MW": ("short", "", False, False),
    "SHORTANSWER_C": ("short", "", False, True), "SAC": ("short", "", False, True), "MWC": ("short", "", False, True),
    "NUMERICAL": ("numerical", "", False, False), "NM": ("numerical", "", False, False),
    "MULTIRESPONSE": ("multiresponse", "vertical", False, False), "MR": ("multiresponse", "vertical", False, False),
    "MULTIRESPONSE_H": ("multiresponse", "horizontal", False, False),
    "MRH": ("multiresponse", "horizontal", False, False),
    "MULTIRESPONSE_S": ("multiresponse", "vertical", True, False), "MRS": ("multiresponse", "vertical", True, False),
    "MULTIRESPONSE_HS": ("multiresponse", "horizontal", True, False),
    "MRHS": ("multiresponse", "horizontal", True, False),
}
GAP_START = re.compile(r"\{(\d*):([A-Z_]+):")
_NUMBER = r"-?(?:\d+[.,]?\d*|[.,]\d+)(?:[eE][-+]?\d+)?"
_NUMERICAL = re.compile(rf"^({_NUMBER})(?::({_NUMBER}))?$")
_UNESCAPE = re.compile(r"\\([}#~/\"\\])")


class ClozeSyntaxError(ValueError):
    """A gap Moodle would not read; ``offset`` is where it starts in the text."""

    def __init__(self, offset: int, message: str):
        super().__init__(message)
        self.offset = offset


def _split(body: str, sep: str) -> list[str]:
    """``body`` split on ``sep`` where it is not escaped with a backslash."""
    parts, current, i = [], [], 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            current.append(body[i:i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _end(text: str, start: int) -> int:
    """Index of the unescaped ``}`` closing the gap that starts at ``start``, or -1."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "}":
            return i
        i += 1
    return -1


def has_cloze(text: str) -> bool:
    return any(m[2] in TYPES for m in GAP_START.finditer(text))


def parse_cloze(text: str, render: Callable[[str], str]) -> tuple[str, tuple[ClozeGap, ...]]:
    """(text with ``{#n}`` placeholders, gaps); ``render`` turns an answer's or feedback's markup into
    plain text. Raises ClozeSyntaxError naming the gap."""
    out, gaps, pos = [], [], 0
    for m in GAP_START.finditer(text):
        if m.start() < pos or m[2] not in TYPES:
            continue
        n = len(gaps) + 1
        end = _end(text, m.end())
        if end == -1:
            raise ClozeSyntaxError(m.start(), f"пропуск {n} ({m[2]}) не закрыт скобкой «}}»")
        kind, display, shuffle, case = TYPES[m[2]]
        options = tuple(_option(part, kind, render, m.start(), n) for part in _split(text[m.end():end], "~")
                        if part.strip())
        if not options:
            raise ClozeSyntaxError(m.start(), f"в пропуске {n} нет ни одного ответа")
        if not any((o.weight or 0) > 0 for o in options):
            raise ClozeSyntaxError(m.start(), f"в пропуске {n} нет верного ответа (= или %100%)")
        gaps.append(ClozeGap(kind=kind, options=options, weight=int(m[1] or 1), display=display or "dropdown",
                             shuffle=shuffle, case_sensitive=case))
        out.append(text[pos:m.start()])
        out.append(f"{{#{n}}}")
        pos = end + 1
    out.append(text[pos:])
    return "".join(out), tuple(gaps)


def _option(part: str, kind: str, render: Callable[[str], str], at: int, n: int) -> QuizOption:
    part = part.strip()
    weight = 0.0
    if part.startswith("="):
        weight, part = 100.0, part[1:]
    else:
        m = re.match(r"%(-?\d+(?:[.,]\d*)?)%", part)
        if m:
            weight, part = float(m[1].replace(",", ".")), part[m.end():]
    pieces = _split(part, "#")
    answer = _UNESCAPE.sub(r"\1", pieces[0]).strip()
    feedback = render(_UNESCAPE.sub(r"\1", "#".join(pieces[1:]))) if len(pieces) > 1 else ""
    if kind == "numerical" and answer != "*":
        m = _NUMERICAL.match(answer)
        if not m:
            raise ClozeSyntaxError(at, f"пропуск {n}: «{answer}» — не число (нужно «число» или «число:допуск»)")
        value = float(m[1].replace(",", "."))
        tolerance = abs(float(m[2].replace(",", "."))) if m[2] else 0.0
        return QuizOption(value=value, tolerance=tolerance, weight=weight, feedback=feedback)
    text = answer if answer == "*" else render(answer)
    if not text:
        raise ClozeSyntaxError(at, f"в пропуске {n} есть пустой ответ")
    return QuizOption(text=text, weight=weight, feedback=feedback)  # the weight says how right
