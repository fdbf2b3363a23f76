"""A profile's attempts that earn a certificate, for the certificate tests."""

from __future__ import annotations

import random
from datetime import date
from types import SimpleNamespace

from app.core.cert_evidence import build_evidence, collect
from app.core.thresholds import CertificateThresholds


def human_log(seed: int = 1, seconds: float = 179.0, mean_gap: float = 0.22, error_rate: float = 0.02) -> list[list]:
    """Keystroke rows of a person typing: varied gaps, a few wrong keys, within the time limit."""
    rng = random.Random(seed)
    rows, t, pos = [], 0.0, 0
    letters = "привет как дела "
    while t < seconds:
        expected = letters[pos % len(letters)]
        if rng.random() < error_rate:
            rows.append([round(t, 4), pos, expected, "ы", False, False])
        else:
            rows.append([round(t, 4), pos, expected, expected, True, False])
            pos += 1
        t += max(0.03, rng.gauss(mean_gap, mean_gap * 0.45))
    return rows


def pack(**rules) -> SimpleNamespace:
    certificate = SimpleNamespace(**{k: rules.get(k) for k in CertificateThresholds.__dataclass_fields__})
    return SimpleNamespace(
        id="support-basics", content_hash="ab12" * 16,
        manifest=SimpleNamespace(title="Основы поддержки", version="1.2.0", certificate=certificate),
        typing=(SimpleNamespace(timed_texts=("t1",)),),
        grammar=tuple(SimpleNamespace(id=f"g{i}") for i in range(10)),
        correspondence=tuple(SimpleNamespace(id=f"c{i}") for i in range(6)),
        quizzes=(SimpleNamespace(id="netiquette"),),
    )


def row(id, kind, exercise_id=None, *, cpm=None, accuracy=None, score=None, passed=True, text=None, **details):
    return SimpleNamespace(id=id, kind=kind, exercise_id=exercise_id, cpm=cpm, accuracy=accuracy, score=score,
                           passed=passed, text=text, details=details)


def qualifying_rows(log: list[list]) -> list[SimpleNamespace]:
    rows = [row(1, "timed", "timed-3", cpm=250.0, accuracy=98.0, text="x" * 900, time_limit=180.0,
                plausibility={"consistency": 70.0, "flags": []})]
    rows += [row(10 + i, "grammar", f"g{i}", score=100.0, passed=i < 9, answer=f"ответ {i}") for i in range(10)]
    rows += [row(30 + i, "correspondence", f"c{i}", score=85.0 + i,
                 reply=f"Здравствуйте! Ответ {i}", scorecard={"elements": {}, "total": 85 + i, "pass": True})
             for i in range(5)]
    rows.append(row(50, "quiz", "netiquette", score=90.0, seed=7, order=[f"q{i}" for i in range(10)],
                    right=[f"q{i}" for i in range(9)]))
    return rows


def evidence() -> dict:
    """The evidence of a profile that qualifies, issued on 4 December 2026."""
    log = human_log()
    p = pack()
    th = CertificateThresholds.from_rules(p.manifest.certificate)
    elig = collect(qualifying_rows(log), p, lambda _: log, th)
    return build_evidence(elig, name="Анна Петрова", profile="anna", pack=p, th=th, issued=date(2026, 12, 4))
