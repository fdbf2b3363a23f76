"""The domain's words, each defined once: every other module imports them from here.

Content kinds, languages, lesson stages, grammar exercise kinds, quiz question types,
industries of correspondence tasks, typing error modes, and the table of scorecard
items (id, Russian and English title, default weight, critical by default). The pack
format, the checkers, storage and the screens all speak these words. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.languages import LANGUAGES  # the languages of the layouts, checking and interface
from app.core.phrase import phrase

# Kinds of exercise a pack holds, in the order packs, reports and certificates list them.
CONTENT_KINDS = ("typing", "grammar", "correspondence", "quiz")

# Languages a pack's content may be in (ISO 639-1): LANGUAGES, and the languages of the typing
# courses a pack may bring with their own keyboards (KTouch's courses). Grammar and correspondence
# content is checked in LANGUAGES only.
CONTENT_LANGUAGES = LANGUAGES + (
    "ar", "bg", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fa", "fi", "fr", "he", "hu", "it", "ja", "kn",
    "lt", "ml", "mn", "nb", "nl", "pl", "pt", "sk", "sl", "sv", "ta", "tr", "uk",
)

# Stages that group a typing course's lessons on the course map.
LESSON_STAGES = ("keys", "words", "phrases")

# Grammar exercises: fix the sentence, put in the marks, pick a form, fill the gap, write freely.
GRAMMAR_KINDS = ("correct", "punctuation", "choose", "gap", "free")

QUESTION_TYPES = ("single", "multiple", "truefalse", "matching", "ordering", "short", "numerical", "cloze")

INDUSTRIES = ("ecommerce", "bank", "insurance", "telecom", "saas", "travel", "education", "other")


class ErrorMode(StrEnum):
    """What a wrong key does in a typing drill (see :mod:`app.core.drill`)."""

    BLOCK = "block"
    CORRECT = "correct"
    FREE = "free"


@dataclass(frozen=True)
class ScorecardItem:
    """One item of the reply scorecard and its defaults (a task may override weight and critical)."""

    id: str
    title_ru: str
    title_en: str
    weight: float
    critical: bool = False
    task_only: bool = False  # judged only when a task asks for it (facts, forbidden promises, time limit)

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_ru


# The weights of the items judged on every reply add up to 100; a critical item fails the reply on its own.
SCORECARD_ITEMS = (
    ScorecardItem("greeting", phrase("Приветствие"), "Greeting", 5),
    ScorecardItem("name", phrase("Обращение по имени"), "Using the name", 5),
    ScorecardItem("empathy", phrase("Сочувствие, извинение"), "Empathy, apology", 15),
    ScorecardItem("solution", phrase("Решение или следующий шаг"), "Solution or next step", 25),
    ScorecardItem("closing", phrase("Завершение"), "Closing", 5),
    ScorecardItem("tone", phrase("Тон"), "Tone", 15, critical=True),
    ScorecardItem("language", phrase("Грамотность"), "Language", 10),
    ScorecardItem("style", phrase("Инфостиль"), "Clear style", 5),
    ScorecardItem("length", phrase("Длина"), "Length", 5),
    # asking for a card's code or a password, leaking another person's data, promising the impossible
    ScorecardItem("safety", phrase("Безопасность данных"), "Data safety", 10, critical=True),
    ScorecardItem("facts", phrase("Нужные факты"), "Required facts", 15, task_only=True),
    ScorecardItem("forbidden", phrase("Запрещённые обещания"), "Forbidden promises", 10, critical=True, task_only=True),
    ScorecardItem("time", phrase("Время ответа"), "Reply time", 5, task_only=True),
)
SCORECARD_BY_ID = {item.id: item for item in SCORECARD_ITEMS}
SCORECARD_IDS = tuple(SCORECARD_BY_ID)
# Items judged on every reply, task or not.
REPLY_ELEMENTS = tuple(item.id for item in SCORECARD_ITEMS if not item.task_only)
