"""Numbers and percentages as the interface language writes them.

Russian: a decimal comma and a non-breaking space before % («98,3 %»); English: «98.3%».
The locale is the one install_translation set as Qt's default; any other than English counts as
Russian, the source language (as in scorecard_titles).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

NBSP = "\u00a0"


def _locale() -> QLocale:
    locale = QLocale()
    return locale if locale.language() == QLocale.Language.English else QLocale(QLocale.Language.Russian)


def fmt_number(value: float, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` places, with the locale's decimal and thousands separators."""
    return _locale().toString(float(value), "f", decimals)


def percent_suffix() -> str:
    """What follows a number to make it a percentage (a spin box's suffix)."""
    return "%" if _locale().language() == QLocale.Language.English else f"{NBSP}%"


def fmt_percent(value: float, decimals: int = 0) -> str:
    """``value`` (already in per cent) with the sign placed as the language does."""
    return fmt_number(value, decimals) + percent_suffix()
