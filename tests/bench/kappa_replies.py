"""Agreement between the two labellers of the reply sets, per element: Cohen's κ.

Run from the project root:

    python tests/bench/kappa_replies.py [heldout|tuning|all]

Reads ``tests/data/replies/labeller_{a,b}.toml`` (each labeller worked alone from
``docs/scorecard_rubric.md``) and prints, per element and for pass/fail, the share of replies
both labelled the same (met, not met, not applicable) and Cohen's κ. The scorecard's own
agreement with the settled labels is measured by ``eval_scorecard.py``.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "replies"
ELEMENTS = ("greeting", "name", "empathy", "solution", "closing", "tone", "language", "style", "length", "safety")


def labels(path: Path) -> dict[str, dict]:
    with open(path, "rb") as fh:
        return {row["id"]: row for row in tomllib.load(fh)["label"]}


def value(row: dict, element: str):
    if element == "pass":
        return row["pass"]
    return "na" if element in row.get("na", []) else row[element]


def cohen_kappa(a: list, b: list) -> tuple[float, float]:
    """(observed agreement, κ); κ is 1.0 when both labellers used one value throughout."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in set(a) | set(b)) / (n * n)
    return observed, 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def ids_of(part: str) -> set[str]:
    names = ("heldout", "tuning") if part == "all" else (part,)
    ids = set()
    for name in names:
        with open(DATA / f"{name}.toml", "rb") as fh:
            ids |= {case["id"] for case in tomllib.load(fh)["case"]}
    return ids


def agreement(part: str = "all") -> dict[str, tuple[float, float]]:
    a, b = labels(DATA / "labeller_a.toml"), labels(DATA / "labeller_b.toml")
    ids = sorted(ids_of(part))
    return {e: cohen_kappa([value(a[i], e) for i in ids], [value(b[i], e) for i in ids])
            for e in (*ELEMENTS, "pass")}


def main() -> None:
    part = sys.argv[1] if len(sys.argv) > 1 else "all"
    print(f"{part}: {len(ids_of(part))} ответов")
    for element, (observed, kappa) in agreement(part).items():
        print(f"{element:10s} согласие {observed * 100:5.1f} %   κ {kappa:.3f}")


if __name__ == "__main__":
    main()
