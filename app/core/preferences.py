"""A profile's training preferences, with defaults and validation.

Preferences are stored as plain JSON values; :func:`from_stored` accepts
whatever is stored (an older version's keys, a hand-edited value of the
wrong type) and falls back to the default for anything it cannot use,
reporting what it ignored so the settings screen can say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from app.core.thresholds import CPM_RANGE, LESSON_ACCURACY, LESSON_CPM, PERCENT_RANGE, LessonThresholds, in_range
from app.core.typography import TypographyPolicy
from app.core.vocabulary import ErrorMode

FONT_SIZES = range(12, 41)


@dataclass(frozen=True)
class Preferences:
    error_mode: ErrorMode = ErrorMode.CORRECT
    typography: TypographyPolicy = field(default_factory=TypographyPolicy)
    min_cpm: float = LESSON_CPM
    min_accuracy: float = LESSON_ACCURACY
    font_size: int = 22
    show_keyboard: bool = True

    @property
    def thresholds(self) -> LessonThresholds:
        return LessonThresholds(self.min_cpm, self.min_accuracy)

    def to_stored(self) -> dict:
        return {
            "error_mode": self.error_mode.value,
            "typography": self.typography.to_dict(),
            "min_cpm": self.min_cpm,
            "min_accuracy": self.min_accuracy,
            "font_size": self.font_size,
            "show_keyboard": self.show_keyboard,
        }


def from_stored(data: dict) -> tuple[Preferences, list[str]]:
    """Preferences from stored values, and the names of values that were ignored."""
    prefs = Preferences()
    ignored: list[str] = []
    known = {f.name for f in fields(Preferences)}
    for key, value in data.items():
        if key not in known:
            continue
        try:
            prefs = replace(prefs, **{key: _coerce(key, value)})
        except (TypeError, ValueError):
            ignored.append(key)
    return prefs, ignored


def _coerce(key: str, value):
    if key == "error_mode":
        return ErrorMode(value)
    if key == "typography":
        if not isinstance(value, dict):
            raise TypeError(key)
        return TypographyPolicy.from_dict(value)
    if key in ("min_cpm", "min_accuracy"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(key)
        if not in_range(value, PERCENT_RANGE if key == "min_accuracy" else CPM_RANGE):
            raise ValueError(key)
        return float(value)
    if key == "font_size":
        if isinstance(value, bool) or not isinstance(value, int) or value not in FONT_SIZES:
            raise ValueError(key)
        return value
    if key == "show_keyboard":
        if not isinstance(value, bool):
            raise TypeError(key)
        return value
    raise KeyError(key)
