"""Certificate requirements, figures and the verification code.

A certificate states, per requirement of a pack, the figure reached and the
one required. Every figure is computed from raw attempt data by
:func:`figures_from_raw`, which the exporter and the verifier both call, so a
verifier recomputes exactly what the exporter printed.

Defaults (a pack's ``[certificate]`` table overrides any of them): a timed
typing test of at least 3 minutes at ≥ 200 зн/мин with ≥ 96 % accuracy;
≥ 80 % of the pack's grammar exercises answered correctly; an average
correspondence score ≥ 80 over at least 5 tasks; a quiz result ≥ 80 %.
Only the kinds the pack contains are required. A typing attempt with a
plausibility flag never qualifies.

The verification code is SHA-256 over the canonical JSON of the evidence
(everything but the code itself), first 100 bits in base32, in groups of 4.
It makes the certificate tamper-evident; anyone holding this code can
compute a matching code for invented data, so it is not forgery-proof.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from app.core import cert_text
from app.core.drill import Keystroke
from app.core.metrics import summarise
from app.core.phrase import phrase
from app.core.plausibility import assess
from app.core.thresholds import CertificateThresholds

CORRESPONDENCE_MIN_TASKS = 5


@dataclass(frozen=True)
class Figure:
    key: str  # e.g. "typing_cpm"
    label: str  # Russian, for reports
    reached: float | None  # None when there is no qualifying attempt
    required: float
    unit: str

    @property
    def met(self) -> bool:
        return self.reached is not None and self.reached + 1e-9 >= self.required

    def to_dict(self) -> dict:
        return {"key": self.key, "reached": self.reached, "required": self.required}


LABELS = cert_text.LABELS["ru"]  # key → (label, unit), as printed on a Russian certificate


def _fig(key: str, reached: float | None, required: float) -> Figure:
    label, unit = LABELS[key]
    return Figure(key, label, None if reached is None else round(reached, 1), float(required), unit)


def keystrokes_from_rows(rows: Sequence[Sequence]) -> list[Keystroke]:
    """[t, position, expected, typed, correct, wrong_layout] rows (as embedded) → keystrokes."""
    return [Keystroke(float(t), int(p), str(e), str(ty), bool(ok), bool(wl)) for t, p, e, ty, ok, wl in rows]


def typing_figures(raw: Mapping | None, th: CertificateThresholds) -> tuple[list[Figure], list[str]]:
    """Figures of the typing test and the plausibility flags found in its keystrokes."""
    if not raw:
        return [_fig("typing_cpm", None, th.typing_cpm), _fig("typing_accuracy", None, th.typing_accuracy),
                _fig("typing_minutes", None, th.typing_minutes)], []
    log = keystrokes_from_rows(raw["keystrokes"])
    text_length = int(raw["text_length"])
    s = summarise(log, text_length)
    flags = [f.detail for f in assess(log, text_length).flags]
    limit = float(raw["time_limit"])
    if log and log[-1].t > limit + 1.0:  # the clock starts at the first key, so none may come after the limit
        flags.append(phrase("нажатия продолжаются после конца теста ({seconds:.0f} с при лимите {limit:.0f} с)",
                            seconds=log[-1].t, limit=limit))
    return [_fig("typing_cpm", s.cpm, th.typing_cpm), _fig("typing_accuracy", s.accuracy, th.typing_accuracy),
            _fig("typing_minutes", limit / 60.0, th.typing_minutes)], flags


def grammar_figures(raw: Mapping | None, th: CertificateThresholds) -> list[Figure]:
    if not raw:
        return [_fig("grammar_percent", None, th.grammar_percent)]
    right = sum(1 for a in raw["answers"] if a["accepted"])
    total = int(raw["exercises"])
    return [_fig("grammar_percent", 100.0 * right / total if total else 0.0, th.grammar_percent)]


def correspondence_figures(raw: Mapping | None, th: CertificateThresholds) -> list[Figure]:
    replies = raw["replies"] if raw else []
    average = fmean(r["scorecard"]["total"] for r in replies) if replies else None
    return [_fig("correspondence_score", average, th.correspondence_score),
            _fig("correspondence_tasks", len(replies), CORRESPONDENCE_MIN_TASKS)]


def quiz_figures(raw: Mapping | None, th: CertificateThresholds) -> list[Figure]:
    if not raw:
        return [_fig("quiz_percent", None, th.quiz_percent)]
    answered = len(raw["order"])
    return [_fig("quiz_percent", 100.0 * len(raw["right"]) / answered if answered else 0.0, th.quiz_percent)]


_BY_KIND = {"grammar": grammar_figures, "correspondence": correspondence_figures, "quiz": quiz_figures}


def figures_from_raw(kinds: Sequence[str], raw: Mapping[str, Any],
                     th: CertificateThresholds) -> tuple[list[Figure], list[str]]:
    """Every figure the certificate states, and the plausibility flags, from the raw data alone."""
    figures: list[Figure] = []
    flags: list[str] = []
    for kind in kinds:
        if kind == "typing":
            typed, flags = typing_figures(raw.get("typing"), th)
            figures += typed
        else:
            figures += _BY_KIND[kind](raw.get(kind), th)
    return figures, flags


def canonical(evidence: Mapping[str, Any]) -> bytes:
    """The bytes the code is computed over: sorted keys, no spaces, UTF-8, the code itself left out."""
    body = {k: v for k, v in evidence.items() if k != "code"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode()


def verification_code(evidence: Mapping[str, Any]) -> str:
    digest = hashlib.sha256(canonical(evidence)).digest()
    text = base64.b32encode(digest[:13]).decode()[:20]  # 20 base32 letters = 100 bits
    return "-".join(text[i:i + 4] for i in range(0, 20, 4))
