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
from app.core.phrase import joined, phrase

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
    why_failed: list[str] = field(default_factory=list)  # each reason the reply is not passed

    def __getitem__(self, name: str) -> ElementResult:
        return self.elements[name]

    @property
    def critical_failures(self) -> list[str]:
        return [e.name for e in self.elements.values() if e.critical_failure]

    def to_json(self) -> dict[str, Any]:
        return {"elements": {n: {"passed": e.passed, "reason": e.reason} for n, e in self.elements.items()},
                "total": self.total, "pass": self.passed, "why_failed": list(self.why_failed)}

    def to_dict(self) -> dict[str, Any]:
        """Everything, for storage: spans, weights, critical flags, the time to reply."""
        return {"elements": {n: e.to_dict() for n, e in self.elements.items()}, "total": self.total,
                "pass": self.passed, "pass_score": self.pass_score, "seconds": self.seconds,
                "critical_failures": self.critical_failures, "notes": list(self.notes),
                "why_failed": list(self.why_failed)}


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
            res.passed, res.reason, res.spans = None, phrase("Не оценивается в этом задании."), []
        if res.passed is False and res.critical:
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
    why = [_item_reason(r) for r in results.values() if r.critical_failure]
    why += _qa_lead_objections(results)
    if total < threshold:
        why.append(phrase('Балл {total} ниже порога {threshold:g}.', total=total, threshold=threshold))
    return Scorecard(results, total, not why, threshold, seconds, notes, why)


# Items a QA lead lets one slip of (docs/scorecard_rubric.md, «Итог»); two slips fail the reply.
MINOR_ITEMS = ("greeting", "name", "closing", "language", "style", "length")


def _qa_lead_objections(results: dict[str, ElementResult]) -> list[str]:
    """Why a QA lead would not send the reply as it is: no solution, no empathy where due, two slips."""
    why = [_item_reason(results[n]) for n in ("solution", "empathy")
           if n in results and results[n].passed is False and not results[n].critical_failure]
    slips = [n for n in MINOR_ITEMS if n in results and results[n].passed is False]
    if len(slips) >= 2:
        why.append(phrase("Две недоработки и больше: {items}.", items=joined(", ", [_quoted_title(n) for n in slips])))
    elif slips == ["language"] and len(results["language"].spans) > 1:
        why.append(phrase('Ошибок в тексте больше одной ({count}).', count=len(results['language'].spans)))
    return why


def _item_reason(res: ElementResult) -> str:
    return phrase("{item}: {reason}", item=ELEMENT_TITLES[res.name], reason=res.reason)


def _quoted_title(name: str) -> str:
    return phrase("«{item}»", item=ELEMENT_TITLES[name])
