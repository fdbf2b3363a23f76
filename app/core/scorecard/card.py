"""A scorecard's results: one per item, the weighted total and the pass mark.

Default weights and critical items come from the one table in :mod:`app.core.vocabulary`;
a task may override them, or switch an item off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.content import CorrespondenceTask
from app.core.thresholds import REPLY_PASS_SCORE
from app.core.vocabulary import REPLY_ELEMENTS, SCORECARD_BY_ID, SCORECARD_ITEMS

ELEMENTS = REPLY_ELEMENTS
# Russian names of the items for reports written outside the GUI
ELEMENT_TITLES = {item.id: item.title_ru for item in SCORECARD_ITEMS}

Span = tuple[int, int]
Grammar = Callable[[str, str], list]


@dataclass
class ElementResult:
    name: str
    passed: bool | None
    reason: str
    spans: list[Span] = field(default_factory=list)
    weight: float = 0.0
    critical: bool = False
    critical_failure: bool = False  # this failure fails the whole reply
    forced_critical: bool = False  # fails the reply whatever the task says (a 100 KB paste is no reply)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "reason": self.reason, "spans": [list(s) for s in self.spans],
                "weight": self.weight, "critical": self.critical}


@dataclass
class Scorecard:
    elements: dict[str, ElementResult]
    total: int
    passed: bool
    pass_score: float
    seconds: float | None = None
    notes: list[str] = field(default_factory=list)  # about the input: empty, capped, wrong language

    def __getitem__(self, name: str) -> ElementResult:
        return self.elements[name]

    @property
    def critical_failures(self) -> list[str]:
        return [e.name for e in self.elements.values() if e.critical_failure]

    def to_json(self) -> dict[str, Any]:
        return {"elements": {n: {"passed": e.passed, "reason": e.reason} for n, e in self.elements.items()},
                "total": self.total, "pass": self.passed}

    def to_dict(self) -> dict[str, Any]:
        """Everything, for storage: spans, weights, critical flags, the time to reply."""
        return {"elements": {n: e.to_dict() for n, e in self.elements.items()}, "total": self.total,
                "pass": self.passed, "pass_score": self.pass_score, "seconds": self.seconds,
                "critical_failures": self.critical_failures, "notes": list(self.notes)}


def total_up(results: dict[str, ElementResult], task: CorrespondenceTask | None, seconds: float | None,
             notes: list[str]) -> Scorecard:
    """Weigh each result (the task's settings, else the defaults), add up, and decide pass or fail."""
    overrides = {e.name: e for e in (task.scorecard if task is not None else ())}
    for name, res in results.items():
        o = overrides.get(name)
        default = SCORECARD_BY_ID[name]
        res.weight = float(o.weight) if o is not None and o.weight is not None else default.weight
        res.critical = bool(o.critical) if o is not None and o.critical is not None else default.critical
        if o is not None and not o.enabled:
            res.passed, res.reason, res.spans = None, "Не оценивается в этом задании.", []
        if res.passed is False and res.critical and name not in ("tone",):
            res.critical_failure = True
        if not res.critical:
            res.critical_failure = False
        if res.forced_critical:
            res.critical = res.critical_failure = True
    applicable = [r for r in results.values() if r.passed is not None and r.weight > 0]
    total_w = sum(r.weight for r in applicable)
    got = sum(r.weight for r in applicable if r.passed)
    total = round(100 * got / total_w) if total_w else 0
    threshold = task.pass_score if task is not None and task.pass_score is not None else REPLY_PASS_SCORE
    passed = total >= threshold and not any(r.critical_failure for r in results.values())
    return Scorecard(results, total, passed, threshold, seconds, notes)
