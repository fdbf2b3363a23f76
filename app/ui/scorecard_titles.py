"""Scorecard item names in the interface language, for the chat view and «Прогресс».

The names (Russian and English) live in the one table of the core (app.core.vocabulary), which
certificate reports read too; the interface language is the one application.install_translation set.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.core.vocabulary import SCORECARD_BY_ID


def element_title(name: str) -> str:
    """A scorecard item's name in the interface language (stored scorecards key items by id)."""
    item = SCORECARD_BY_ID.get(name)
    if item is None:
        return name
    return item.title("en" if QLocale().language() == QLocale.Language.English else "ru")
