"""The word and phrase lists of ``app/assets/scorecard/lexicon.toml``, read once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.core.paths import ASSETS
from app.core.scorecard.words import Phrase, analyse, make_phrases

LEXICON_PATH = ASSETS / "scorecard" / "lexicon.toml"


@dataclass(frozen=True)
class Lexicon:
    greeting: tuple[Phrase, ...]
    empathy: tuple[Phrase, ...]
    empathy_exclude: tuple[Phrase, ...]
    complaint: tuple[Phrase, ...]
    actions: tuple[Phrase, ...]
    time_frames: tuple[Phrase, ...]
    steps: tuple[Phrase, ...]
    answers: tuple[Phrase, ...]
    units: frozenset[str]
    not_steps: frozenset[str]
    closing: tuple[Phrase, ...]
    rude: tuple[Phrase, ...]
    blaming: tuple[Phrase, ...]
    slang: tuple[Phrase, ...]
    dont_know: tuple[Phrase, ...]
    abbreviations: frozenset[str]
    bureaucratese: tuple[Phrase, ...]
    intensifiers: tuple[Phrase, ...]
    vague: tuple[Phrase, ...]
    ignore_rules: frozenset[str]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))

    def get(section: str, key: str) -> list[str]:
        return list(data.get(section, {}).get(key, []))

    return Lexicon(
        greeting=make_phrases(get("greeting", "phrases")), empathy=make_phrases(get("empathy", "phrases")),
        empathy_exclude=make_phrases(get("empathy", "exclude")),
        steps=make_phrases(get("solution", "steps")), answers=make_phrases(get("solution", "answers")),
        ignore_rules=frozenset(get("language", "ignore_rules")),
        complaint=make_phrases(get("complaint", "phrases")), actions=make_phrases(get("solution", "actions")),
        time_frames=make_phrases(get("solution", "time_frames")),
        units=frozenset(w.lower() for w in get("solution", "units")),
        not_steps=frozenset(w.lower() for w in get("solution", "not_steps")),
        closing=make_phrases(get("closing", "phrases")), rude=make_phrases(get("tone", "rude")),
        blaming=make_phrases(get("tone", "blaming")), slang=make_phrases(get("tone", "slang")),
        dont_know=make_phrases(get("tone", "dont_know")),
        abbreviations=frozenset(a.upper() for a in get("tone", "abbreviations")),
        bureaucratese=make_phrases(get("style", "bureaucratese")),
        intensifiers=make_phrases(get("style", "intensifiers")), vague=make_phrases(get("style", "vague")),
    )


def warm() -> None:
    """Load the morphology dictionaries and word lists (for a background thread)."""
    load_lexicon()
    analyse("проверка")
