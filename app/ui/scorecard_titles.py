"""Scorecard element names in the interface language, for the chat view and «Прогресс»."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TITLES = {
    "greeting": QT_TRANSLATE_NOOP("Scorecard", "Приветствие"),
    "name": QT_TRANSLATE_NOOP("Scorecard", "Обращение по имени"),
    "empathy": QT_TRANSLATE_NOOP("Scorecard", "Сочувствие, извинение"),
    "solution": QT_TRANSLATE_NOOP("Scorecard", "Решение или следующий шаг"),
    "closing": QT_TRANSLATE_NOOP("Scorecard", "Завершение"),
    "tone": QT_TRANSLATE_NOOP("Scorecard", "Тон"),
    "language": QT_TRANSLATE_NOOP("Scorecard", "Грамотность"),
    "style": QT_TRANSLATE_NOOP("Scorecard", "Инфостиль"),
    "length": QT_TRANSLATE_NOOP("Scorecard", "Длина"),
    "facts": QT_TRANSLATE_NOOP("Scorecard", "Нужные факты"),
    "forbidden": QT_TRANSLATE_NOOP("Scorecard", "Запрещённые обещания"),
    "time": QT_TRANSLATE_NOOP("Scorecard", "Время ответа"),
}


def element_title(name: str) -> str:
    """A scorecard element's name in the interface language (stored scorecards key elements by id)."""
    return QCoreApplication.translate("Scorecard", _TITLES[name]) if name in _TITLES else name
