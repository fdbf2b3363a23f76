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
    anger: tuple[Phrase, ...] = ()
    urgency: tuple[Phrase, ...] = ()
    repeat: tuple[Phrase, ...] = ()
    confusion: tuple[Phrase, ...] = ()
    worry: tuple[Phrase, ...] = ()
    worry_exclude: tuple[Phrase, ...] = ()
    thanks: tuple[Phrase, ...] = ()
    request: tuple[Phrase, ...] = ()
    secrets: tuple[Phrase, ...] = ()
    card_number: tuple[Phrase, ...] = ()
    last_digits: tuple[Phrase, ...] = ()
    ask: tuple[Phrase, ...] = ()
    negation_words: frozenset[str] = frozenset()
    other_data: tuple[Phrase, ...] = ()
    other_person: tuple[Phrase, ...] = ()
    other_facts: tuple[Phrase, ...] = ()
    in_person: tuple[Phrase, ...] = ()
    identity_asks: tuple[Phrase, ...] = ()
    promises: tuple[Phrase, ...] = ()
    condescension: tuple[Phrase, ...] = ()
    infallible: tuple[Phrase, ...] = ()
    refusal: tuple[Phrase, ...] = ()
    redirect: tuple[Phrase, ...] = ()
    wishes: tuple[Phrase, ...] = ()
    adverts: tuple[Phrase, ...] = ()
    months: frozenset[str] = frozenset()
    complaint_exclude: tuple[Phrase, ...] = ()
    gossip: tuple[Phrase, ...] = ()
    trade_words: frozenset[str] = frozenset()
    explanations: tuple[Phrase, ...] = ()
    templates: tuple[Phrase, ...] = ()
    hand_offs: tuple[Phrase, ...] = ()
    look_elsewhere: tuple[Phrase, ...] = ()
    stock: tuple[Phrase, ...] = ()
    hedges: tuple[Phrase, ...] = ()
    plain_before: frozenset[str] = frozenset()

    @property
    def wishes_set(self) -> frozenset[str]:
        """The first words of a closing wish («Хорошего…», «Спасибо…»), by their normal forms."""
        return frozenset(p.words[0] for p in self.wishes)


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
        anger=make_phrases(get("customer", "anger")), urgency=make_phrases(get("customer", "urgency")),
        repeat=make_phrases(get("customer", "repeat")), confusion=make_phrases(get("customer", "confusion")),
        worry=make_phrases(get("customer", "worry")), worry_exclude=make_phrases(get("customer", "worry_exclude")),
        thanks=make_phrases(get("customer", "thanks")), request=make_phrases(get("customer", "request")),
        secrets=make_phrases(get("safety", "secrets")), card_number=make_phrases(get("safety", "card_number")),
        last_digits=make_phrases(get("safety", "last_digits")), ask=make_phrases(get("safety", "ask")),
        negation_words=frozenset(w.lower() for w in get("safety", "negation")),
        other_data=make_phrases(get("safety", "other_data")), other_facts=make_phrases(get("safety", "other_facts")),
        in_person=make_phrases(get("safety", "in_person")), identity_asks=make_phrases(get("safety", "identity_asks")),
        other_person=make_phrases(get("safety", "other_person")), promises=make_phrases(get("safety", "promises")),
        condescension=make_phrases(get("tone", "condescension")), infallible=make_phrases(get("tone", "infallible")),
        refusal=make_phrases(get("tone", "refusal")), redirect=make_phrases(get("tone", "redirect")),
        wishes=make_phrases(get("closing", "wishes")), adverts=make_phrases(get("solution", "adverts")),
        templates=make_phrases(get("solution", "templates")), hand_offs=make_phrases(get("solution", "hand_offs")),
        look_elsewhere=make_phrases(get("solution", "look_elsewhere")), stock=make_phrases(get("style", "stock")),
        explanations=make_phrases(get("solution", "explanations")), hedges=make_phrases(get("solution", "hedges")),
        trade_words=frozenset(w.lower() for w in get("language", "trade_words")),
        complaint_exclude=make_phrases(get("complaint", "exclude")), gossip=make_phrases(get("tone", "gossip")),
        months=frozenset(w.lower() for w in get("solution", "months")),
        plain_before=frozenset(w.lower() for w in get("style", "plain_before")),
    )


def warm() -> None:
    """Load the morphology dictionaries, the word lists and the parser that reads the customer's sentences
    (for a background thread)."""
    from app.core.grammar.language import analyzer

    load_lexicon()
    analyse("проверка")
    analyzer().warm()
