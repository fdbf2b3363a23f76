"""In-memory form of an exercise pack, as the loader returns it.

The on-disk format is documented in ``exercises/FORMAT.md``. Every exercise
has an id that is stable across edits and versions: progress is stored per
(pack id, exercise id).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lesson:
    """One typing lesson of a course, or one text of a timed test."""

    id: str
    title: str
    text: str
    new_keys: str = ""  # keys this lesson introduces, shown on the course map
    stage: str = ""  # "keys" | "words" | "phrases"; groups lessons on the map
    min_cpm: float | None = None  # None: the profile's threshold applies
    min_accuracy: float | None = None


@dataclass(frozen=True)
class TimedText:
    """A text for a timed test (1, 3 or 5 minutes); texts are joined when one runs out."""

    id: str
    title: str
    text: str


@dataclass(frozen=True)
class TypingCourse:
    id: str
    title: str
    layout: str  # "ru" | "en"
    lessons: tuple[Lesson, ...]
    timed_texts: tuple[TimedText, ...] = ()


@dataclass(frozen=True)
class CertificateRules:
    """A department's thresholds for a certificate (``[certificate]`` in pack.toml)."""

    typing_cpm: float | None = None
    typing_accuracy: float | None = None
    typing_minutes: int | None = None
    grammar_percent: float | None = None
    correspondence_score: float | None = None
    quiz_percent: float | None = None


@dataclass(frozen=True)
class PackManifest:
    id: str
    title: str
    version: str
    language: str
    authors: tuple[str, ...]
    description: str
    licence: str
    format: int
    min_app_version: str
    certificate: CertificateRules = field(default_factory=CertificateRules)


@dataclass(frozen=True)
class Pack:
    manifest: PackManifest
    typing: tuple[TypingCourse, ...] = ()
    grammar: tuple = ()  # items of the grammar kind, see FORMAT.md
    correspondence: tuple = ()
    quiz: tuple = ()
    content_hash: str = ""  # sha256 over the canonical content, see builder

    @property
    def id(self) -> str:
        return self.manifest.id
