"""In-memory form of exercise pack content: the domain vocabulary every layer uses.

The on-disk format is documented in ``app/exercises/FORMAT.md``. Every exercise
has an id that is stable across edits and versions: progress is stored per
(pack id, exercise id).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.thresholds import QUIZ_PASS_PERCENT


@dataclass(frozen=True)
class Lesson:
    """One typing lesson of a course, or one text of a timed test."""

    id: str
    title: str
    text: str
    new_keys: str = ""  # keys this lesson introduces, shown on the course map
    stage: str = ""  # one of vocabulary.LESSON_STAGES; groups lessons on the map
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
    layout: str  # one of vocabulary.LANGUAGES
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


LRS_IDENTITIES = ("email", "account")  # how a department knows its candidates: an e-mail or an account


@dataclass(frozen=True)
class LrsManifest:
    """The department's Learning Record Store (``[lrs]`` in pack.toml, see docs/xapi.md)."""

    endpoint: str  # the xAPI base URL, http(s)://…/xAPI/
    identity: str = "email"  # what the candidate enters: "email" or "account"
    home_page: str = ""  # the department's site the accounts belong to (identity "account")
    activity_base: str = ""  # the pack's own IRI base for activity ids; "" → urn:chat-trainer:pack:<id>


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
    glossary: tuple[str, ...] = ()  # product names and terms never reported as misspelt (lower case)
    lrs: LrsManifest | None = None


@dataclass(frozen=True)
class GrammarItem:
    """One grammar or punctuation exercise.

    ``kind`` (vocabulary.GRAMMAR_KINDS): "correct" (fix the sentence), "punctuation" (put in the marks),
    "choose" (pick the right form among ``options``), "gap" (fill the ``___``
    in ``text``), "free" (write on the prompt ``text``; ``answers`` are models).
    """

    id: str
    kind: str
    text: str
    answers: tuple[str, ...] = ()  # accepted answers; the first is the key shown to the learner
    options: tuple[str, ...] = ()  # "choose" only
    topic: str = ""
    prompt: str = ""  # instruction shown above the text; empty: the kind's default
    explanation: str = ""
    rule: str = ""  # rule id of our grammar rules or LanguageTool, optional
    language: str = ""  # empty: the pack's language
    min_words: int | None = None  # "free" only
    max_words: int | None = None


@dataclass(frozen=True)
class ScorecardElement:
    """Settings of one scorecard element for a task (greeting, empathy, …)."""

    name: str
    weight: float | None = None  # None: the default scorecard's weight
    critical: bool | None = None
    enabled: bool = True


@dataclass(frozen=True)
class CustomerTurn:
    """A follow-up of a multi-turn task: what the customer writes next."""

    id: str
    messages: tuple[str, ...]
    after: str = ""  # id of the turn this one follows; empty: the first reply
    when: tuple[str, ...] = ()  # words in the learner's reply that choose this branch; empty: default
    model_replies: tuple[str, ...] = ()
    required_facts: tuple[str, ...] = ()
    final: bool = False  # the conversation ends after the reply to this turn


@dataclass(frozen=True)
class CorrespondenceTask:
    id: str
    title: str
    industry: str
    messages: tuple[str, ...]  # the customer's first message(s)
    model_replies: tuple[str, ...]
    customer: str = ""  # the customer's name as the chat shows it; empty: not given
    instructions: str = ""
    context: tuple[tuple[str, str], ...] = ()  # (label, value) the operator sees
    time_limit: int | None = None  # seconds
    pass_score: float | None = None  # None: the default threshold
    required_facts: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()  # forbidden promises and phrases
    scorecard: tuple[ScorecardElement, ...] = ()
    turns: tuple[CustomerTurn, ...] = ()
    length_min: int | None = None  # characters
    length_max: int | None = None


@dataclass(frozen=True)
class ShiftSet:
    """A shift simulation: tasks arriving over time in separate chat tabs."""

    id: str
    title: str
    tasks: tuple[str, ...]  # task ids
    arrivals: tuple[int, ...]  # seconds from the shift's start, one per task
    first_response_target: int = 60  # seconds
    handle_target: int = 300


def with_fields(record, **changes):
    """A copy of the frozen dataclass ``record`` with ``changes``: :func:`dataclasses.replace` without
    running ``__init__`` again, whose one ``object.__setattr__`` per field costs 4 µs for a question (a
    third of a second for a 10 MB bank). Only for records that have no ``__post_init__``."""
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__, **changes)
    return copy


def record_of(cls, values: dict):
    """``cls(**values)`` for a frozen dataclass whose every field ``values`` holds, and nothing else (a
    reader's checked table), without running ``__init__``: a fifth of its cost, for the 150,000 answers of
    a 10 MB bank. Only for records that have no ``__post_init__``."""
    record = object.__new__(cls)
    record.__dict__.update(values)
    return record


@dataclass(frozen=True)
class QuizOption:
    text: str = ""
    correct: bool = False
    weight: float | None = None  # percent of the question's credit, -100..100
    feedback: str = ""
    value: float | None = None  # "numerical"
    tolerance: float = 0.0


@dataclass(frozen=True)
class QuizPair:
    left: str
    right: str


@dataclass(frozen=True)
class ClozeGap:
    """One embedded answer of a ``cloze`` question, shown where ``{#n}`` stands in its text."""

    kind: str  # "multichoice" (a list), "short" (a typed word), "numerical" (a typed number)
    options: tuple[QuizOption, ...]
    weight: int = 1  # the gap's share of the question: Moodle's {2:SA:…} counts twice
    display: str = "dropdown"  # multichoice: "dropdown", "vertical" or "horizontal" choices
    shuffle: bool = False  # multichoice: options in random order
    case_sensitive: bool = False  # short


@dataclass(frozen=True)
class QuizQuestion:
    """``type``: one of vocabulary.QUESTION_TYPES (single, multiple, truefalse, matching, …)."""

    id: str
    type: str
    text: str
    category: str = ""  # "/"-separated path, e.g. "Этикет/Приветствие"
    explanation: str = ""
    options: tuple[QuizOption, ...] = ()  # single, multiple, short, numerical
    answer: bool | None = None  # truefalse
    feedback_true: str = ""
    feedback_false: str = ""
    pairs: tuple[QuizPair, ...] = ()  # matching
    distractors: tuple[str, ...] = ()  # matching: extra right-hand items
    items: tuple[str, ...] = ()  # ordering, in the right order
    case_sensitive: bool = False  # short
    shuffle: bool = True
    images: tuple[str, ...] = ()  # paths inside the pack, shown in this order
    penalty: float = 0.0  # percent taken off a retry
    title: str = ""  # the question's name in its source bank (Moodle's <name>, GIFT's ::title::)
    text_html: str = ""  # the text with its formatting, as sanitised HTML; "" when plain text says it all
    gaps: tuple[ClozeGap, ...] = ()  # cloze: the embedded answers, in the order of {#1}, {#2}… in text
    # combined feedback (Moodle): shown after a right, a partly right or a wrong answer
    feedback_correct: str = ""
    feedback_partial: str = ""
    feedback_incorrect: str = ""
    hints: tuple[str, ...] = ()  # shown after a wrong answer, one more each time
    # the formatting of the question's other texts (answers, their feedback, general and combined feedback,
    # hints): (the plain text, its sanitised HTML), for those whose formatting says more than the plain text
    rich_texts: tuple[tuple[str, str], ...] = ()

    def rich(self, text: str) -> str:
        """The sanitised HTML of one of this question's texts, or "" when it is plain."""
        return next((html for plain, html in self.rich_texts if plain == text), "") if text else ""


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    categories: tuple[str, ...] = ()  # empty: the whole bank; a category includes its subcategories
    count: int | None = None  # None: every matching question
    time_limit: int | None = None  # seconds
    pass_percent: float = QUIZ_PASS_PERCENT
    shuffle_questions: bool = True
    shuffle_options: bool = True


@dataclass(frozen=True)
class Pack:
    manifest: PackManifest
    typing: tuple[TypingCourse, ...] = ()
    grammar: tuple[GrammarItem, ...] = ()
    correspondence: tuple[CorrespondenceTask, ...] = ()
    quiz: tuple[QuizQuestion, ...] = ()
    content_hash: str = ""  # sha256 over the canonical content, see app.packs.files.content_hash
    quizzes: tuple[Quiz, ...] = ()
    shifts: tuple[ShiftSet, ...] = ()
    path: Path | None = None  # the folder it was loaded from
    builtin: bool = False
    warnings: tuple = ()  # Problem objects the loader reported as warnings
    layouts: tuple = ()  # keyboard layouts (core.layouts.Layout) the pack carries for its courses

    @property
    def id(self) -> str:
        return self.manifest.id

    def counts(self) -> dict[str, int]:
        """Exercises per kind (typing counts lessons and timed texts)."""
        return {
            "typing": sum(len(c.lessons) + len(c.timed_texts) for c in self.typing),
            "grammar": len(self.grammar),
            "correspondence": len(self.correspondence),
            "quiz": len(self.quiz),
        }
