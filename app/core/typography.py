"""Typography policy: which typed characters count for characters a keyboard lacks.

Lesson texts use proper typography (« » „ “ — – ё … and the non-breaking
space), but a standard ЙЦУКЕН or QWERTY keyboard has no key for most of it.
The policy says, per class of character, what a learner may type instead.

Defaults (each one can be switched off in the settings):

=================  =====================  ===================================
class              in the text            accepted when typed
=================  =====================  ===================================
``quotes``         « » „ “ ” ‘ ’          ``"`` (and ``'`` for ‘ ’)
``dashes``         — –                    ``-``
``yo``             ё Ё                    е Е   (off by default: ё has a key)
``nbsp``           non-breaking space     an ordinary space
``ellipsis``       …                      the text shows ``...``, three dots
=================  =====================  ===================================

The character itself is always accepted too (a user with a typographic
layout loses nothing). ``…`` is one character in the text but three
keystrokes on a keyboard, so it is expanded before the drill starts
(:func:`prepare_text`) rather than matched per key.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


@dataclass(frozen=True)
class TypographyPolicy:
    quotes: bool = True
    dashes: bool = True
    yo: bool = False
    nbsp: bool = True
    ellipsis: bool = True

    def to_dict(self) -> dict[str, bool]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TypographyPolicy":
        known = {k: bool(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


_CLASSES: dict[str, dict[str, str]] = {
    "quotes": {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "‘": "'", "’": "'"},
    "dashes": {"—": "-", "–": "-"},
    "yo": {"ё": "е", "Ё": "Е"},
    "nbsp": {NBSP: " ", NARROW_NBSP: " "},
}


def substitutes(policy: TypographyPolicy) -> dict[str, str]:
    """Expected character → the plain-keyboard character also accepted for it."""
    table: dict[str, str] = {}
    for name, mapping in _CLASSES.items():
        if getattr(policy, name):
            table.update(mapping)
    return table


def accepts(expected: str, typed: str, table: dict[str, str]) -> bool:
    """Whether ``typed`` counts as correct for ``expected`` under the policy's ``table``."""
    return typed == expected or table.get(expected) == typed


def prepare_text(text: str, policy: TypographyPolicy) -> str:
    """Expand what cannot be matched key by key (``…`` → ``...`` when allowed)."""
    if policy.ellipsis:
        text = text.replace("…", "...")
    return text
