"""Choosing the qualifying attempts and building a certificate's evidence document.

The evidence is plain JSON: who, when, which pack, the thresholds, the
figures and the raw data they are computed from (the typing test's keystroke
log, grammar answers, correspondence replies with their scorecards, the quiz
answers). :mod:`app.core.cert_verify` recomputes the figures from it and, with
the pack at hand, :mod:`app.core.cert_regrade` grades the answers again.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from app.core.certificate import (
    Figure,
    figures_from_raw,
    verification_code,
)
from app.core.records import (
    GradedKind,
    GrammarRecord,
    QuizRecord,
    ReplyRecord,
    TypingKind,
    TypingRecord,
    read,
)
from app.core.thresholds import CertificateThresholds
from app.core.vocabulary import CONTENT_KINDS
from app.core.phrase import Phrase, joined, phrase

FORMAT = 2  # 2: the page is rebuilt from the evidence and compared, so its layout is part of the format


def evidence_bytes(evidence: dict) -> bytes:
    """The attachment exactly as the writer stores it; the verifier accepts no other spelling of it."""
    return json.dumps(evidence, ensure_ascii=False, separators=(",", ":")).encode("utf-8")  # compact: C encoder


class AttemptLike(Protocol):
    id: int
    kind: str
    exercise_id: str | None
    cpm: float | None
    accuracy: float | None
    score: float | None
    passed: bool
    details: dict


@dataclass(frozen=True)
class Eligibility:
    kinds: tuple[str, ...]
    figures: list[Figure]
    flags: list[str]  # plausibility flags of the chosen typing test (never set: flagged tests are not chosen)
    raw: dict

    @property
    def unmet(self) -> list[Figure]:
        return [f for f in self.figures if not f.met]

    @property
    def eligible(self) -> bool:
        return not self.unmet and not self.flags


def pack_kinds(pack: Any) -> tuple[str, ...]:
    """Kinds a certificate of this pack requires: those the pack holds (typing only with timed texts)."""
    has = {
        "typing": any(c.timed_texts for c in pack.typing),
        "grammar": bool(pack.grammar),
        "correspondence": bool(pack.correspondence),
        "quiz": bool(pack.quizzes),
    }
    return tuple(k for k in CONTENT_KINDS if has[k])


def _typing(row: AttemptLike) -> TypingRecord:
    return TypingRecord.from_json(row.details)


def choose_typing(rows: Sequence[AttemptLike], th: CertificateThresholds) -> AttemptLike | None:
    """The best unflagged timed test long enough: one meeting accuracy first, then the fastest."""
    tests = [r for r in rows if r.kind == TypingKind.TIMED and not _typing(r).flags
             and (_typing(r).time_limit or 0) >= th.typing_minutes * 60]
    if not tests:
        return None
    return max(tests, key=lambda r: ((r.accuracy or 0) >= th.typing_accuracy, r.cpm or 0, r.id))


def _grammar_raw(rows: Sequence[AttemptLike], pack: Any) -> dict | None:
    ids = {g.id for g in pack.grammar}
    chosen: dict[str, AttemptLike] = {}
    for r in sorted((r for r in rows if r.kind == GradedKind.GRAMMAR and r.exercise_id in ids), key=lambda r: r.id):
        if r.exercise_id not in chosen or r.passed or not chosen[r.exercise_id].passed:
            chosen[r.exercise_id] = r  # the latest accepted answer, else the latest answer
    if not chosen:
        return None
    return {"exercises": len(ids), "answers": [_grammar_entry(k, r) for k, r in sorted(chosen.items())]}


def _grammar_entry(exercise_id: str, row: AttemptLike) -> dict:
    """One answer of the evidence; ``accepted`` is the row's first-try credit (app.core.grammar_credit),
    and a right answer given only with help says so, so re-grading expects it not to count."""
    record = GrammarRecord.from_json(row.details)
    entry = {"id": exercise_id, "answer": record.answer, "accepted": bool(row.passed)}
    if record.with_help and not row.passed:
        entry["with_help"] = True
    return entry


def _correspondence_raw(rows: Sequence[AttemptLike], pack: Any) -> dict | None:
    ids = {t.id for t in pack.correspondence}
    best: dict[str, tuple[AttemptLike, ReplyRecord]] = {}
    for r in rows:
        if r.kind != GradedKind.CORRESPONDENCE or r.exercise_id not in ids:
            continue
        rec = read(r.kind, r.details)
        if isinstance(rec, ReplyRecord) and rec.scorecard:  # a shift's summary is no reply
            held = best.get(r.exercise_id)
            if held is None or (r.score or 0, r.id) > (held[0].score or 0, held[0].id):
                best[r.exercise_id] = (r, rec)
    if not best:
        return None
    # the turn answered and the time taken are part of what the scorecard judged, so re-grading needs them
    return {"replies": [{"id": k, "turn": rec.turn, "seconds": rec.seconds, "reply": rec.reply,
                         "scorecard": dict(rec.scorecard)}
                        for k, (_, rec) in sorted(best.items())]}


def _quiz_raw(rows: Sequence[AttemptLike], pack: Any) -> dict | None:
    ids = {q.id for q in pack.quizzes}
    runs: list[tuple[AttemptLike, QuizRecord]] = [
        (r, rec) for r in rows if r.kind == GradedKind.QUIZ and r.exercise_id in ids
        and isinstance(rec := read(r.kind, r.details), QuizRecord) and rec.order]
    if not runs:
        return None
    r, rec = max(runs, key=lambda run: (len(run[1].right) / len(run[1].order), run[0].id))
    out = {"id": r.exercise_id, "seed": rec.seed, "order": list(rec.order), "right": list(rec.right)}
    if rec.answers is not None:  # runs saved before answers were kept have none to re-grade
        out["answers"] = dict(rec.answers)
    return out


def collect(rows: Sequence[AttemptLike], pack: Any, keystroke_rows: Callable[[int], list[list]],
            th: CertificateThresholds | None = None) -> Eligibility:
    """What a profile's attempts (all kinds, this pack) reach against the pack's requirements.

    ``keystroke_rows(attempt_id)`` gives the stored keystrokes as
    [t, position, expected, typed, correct, wrong_layout] rows.
    """
    th = th or CertificateThresholds.from_rules(pack.manifest.certificate)
    kinds = pack_kinds(pack)
    raw: dict[str, Any] = {}
    if "typing" in kinds and (test := choose_typing(rows, th)) is not None:
        raw["typing"] = {"attempt": test.id, "text_length": len(getattr(test, "text", None) or ""),
                         "time_limit": float(_typing(test).time_limit),
                         "keystrokes": [list(k) for k in keystroke_rows(test.id)]}
    for kind, build in (("grammar", _grammar_raw), ("correspondence", _correspondence_raw), ("quiz", _quiz_raw)):
        if kind in kinds and (part := build(rows, pack)) is not None:
            raw[kind] = part
    figures, flags = figures_from_raw(kinds, raw, th)
    return Eligibility(kinds, figures, flags, raw)


_JOINERS = "\u200c\u200d"  # zero-width (non-)joiners: part of the spelling of some names
MAX_NAME = 200  # characters of the holder's name: a few lines of the page (verify reads longer ones too)


def certificate_name(raw: str) -> str:
    """The holder's name as printed: runs of spaces and line breaks made one space.

    Raises ValueError when nothing is left, when the name is too long for the page, or when it holds
    a character no one could print (a control character)."""
    name = " ".join(raw.split())
    if not name:
        raise ValueError(phrase('укажите имя, которое будет в сертификате'))
    if len(name) > MAX_NAME:
        raise ValueError(phrase("имя в сертификате длиннее {most} знаков ({count}): на странице оно не поместится",
                                count=len(name), most=MAX_NAME))
    bad = next((ch for ch in name if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn")
                and ch not in _JOINERS), None)  # e.g. U+202E would print the name backwards
    if bad is not None:
        raise ValueError(phrase("в имени невидимый или служебный символ U+{code:04X}: напечатать его нельзя", code=ord(bad)))
    return name


def build_evidence(elig: Eligibility, *, name: str, profile: str, pack: Any, th: CertificateThresholds, lang: str = "ru",
                   issued: date | None = None) -> dict:
    """The evidence document of an eligible profile, with its verification code.

    Raises ValueError when the profile is not eligible or the name cannot be printed (:func:`certificate_name`)."""
    if not elig.eligible:
        unmet = joined("; ", (f.label for f in elig.unmet))
        raise ValueError(phrase("требования не выполнены: {unmet}", unmet=unmet))
    doc = {
        "format": FORMAT, "name": certificate_name(name), "profile": profile, "lang": lang,
        "date": (issued or date.today()).isoformat(),
        "pack": {"id": pack.id, "title": pack.manifest.title, "version": pack.manifest.version,
                 "content_hash": pack.content_hash},
        "kinds": list(elig.kinds), "thresholds": th.to_dict(),
        "figures": [f.to_dict() for f in elig.figures], "raw": elig.raw,
    }
    doc["code"] = verification_code(doc)
    return doc


def describe_unmet(elig: Eligibility) -> list[Phrase]:
    """A line per unmet requirement with reached vs required («Скорость: 150 зн/мин, нужно 200 зн/мин»),
    as phrases: the interface says them in its language."""
    out = []
    for f in elig.unmet:
        if f.reached is None:
            out.append(phrase("{label}: нет засчитанной попытки, нужно {required}", label=f.label,
                              required=_amount(f.required, f.unit)))
        else:
            out.append(phrase("{label}: {reached}, нужно {required}", label=f.label,
                              reached=_amount(f.reached, f.unit), required=_amount(f.required, f.unit)))
    out += [phrase("Тест на время не засчитывается: {flag}", flag=flag) for flag in elig.flags]
    return out


def _amount(value: float, unit: str) -> Phrase:
    """A figure with its unit («245,3 зн/мин» in Russian, the unit translated too)."""
    return phrase("{value:g} {unit}", value=float(value), unit=unit) if unit else phrase("{value:g}", value=float(value))
