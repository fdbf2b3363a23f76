"""Which grammar answers count: solved at the first try, or only with help (issue 16).

A grammar exercise counts as solved only when it is answered right before the
learner has seen its key (the right answer shown after a wrong one) or a
one-click fix. A right answer after that is «решено с подсказкой»: it is shown
apart and never counts as solved — not in topic progress, «Прогресс» or a
certificate. Seeing the key is remembered across sessions: an exercise
answered wrong yesterday, whose key was shown, cannot be solved at the first
try today.

The stored row of an answer says ``passed`` only for a first-try solution; its
GrammarRecord's ``with_help`` marks a right answer given with help. Rows written
before this rule have no ``with_help`` and count as they did.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.core.content import GrammarItem
from app.core.records import GrammarRecord


class GrammarAttempt(Protocol):
    exercise_id: str | None
    passed: bool
    details: Mapping[str, Any]


class Judged(Protocol):
    """What the rule needs of a verdict (app.core.grammar.answers.Verdict)."""
    accepted: bool
    key: str
    findings: Sequence[Any]  # Finding, with ``replacements``


@dataclass(frozen=True)
class Credit:
    passed: bool  # counts as solved
    with_help: bool  # right, but only after the key or a fix had been seen


def shows_help(verdict: Judged) -> bool:
    """Whether the feedback on a verdict gives the answer away: the key, or a one-click fix."""
    return not verdict.accepted and (bool(verdict.key) or any(f.replacements for f in verdict.findings))


def credit(accepted: bool, help_seen: bool) -> Credit:
    """The credit of an answer judged ``accepted`` when help had (or had not) been seen before it."""
    return Credit(passed=accepted and not help_seen, with_help=accepted and help_seen)


def help_seen_before(item: GrammarItem, attempts: Iterable[GrammarAttempt]) -> bool:
    """Whether earlier stored answers to ``item`` already showed its help.

    A right answer given with help means help was seen; a wrong answer showed the
    key when the item has one (the screen always shows it then) or a fix when a
    finding offered a replacement. A first-try solution shows nothing new.
    """
    for a in attempts:
        if a.exercise_id != item.id or a.passed:
            continue
        record = GrammarRecord.from_json(a.details)
        if record.with_help or item.answers or any(f.get("replacements") for f in record.findings):
            return True
    return False


def solved_with_help(attempts: Iterable[GrammarAttempt]) -> set[str]:
    """Exercise ids answered right only with help (and never at the first try)."""
    helped, solved = set(), set()
    for a in attempts:
        if a.exercise_id is None:
            continue
        if a.passed:
            solved.add(a.exercise_id)
        elif GrammarRecord.from_json(a.details).with_help:
            helped.add(a.exercise_id)
    return helped - solved
